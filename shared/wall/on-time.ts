import { judgeOnTime, type OnTimeDeadline, type OnTimePeriod } from '../timeliness/on-time.ts'
import type { WallOnTime, WallUnitOnTime } from '../api/wall.ts'

/**
 * The wall's on-time figures over `period` (the review's 本周 preset), from the same definition
 * the review uses, so a unit's figure on the wall and in the review for that week are the same.
 * Worst first: the units to talk to are on top.
 */
export function wallOnTime(deadlines: readonly OnTimeDeadline[], unitNames: ReadonlyMap<string, string>, period: OnTimePeriod, now: string): WallOnTime {
  const j = judgeOnTime(deadlines, period, now)
  const rows = [...j.by_unit].map(([id, c]): WallUnitOnTime => ({ id, name: unitNames.get(id) ?? id, ...c }))
  const units = rows
    .filter((r) => r.on_time_rate !== null)
    .sort((a, b) => a.on_time_rate! - b.on_time_rate! || b.counted - a.counted || a.id.localeCompare(b.id))
  return { from: period.from, to: period.to, as_of: j.as_of, units, unranked: rows.length - units.length }
}
