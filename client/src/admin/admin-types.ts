import type { DepartmentTag, RegionTag, SeverityTag, UnitTag } from '@shared/types/item.ts'

/** POST /api/sources/test: a feed read once, tagged, not saved. */
export interface TestedFeed {
  url: string
  format: string
  charset: string
  title: string | null
  item_count: number
  items: { title: string; link: string | null; published: string | null; summary: string | null; departments: DepartmentTag[]; region: RegionTag | null; unit: UnitTag | null; severity: SeverityTag | null }[]
  duplicate_of: number | null
}

interface PreviewSide {
  departments: { id: string; name: string }[]
  unit: string | null
}

/** POST /api/departments/preview */
export interface RetagPreviewReply {
  total: number
  changed: number
  top_changed: number
  samples: { id: number; title: string; first_seen_at: string; before: PreviewSide; after: PreviewSide }[]
}
