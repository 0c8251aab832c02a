import type { DepartmentCorrectionGroup, PlaceCorrectionGroup } from './corrections.ts'

/** Names for people beside the ids: 城市管理局, 济南市历下区. */
interface Names {
  from_name: string
  to_name: string
}

/** GET /api/departments/corrections. */
export interface CorrectionsReply {
  total: number
  departments: (DepartmentCorrectionGroup & Names)[]
  places: (PlaceCorrectionGroup & Names)[]
}
