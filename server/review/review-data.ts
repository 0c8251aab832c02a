import type { Kysely } from 'kysely'
import { claimDiffers } from '@shared/policy/claimed-time.ts'
import { responsibilitySpans, responsibleAt, type ResponsibilityEvent } from '@shared/policy/responsibility.ts'
import { computeTimeliness } from '@shared/review/timeliness.ts'
import type { MetClaim, ReviewCaseInput, ReviewGrouping, ReviewPeriod, ReviewUnit, TimelinessReport } from '@shared/review/types.ts'
import type { CaseEventType, CaseFlag, DeadlineKind } from '@shared/types/case.ts'
import type { Database } from '../db/schema.ts'
import { loadDeadlineRows } from '../cases/deadline-rows.ts'
import '../cases/schema.ts'

/** The entries that hand a case from one unit to another (shared/policy/responsibility.ts). */
const HAND_OVERS = ['opened', 'forwarded', 'updated'] as const

/**
 * Reads what the review needs for a period — the stored deadlines due in it (each with the unit it
 * counts for and the entry that met it) and the flags raised in it, with their cases and all
 * units — and hands it to the one pure definition. A flag counts for the unit responsible when it
 * was raised. Stored instants are normalised ISO strings, so string comparison is time comparison.
 */
export async function loadTimeliness(db: Kysely<Database>, period: ReviewPeriod, now: Date, by: ReviewGrouping): Promise<TimelinessReport> {
  const [deadlines, flags, units] = await Promise.all([
    loadDeadlineRows(db, period),
    db.selectFrom('case_events').select(['case_id', 'at', 'payload']).where('type', '=', 'flagged').where('at', '>=', period.from).where('at', '<', period.to).execute(),
    db.selectFrom('units').select(['id', 'name', 'level', 'parent_id']).execute(),
  ])
  const ids = [...new Set([...deadlines.map((d) => d.case_id), ...flags.map((f) => f.case_id)])]
  const metIds = deadlines.map((d) => d.met_event_id).filter((id): id is number => id !== null)
  const [cases, meetings, handOvers] = await Promise.all([
    ids.length === 0 ? [] : db.selectFrom('cases').select(['id', 'title', 'unit_id', 'drill']).where('id', 'in', ids).execute(),
    metIds.length === 0 ? [] : db.selectFrom('case_events').select(['id', 'at', 'recorded_at']).where('id', 'in', metIds).execute(),
    flags.length === 0 ? [] : db.selectFrom('case_events').select(['case_id', 'type', 'at', 'payload']).where('case_id', 'in', [...new Set(flags.map((f) => f.case_id))]).where('type', 'in', HAND_OVERS).execute(),
  ])
  const claims = new Map<number, MetClaim>(meetings.filter(claimDiffers).map((e) => [e.id, { at: e.at, recorded_at: e.recorded_at }]))
  const input: ReviewCaseInput[] = cases.map((c) => {
    const history: ResponsibilityEvent[] = handOvers.filter((e) => e.case_id === c.id).map((e) => ({ ...(JSON.parse(e.payload) as object), type: e.type as CaseEventType, at: e.at }))
    const spans = responsibilitySpans(history, c.unit_id)
    return {
      id: c.id,
      title: c.title,
      unit_id: c.unit_id,
      drill: c.drill === 1,
      deadlines: deadlines
        .filter((d) => d.case_id === c.id)
        .map((d) => ({ kind: d.kind as DeadlineKind, starts_at: d.starts_at, due_soon_at: d.due_soon_at, due_at: d.due_at, met_at: d.met_at, unit_id: d.unit_id, met_claim: d.met_event_id === null ? null : (claims.get(d.met_event_id) ?? null) })),
      flags: flags.filter((f) => f.case_id === c.id).map((f) => ({ at: f.at, flag: (JSON.parse(f.payload) as { flag: CaseFlag }).flag, unit_id: responsibleAt(spans, f.at) })),
    }
  })
  return computeTimeliness(input, units as ReviewUnit[], period, now.toISOString(), by)
}
