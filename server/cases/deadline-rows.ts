import type { Kysely } from 'kysely'
import type { OnTimeDeadline, OnTimePeriod } from '@shared/timeliness/on-time.ts'
import type { DeadlineKind } from '@shared/types/case.ts'
import type { Database } from '../db/schema.ts'
import './schema.ts'

/** A stored deadline with the unit it is credited to and its case's drill flag. */
export interface CreditedDeadline extends OnTimeDeadline {
  case_id: number
  kind: DeadlineKind
  starts_at: string
  drill: boolean
}

/**
 * The stored deadlines due in a period, each with the unit it is credited to: the one reader the
 * review and the wall both count from, so which unit a deadline is credited to is decided here
 * once (today: its case's responsible unit). Stored instants are normalised ISO strings, so
 * string comparison is time comparison.
 */
export async function loadDeadlineRows(db: Kysely<Database>, period: OnTimePeriod): Promise<CreditedDeadline[]> {
  const rows = await db
    .selectFrom('case_deadlines')
    .innerJoin('cases', 'cases.id', 'case_deadlines.case_id')
    .select(['case_deadlines.case_id', 'case_deadlines.kind', 'case_deadlines.starts_at', 'case_deadlines.due_soon_at', 'case_deadlines.due_at', 'case_deadlines.met_at', 'cases.unit_id', 'cases.drill'])
    .where('case_deadlines.due_at', '>=', period.from)
    .where('case_deadlines.due_at', '<', period.to)
    .execute()
  return rows.map((r) => ({ ...r, kind: r.kind as DeadlineKind, drill: r.drill === 1 }))
}
