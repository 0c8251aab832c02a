import type { Deadline } from '../types/case.ts'
import { judgeOnTime } from '../timeliness/on-time.ts'
import { presetPeriod } from './periods.ts'
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
 * A unit's on-time figures for this 北京时间 week and the one before, exactly as the review (and the
 * wall) show that unit for each week: the one place the 待办 page calls the one definition.
 * A deadline counts for the unit it is credited to (the API sends it), as the review credits it.
 */
export function unitOnTimeWeeks(cases: readonly WeekCase[], unitId: string, now: Date): { thisWeek: UnitWeek; lastWeek: UnitWeek } {
  const deadlines = cases.flatMap((c) => c.deadlines.map((d) => ({ ...d, unit_id: d.unit_id ?? c.unit.id, drill: c.drill })))
  const week = (period: ReviewPeriod): UnitWeek => {
    const counts = judgeOnTime(deadlines, period, now.toISOString()).by_unit.get(unitId)
    return { ...period, met_on_time: counts?.met_on_time ?? 0, due: counts?.counted ?? 0, on_time_rate: counts?.on_time_rate ?? null }
  }
  const current = presetPeriod('week', now)
  const from = Date.parse(current.from)
  return { thisWeek: week(current), lastWeek: week({ from: new Date(from - WEEK_MS).toISOString(), to: current.from }) }
}
