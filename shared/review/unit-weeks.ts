import type { Deadline } from '../types/case.ts'
import { presetPeriod } from './periods.ts'
import { computeTimeliness } from './timeliness.ts'
import type { ReviewPeriod } from './types.ts'

/** A case as far as a unit's own rate needs it; the list summary fits. */
export interface WeekCase {
  id: number
  title: string
  unit: { id: string }
  drill: boolean
  deadlines: readonly Deadline[]
}

export interface UnitWeek extends ReviewPeriod {
  /** 按时办结 */
  met_on_time: number
  /** 应办: deadlines of the week decided by its end (on time, late or overdue). */
  due: number
  on_time_rate: number | null
}

const WEEK_MS = 7 * 24 * 3_600_000

/**
 * A unit's on-time figures for this 北京时间 week and the one before, exactly as the review shows
 * that unit's row for each week: the one place the 待办 page calls the review's definition.
 */
export function unitOnTimeWeeks(cases: readonly WeekCase[], unitId: string, now: Date): { thisWeek: UnitWeek; lastWeek: UnitWeek } {
  const input = cases.map((c) => ({ id: c.id, title: c.title, unit_id: c.unit.id, drill: c.drill, deadlines: c.deadlines, flags: [] }))
  const week = (period: ReviewPeriod): UnitWeek => {
    const row = computeTimeliness(input, [], period, now.toISOString(), 'unit').groups.find((g) => g.key === unitId)
    return { ...period, met_on_time: row?.met_on_time ?? 0, due: row?.due ?? 0, on_time_rate: row?.on_time_rate ?? null }
  }
  const current = presetPeriod('week', now)
  const from = Date.parse(current.from)
  return { thisWeek: week(current), lastWeek: week({ from: new Date(from - WEEK_MS).toISOString(), to: current.from }) }
}
