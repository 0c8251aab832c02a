import { stateAt } from '../policy/deadlines.ts'

/**
 * How a deadline stands for a period. Shown everywhere with one vocabulary (the message table's
 * `outcome.*` keys): `met` 按时办结, `met_late` 超时办结, `overdue` 超时未办, `pending` 未到期.
 */
export const DEADLINE_OUTCOMES = ['met', 'met_late', 'overdue', 'pending'] as const
export type DeadlineOutcome = (typeof DEADLINE_OUTCOMES)[number]

/**
 * One deadline row as the definition reads it: the unit it is credited to, its instants, and
 * whether its case is a drill. Which unit a deadline is credited to is the loader's business
 * (server/cases/deadline-rows.ts); the definition only counts per `unit_id`.
 */
export interface OnTimeDeadline {
  unit_id: string
  due_soon_at: string
  due_at: string
  met_at: string | null
  drill?: boolean
}

/** The half-open period [from, to), ISO 8601 UTC. */
export interface OnTimePeriod {
  from: string
  to: string
}

export interface OnTimeCounts {
  /** 按时办结 */
  met_on_time: number
  /** 超时办结 */
  met_late: number
  /** 超时未办 */
  overdue: number
  /** 未到期: reported apart, not in the rate. */
  pending: number
  /** met_on_time + met_late + overdue: the rate's denominator. */
  counted: number
  /** met_on_time / counted; null when nothing is counted (shown as —, never ranked). */
  on_time_rate: number | null
}

export interface JudgedDeadline<T extends OnTimeDeadline> {
  deadline: T
  outcome: DeadlineOutcome
  /** The meeting instant when it counts in the period (met or met_late), else null. */
  met_at: string | null
  /** How late: met_at − due_at when met late, as_of − due_at when overdue; else 0. */
  late_ms: number
}

export interface OnTimeJudgement<T extends OnTimeDeadline> {
  /** The instant the period is judged at: min(to, now). */
  as_of: string
  /** The period's deadlines (due in it, drills left out), in the order given. */
  deadlines: JudgedDeadline<T>[]
  /** Counts per `unit_id`, for every unit with a deadline of the period. */
  by_unit: Map<string, OnTimeCounts>
  total: OnTimeCounts
}

const ms = (iso: string): number => Date.parse(iso)

/**
 * How one deadline stands at `asOf`. A meeting event after `asOf` has not happened yet as far as
 * the period is concerned, so a deadline met only after the period ended is `overdue` in it.
 * Uses the deadline engine's own `stateAt`.
 */
export function outcomeAt(d: { due_soon_at: string; due_at: string; met_at: string | null }, asOf: string): DeadlineOutcome {
  const metAt = d.met_at !== null && ms(d.met_at) <= ms(asOf) ? d.met_at : null
  const { state } = stateAt({ ...d, met_at: metAt }, asOf)
  return state === 'due_soon' ? 'pending' : state
}

/**
 * `outcomeAt` over instants already parsed (ms since the epoch), for callers that judge tens of
 * thousands of deadlines (the review): the same rules, since stateAt's 临期 (due_soon) is 未到期
 * here, so due_soon_at never changes the outcome. `metAt` is null when not met (NaN counts as
 * not met, as an unreadable met_at does in outcomeAt); late_ms as in JudgedDeadline.
 * test/unit/timeliness/on-time.test.ts holds the two to the same answers.
 */
export function judgeInstants(due: number, metAt: number | null, asOf: number): { outcome: DeadlineOutcome; late_ms: number } {
  if (metAt !== null && metAt <= asOf) return metAt <= due ? { outcome: 'met', late_ms: 0 } : { outcome: 'met_late', late_ms: metAt - due }
  return asOf >= due ? { outcome: 'overdue', late_ms: asOf - due } : { outcome: 'pending', late_ms: 0 }
}

export function emptyCounts(): OnTimeCounts {
  return { met_on_time: 0, met_late: 0, overdue: 0, pending: 0, counted: 0, on_time_rate: null }
}

/** Adds one outcome to counts in place (and keeps the rate current). */
export function addOutcome(c: OnTimeCounts, outcome: DeadlineOutcome): void {
  if (outcome === 'pending') c.pending++
  else {
    if (outcome === 'met') c.met_on_time++
    else if (outcome === 'met_late') c.met_late++
    else c.overdue++
    c.counted++
  }
  c.on_time_rate = c.counted === 0 ? null : c.met_on_time / c.counted
}

/**
 * The one definition of the on-time figures, used by the wall's 本周按时率 and by the review,
 * the 通报 and its CSV alike.
 *
 * A deadline belongs to the period [from, to) when its `due_at` lies in it; drills are left out.
 * It is judged as at `as_of` = min(to, now):
 * - 按时办结 `met`: met at or before `due_at` (and by `as_of`) — even when `due_at` is still ahead;
 * - 超时办结 `met_late`: met after `due_at`, by `as_of`;
 * - 超时未办 `overdue`: not met by `as_of` and `due_at` ≤ `as_of`;
 * - 未到期 `pending`: not met and `due_at` > `as_of`: not counted in the rate.
 * On-time rate = 按时办结 / (按时办结 + 超时办结 + 超时未办), null when that is 0.
 *
 * 延期: a deadline moved by an approved 延期申请 is judged against its extended `due_at` (and
 * belongs to the period that one falls in): the office granted the time, and the unit did what it
 * was given time for. That is fair only because a request must be recorded before the original
 * due time (server/cases/case-extension.ts), so no extension can turn a deadline already missed
 * into 按时办结; the review shows each extended deadline with its original due time and approver.
 */
export function judgeOnTime<T extends OnTimeDeadline>(deadlines: readonly T[], period: OnTimePeriod, now: string): OnTimeJudgement<T> {
  const from = ms(period.from)
  const to = ms(period.to)
  const asOfMs = Math.min(to, ms(now))
  const asOf = new Date(asOfMs).toISOString()
  const judged: JudgedDeadline<T>[] = []
  const byUnit = new Map<string, OnTimeCounts>()
  const total = emptyCounts()
  for (const d of deadlines) {
    const due = ms(d.due_at)
    if (d.drill || !(due >= from && due < to)) continue
    const { outcome, late_ms } = judgeInstants(due, d.met_at === null ? null : ms(d.met_at), asOfMs)
    const met = outcome === 'met' || outcome === 'met_late'
    judged.push({ deadline: d, outcome, met_at: met ? d.met_at : null, late_ms })
    const unit = byUnit.get(d.unit_id) ?? byUnit.set(d.unit_id, emptyCounts()).get(d.unit_id)!
    addOutcome(unit, outcome)
    addOutcome(total, outcome)
  }
  return { as_of: asOf, deadlines: judged, by_unit: byUnit, total }
}
