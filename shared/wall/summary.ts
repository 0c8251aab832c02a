import type { DepartmentTag, RegionTag, UnitTag } from '../types/item.ts'
// What the wall answers is written once, as wire schemas, in shared/api/wall.ts.
import type { DepartmentSeries, WallSummary } from '../api/wall.ts'
import { cityCodeOf } from './urgency.ts'

export const SUMMARY_HOURS = 24
/** Departments beyond this many are added up as `other`, so the chart's legend stays readable at 3 m. */
export const MAX_DEPARTMENT_SERIES = 5
const HOUR_MS = 3_600_000

export interface SummaryItem {
  first_seen_at: string
  departments: readonly DepartmentTag[]
  region: RegionTag | null
  unit: UnitTag | null
  case_id: number | null
}

/** Items of the last 24 h grouped for the wall's charts and map; the first department is the item's. */
export function summariseItems(items: readonly SummaryItem[], now: Date): Omit<WallSummary, 'on_time'> {
  const lastHourStart = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS
  const first = lastHourStart - (SUMMARY_HOURS - 1) * HOUR_MS
  const hours = Array.from({ length: SUMMARY_HOURS }, (_, i) => new Date(first + i * HOUR_MS).toISOString())
  const perDept = new Map<string, { id: string; name: string; counts: number[]; total: number }>()
  const untagged = new Array<number>(SUMMARY_HOURS).fill(0)
  const byCity = new Map<string, number>()
  let untriaged = 0
  let total = 0
  for (const item of items) {
    const at = Date.parse(item.first_seen_at)
    if (!(at >= first) || at > now.getTime()) continue
    const bucket = Math.floor((at - first) / HOUR_MS)
    total++
    if (item.case_id === null) untriaged++
    const dept = item.departments[0]
    if (dept) {
      const row = perDept.get(dept.id) ?? { id: dept.id, name: dept.name, counts: new Array<number>(SUMMARY_HOURS).fill(0), total: 0 }
      row.counts[bucket]!++
      row.total++
      perDept.set(dept.id, row)
    } else untagged[bucket]!++
    const city = cityCodeOf(item.region?.code) ?? cityCodeOf(item.unit?.id)
    if (city) byCity.set(city, (byCity.get(city) ?? 0) + 1)
  }
  const ranked = [...perDept.values()].sort((a, b) => b.total - a.total || a.id.localeCompare(b.id))
  const series: DepartmentSeries[] = ranked.slice(0, MAX_DEPARTMENT_SERIES).map((d) => ({ kind: 'department', id: d.id, name: d.name, counts: d.counts }))
  const rest = ranked.slice(MAX_DEPARTMENT_SERIES)
  if (rest.length > 0) series.push({ kind: 'other', id: null, name: null, counts: hours.map((_, i) => rest.reduce((n, d) => n + d.counts[i]!, 0)) })
  if (untagged.some((n) => n > 0)) series.push({ kind: 'untagged', id: null, name: null, counts: untagged })
  return {
    now: now.toISOString(),
    hours,
    untriaged,
    items_24h: total,
    by_department: series,
    by_city: [...byCity.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([code, count]) => ({ code, count })),
  }
}
