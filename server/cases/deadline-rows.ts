import type { Kysely } from 'kysely'
import type { OnTimeDeadline, OnTimePeriod } from '@shared/timeliness/on-time.ts'
import type { DeadlineKind } from '@shared/types/case.ts'
import type { Database } from '../db/index.ts'
import './schema.ts'

/** A stored deadline with the unit it is credited to and its case's drill flag. */
export interface CreditedDeadline extends OnTimeDeadline {
  case_id: number
  kind: DeadlineKind
  starts_at: string
  drill: boolean
  /** The timeline entry that met it, for the review's claimed and recorded times. */
  met_event_id: number | null
  /** Set when an approved 延期申请 moved `due_at` (migration 0130). */
  original_due_at: string | null
  extended_by: string | null
}

/**
 * The stored deadlines due in a period, each with the unit it is credited to: the one reader the
 * review and the wall both count from, so which unit a deadline is credited to is decided here
 * once: the unit stored on the deadline (shared/policy/responsibility.ts decides it when 转办 moves the
 * case), or its case's responsible unit for rows from before that column. Stored instants are normalised ISO strings, so
 * string comparison is time comparison.
 */
export async function loadDeadlineRows(db: Kysely<Database>, period: OnTimePeriod): Promise<CreditedDeadline[]> {
  const rows = await db
    .selectFrom('case_deadlines')
    .innerJoin('cases', 'cases.id', 'case_deadlines.case_id')
    .select(['case_deadlines.case_id', 'case_deadlines.kind', 'case_deadlines.starts_at', 'case_deadlines.due_soon_at', 'case_deadlines.due_at', 'case_deadlines.met_at', 'case_deadlines.met_event_id', 'case_deadlines.original_due_at', 'case_deadlines.extended_by', 'case_deadlines.unit_id as credited_unit_id', 'cases.unit_id', 'cases.drill'])
    .where('case_deadlines.due_at', '>=', period.from)
    .where('case_deadlines.due_at', '<', period.to)
    .execute()
  return rows.map(({ credited_unit_id, ...r }) => ({ ...r, unit_id: credited_unit_id ?? r.unit_id, kind: r.kind as DeadlineKind, drill: r.drill === 1 }))
}
