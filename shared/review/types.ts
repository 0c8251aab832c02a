import type { DeadlineOutcome } from '../timeliness/on-time.ts'
import type { CaseFlag, DeadlineKind } from '../types/case.ts'

/** How the review groups cases: by responsible unit, its city, its kind of department, or its administrative level. */
export type ReviewGrouping = 'unit' | 'city' | 'department' | 'level'
export const REVIEW_GROUPINGS: readonly ReviewGrouping[] = ['unit', 'city', 'department', 'level']

/** A unit as the review needs it (the `units` table). */
export interface ReviewUnit {
  id: string
  name: string
  level: 'province' | 'city' | 'county'
  parent_id: string | null
}

/** A case as the review reads it: its stored deadlines and its flag events. */
export interface ReviewCaseInput {
  id: number
  title: string
  unit_id: string
  drill: boolean
  /** `unit_id`: the unit the deadline is credited to, when not the case's own (the loader decides). */
  deadlines: readonly { kind: DeadlineKind; starts_at: string; due_soon_at: string; due_at: string; met_at: string | null; unit_id?: string }[]
  flags: readonly { flag: CaseFlag; at: string }[]
}

/** The half-open period [from, to), ISO 8601 UTC. */
export interface ReviewPeriod {
  from: string
  to: string
}

/** How a deadline of the period stands at the period's end (the one definition: shared/timeliness/on-time.ts). */
export type ReviewOutcome = DeadlineOutcome

export interface KindFigures {
  due: number
  met_on_time: number
  met_late: number
  overdue: number
  /** met_on_time / due; null when nothing was due. */
  on_time_rate: number | null
}

export type FlagCounts = Record<CaseFlag, number>

/** Time-to-meet histogram edges in hours: [0,1), [1,5), [5,24), [24,48), [48,∞). */
export const TIME_TO_MEET_EDGES_H: readonly number[] = [1, 5, 24, 48]

export interface GroupFigures {
  key: string
  name: string
  /** Cases with a deadline due or a flag raised in the period. */
  cases: number
  /** Deadlines due in the period and decided by its end: met_on_time + met_late + overdue. */
  due: number
  met_on_time: number
  met_late: number
  overdue: number
  /** Due in the period but after `as_of` and not yet met: counted as neither. */
  pending: number
  on_time_rate: number | null
  by_kind: Record<DeadlineKind, KindFigures>
  /** Over met deadlines (on time or late): met_at − starts_at, nearest-rank. */
  median_ms_to_meet: number | null
  p90_ms_to_meet: number | null
  flags: FlagCounts
  flags_total: number
}

export interface ReviewDeadlineRow {
  kind: DeadlineKind
  starts_at: string
  due_at: string
  met_at: string | null
  outcome: ReviewOutcome
  /** met_at (or as_of when overdue) − due_at, when late; else 0. */
  late_ms: number
}

export interface ReviewCaseRow {
  id: number
  title: string
  unit_id: string
  unit_name: string
  group: string
  deadlines: ReviewDeadlineRow[]
  flags: { flag: CaseFlag; at: string }[]
}

export interface WeekFigures {
  from: string
  to: string
  due: number
  met_on_time: number
  on_time_rate: number | null
}

export interface TimelinessReport {
  from: string
  to: string
  /** The instant figures are taken at: min(to, now). */
  as_of: string
  by: ReviewGrouping
  totals: GroupFigures
  groups: GroupFigures[]
  /** Per deadline kind, counts of met deadlines per TIME_TO_MEET_EDGES_H bucket. */
  time_to_meet: Record<DeadlineKind, number[]>
  weeks: WeekFigures[]
  cases: ReviewCaseRow[]
}
