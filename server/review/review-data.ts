import type { Kysely } from 'kysely'
import { computeTimeliness } from '@shared/review/timeliness.ts'
import type { ReviewCaseInput, ReviewGrouping, ReviewPeriod, ReviewUnit, TimelinessReport } from '@shared/review/types.ts'
import type { CaseFlag } from '@shared/types/case.ts'
import type { Database } from '../db/schema.ts'
import { loadDeadlineRows } from '../cases/deadline-rows.ts'
import '../cases/schema.ts'

/**
 * Reads what the review needs for a period — the deadlines due in it (with the unit each is
 * credited to, from the same reader as the wall), the flags raised in it, their cases and all
 * units — and hands it to the one pure definition.
 */
export async function loadTimeliness(db: Kysely<Database>, period: ReviewPeriod, now: Date, by: ReviewGrouping): Promise<TimelinessReport> {
  const [deadlines, flags, units] = await Promise.all([
    loadDeadlineRows(db, period),
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
    deadlines: deadlines.filter((d) => d.case_id === c.id).map(({ kind, starts_at, due_soon_at, due_at, met_at, unit_id }) => ({ kind, starts_at, due_soon_at, due_at, met_at, unit_id })),
    flags: flags.filter((f) => f.case_id === c.id).map((f) => ({ at: f.at, flag: (JSON.parse(f.payload) as { flag: CaseFlag }).flag })),
  }))
  return computeTimeliness(input, units as ReviewUnit[], period, now.toISOString(), by)
}
