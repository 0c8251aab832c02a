import { judgeOnTime, type OnTimeCounts, type OnTimeDeadline, type OnTimePeriod } from '../timeliness/on-time.ts'

export interface WallUnitOnTime extends OnTimeCounts {
  id: string
  name: string
}

/** The wall's 本周按时率: the review's figures for the current 北京时间 week, per unit. */
export interface WallOnTime {
  from: string
  to: string
  as_of: string
  /** Units with at least one counted deadline, worst rate first (then more counted first, then id). */
  units: WallUnitOnTime[]
  /** Units whose deadlines of the week are all 未到期: not ranked, only counted. */
  unranked: number
}

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
