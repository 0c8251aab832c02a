import type { ReviewUnit } from '@shared/review/types.ts'

/** The week the review's unit tests count in: hour `h` after Monday 2026-11-02 08:00 北京时间, as an ISO instant. */
export const at = (h: number) => new Date(Date.parse('2026-11-02T00:00:00Z') + h * 3_600_000).toISOString()

/** 济南市, a county under it and a city department: enough to tell a case's unit from the unit a deadline or flag counts for. */
export const JINAN_UNITS: ReviewUnit[] = [
  { id: '370100', name: '济南市', level: 'city', parent_id: null },
  { id: '370102', name: '济南市历下区', level: 'county', parent_id: '370100' },
  { id: '370100-yjj', name: '济南市应急管理局', level: 'city', parent_id: '370100' },
]
