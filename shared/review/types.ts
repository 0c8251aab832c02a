import type { DeadlineOutcome } from '../timeliness/on-time.ts'
import type { CaseFlag, DeadlineKind, SpotCheckAspect } from '../types/case.ts'
import type { MetClaim } from '../api/review.ts'

/** How the review groups cases: by responsible unit, its city, its kind of department, or its administrative level. */
export const REVIEW_GROUPINGS = ['unit', 'city', 'department', 'level'] as const
export type ReviewGrouping = (typeof REVIEW_GROUPINGS)[number]

// What the review answers (the figures, the case rows, the report) is written once, as wire
// schemas, in shared/api/review.ts; their types are re-exported here for the domain code.
export type { DeadlineExtension, FlagCounts, GroupFigures, KindFigures, MetClaim, ReviewCaseRow, ReviewDeadlineRow, TimelinessReport, WeekFigures } from '../api/review.ts'

/** A unit as the review needs it (the `units` table). */
export interface ReviewUnit {
  id: string
  name: string
  level: 'province' | 'city' | 'county'
  parent_id: string | null
}

/**
 * A case as the review reads it: its stored deadlines and its flag events. `unit_id` on a
 * deadline or flag is the unit it is counted for (the case's unit when absent).
 */
export interface ReviewCaseInput {
  id: number
  title: string
  unit_id: string
  drill: boolean
  deadlines: readonly { kind: DeadlineKind; starts_at: string; due_soon_at: string; due_at: string; met_at: string | null; unit_id?: string; met_claim?: MetClaim | null; original_due_at?: string | null; extended_by?: string | null }[]
  flags: readonly { flag: CaseFlag; at: string; unit_id?: string }[]
  /** 退回 entries: by `from_unit_id`, back to `to_unit_id`. */
  returns?: readonly CaseReturn[]
  /** 不定期检查 results of 不合格 on this case; `unit_id` is the unit judged (responsible when checked). */
  failed_checks?: readonly FailedCheck[]
}

export interface CaseReturn {
  at: string
  from_unit_id: string
  to_unit_id: string
  reason: string
}

/** A 不合格 finding of an irregular check (不定期检查), as the review and the 通报 count it. */
export interface FailedCheck {
  check_id: number
  at: string
  unit_id?: string
  aspects: SpotCheckAspect[]
  /** The reason given. */
  note: string
}

/** The half-open period [from, to), ISO 8601 UTC. */
export interface ReviewPeriod {
  from: string
  to: string
}

/** How a deadline of the period stands at the period's end (the one definition: shared/timeliness/on-time.ts). */
export type ReviewOutcome = DeadlineOutcome

/** Time-to-meet histogram edges in hours: [0,1), [1,5), [5,24), [24,48), [48,∞). */
export const TIME_TO_MEET_EDGES_H: readonly number[] = [1, 5, 24, 48]

