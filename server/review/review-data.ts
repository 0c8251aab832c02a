import type { Kysely } from 'kysely'
import { claimDiffers } from '@shared/policy/claimed-time.ts'
import { responsibilitySpans, responsibleAt, type ResponsibilityEvent } from '@shared/policy/responsibility.ts'
import { computeTimeliness } from '@shared/review/timeliness.ts'
import type { MetClaim, ReviewCaseInput, ReviewGrouping, ReviewPeriod, ReviewUnit, TimelinessReport } from '@shared/review/types.ts'
import type { CaseEventType, CaseFlag, DeadlineKind, SpotCheckAspect, SpotCheckOutcome } from '@shared/types/case.ts'
import type { Database } from '../db/index.ts'
import { caseEventTimes, caseEventsOfCases, caseEventsOfTypeIn, caseHeadsWithDrill, loadDeadlineRows, loadUnitTree } from '../cases/index.ts'

/** What a `spot_checked` entry stores (server/review/checks.ts). */
type CheckPayload = { check_id: number; outcome: SpotCheckOutcome; aspects?: SpotCheckAspect[]; note?: string; unit_id?: string }

/** The entries that hand a case from one unit to another (shared/policy/responsibility.ts). */
const HAND_OVERS = ['opened', 'forwarded', 'returned', 'updated'] as const

/**
 * Reads what the review needs for a period — the stored deadlines due in it (each with the unit it
 * counts for and the entry that met it), the flags raised and the 不合格 check results recorded in it,
 * the 退回 made in it, with their cases and all units — and hands it to the one pure definition.
 * A flag counts for the unit responsible when it was raised. Stored instants are normalised ISO
 * strings, so string comparison is time comparison.
 */
export async function loadTimeliness(db: Kysely<Database>, period: ReviewPeriod, now: Date, by: ReviewGrouping): Promise<TimelinessReport> {
  const eventsOf = (type: CaseEventType) => caseEventsOfTypeIn(db, type, period)
  const [deadlines, flags, checks, returns, units] = await Promise.all([loadDeadlineRows(db, period), eventsOf('flagged'), eventsOf('spot_checked'), eventsOf('returned'), loadUnitTree(db)])
  const failed = checks.map((e) => ({ case_id: e.case_id, at: e.at, ...(JSON.parse(e.payload) as CheckPayload) })).filter((e) => e.outcome === 'fail')
  const ids = [...new Set([...deadlines.map((d) => d.case_id), ...flags.map((f) => f.case_id), ...failed.map((f) => f.case_id), ...returns.map((r) => r.case_id)])]
  const metIds = deadlines.map((d) => d.met_event_id).filter((id): id is number => id !== null)
  const [cases, meetings, handOvers] = await Promise.all([
    caseHeadsWithDrill(db, ids),
    caseEventTimes(db, metIds),
    caseEventsOfCases(db, [...new Set(flags.map((f) => f.case_id))], HAND_OVERS),
  ])
  const claims = new Map<number, MetClaim>(meetings.filter(claimDiffers).map((e) => [e.id, { at: e.at, recorded_at: e.recorded_at }]))
  // Each list split by case once, in its own order: filtering every list for every case was
  // quadratic (20 000 cases × 40 000 deadlines in a busy month).
  const deadlinesOf = byCase(deadlines)
  const flagsOf = byCase(flags)
  const returnsOf = byCase(returns)
  const failedOf = byCase(failed)
  const handOversOf = byCase(handOvers)
  const input: ReviewCaseInput[] = cases.map((c) => {
    const history: ResponsibilityEvent[] = handOversOf(c.id).map((e) => ({ ...(JSON.parse(e.payload) as object), type: e.type as CaseEventType, at: e.at }))
    const spans = responsibilitySpans(history, c.unit_id)
    return {
      id: c.id,
      title: c.title,
      unit_id: c.unit_id,
      drill: c.drill === 1,
      deadlines: deadlinesOf(c.id).map((d) => ({ kind: d.kind as DeadlineKind, starts_at: d.starts_at, due_soon_at: d.due_soon_at, due_at: d.due_at, met_at: d.met_at, unit_id: d.unit_id, met_claim: d.met_event_id === null ? null : (claims.get(d.met_event_id) ?? null), original_due_at: d.original_due_at, extended_by: d.extended_by })),
      flags: flagsOf(c.id).map((f) => ({ at: f.at, flag: (JSON.parse(f.payload) as { flag: CaseFlag }).flag, unit_id: responsibleAt(spans, f.at) })),
      returns: returnsOf(c.id).map((r) => {
        const p = JSON.parse(r.payload) as { unit_id: string; previous_unit_id: string; reason?: string }
        return { at: r.at, from_unit_id: p.previous_unit_id, to_unit_id: p.unit_id, reason: p.reason ?? '' }
      }),
      // The unit judged was stored with the result; a result from before 0320 falls back to the case's unit.
      failed_checks: failedOf(c.id).map((f) => ({ check_id: f.check_id, at: f.at, aspects: f.aspects ?? [], note: f.note ?? '', ...(f.unit_id ? { unit_id: f.unit_id } : {}) })),
    }
  })
  return computeTimeliness(input, units as ReviewUnit[], period, now.toISOString(), by)
}

/** The rows of each case, in the order given: `of(id)` is what `rows.filter((r) => r.case_id === id)` was. */
function byCase<T extends { case_id: number }>(rows: readonly T[]): (caseId: number) => T[] {
  const out = new Map<number, T[]>()
  for (const r of rows) {
    const list = out.get(r.case_id)
    if (list) list.push(r)
    else out.set(r.case_id, [r])
  }
  return (caseId) => out.get(caseId) ?? []
}
