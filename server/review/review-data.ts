import type { Kysely } from 'kysely'
import { computeTimeliness } from '@shared/review/timeliness.ts'
import type { ReviewCaseInput, ReviewGrouping, ReviewPeriod, ReviewUnit, TimelinessReport } from '@shared/review/types.ts'
import type { CaseFlag, DeadlineKind } from '@shared/types/case.ts'
import type { Database } from '../db/schema.ts'
import '../cases/schema.ts'

/**
 * Reads what the review needs for a period — the stored deadlines due in it and the flags raised
 * in it, with their cases and all units — and hands it to the one pure definition.
 * Stored instants are normalised ISO strings, so string comparison is time comparison.
 */
export async function loadTimeliness(db: Kysely<Database>, period: ReviewPeriod, now: Date, by: ReviewGrouping): Promise<TimelinessReport> {
  const [deadlines, flags, units] = await Promise.all([
    db.selectFrom('case_deadlines').selectAll().where('due_at', '>=', period.from).where('due_at', '<', period.to).execute(),
    db.selectFrom('case_events').select(['case_id', 'at', 'payload']).where('type', '=', 'flagged').where('at', '>=', period.from).where('at', '<', period.to).execute(),
    db.selectFrom('units').select(['id', 'name', 'level', 'parent_id']).execute(),
  ])
  const ids = [...new Set([...deadlines.map((d) => d.case_id), ...flags.map((f) => f.case_id)])]
  const cases = ids.length === 0 ? [] : await db.selectFrom('cases').select(['id', 'title', 'unit_id', 'drill']).where('id', 'in', ids).execute()
  const input: ReviewCaseInput[] = cases.map((c) => ({
    id: c.id,
    title: c.title,
    unit_id: c.unit_id,
    drill: c.drill === 1,
    deadlines: deadlines.filter((d) => d.case_id === c.id).map((d) => ({ ...d, kind: d.kind as DeadlineKind })),
    flags: flags.filter((f) => f.case_id === c.id).map((f) => ({ at: f.at, flag: (JSON.parse(f.payload) as { flag: CaseFlag }).flag })),
  }))
  return computeTimeliness(input, units as ReviewUnit[], period, now.toISOString(), by)
}
