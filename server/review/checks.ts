import type { Kysely } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { sampleIds } from '@shared/review/sample.ts'
import type { ReviewPeriod } from '@shared/review/types.ts'
import type { CheckFilter, CheckResultInput, SpotCheck, SpotCheckResult } from '@shared/api/review.ts'
import { appendCaseEvent, caseHeads, closedCaseIds, findUnit, logCaseChange } from '../cases/index.ts'
import type { Database } from '../db/index.ts'
import './schema.ts'
import { dialectOf } from '../db/index.ts'

export type { CheckFilter, SpotCheck, SpotCheckResult }



type CheckRow = Awaited<ReturnType<typeof loadRow>>

async function loadRow(db: Kysely<Database>, id: number) {
  const row = await db.selectFrom('review_checks').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new YqError(ErrorCode.CHECK_NOT_FOUND, `no check ${id}`, 404)
  return row
}

async function toCheck(db: Kysely<Database>, row: CheckRow): Promise<SpotCheck> {
  const ids = JSON.parse(row.case_ids) as number[]
  const cases = await caseHeads(db, ids)
  return {
    id: row.id,
    from: row.period_from,
    to: row.period_to,
    requested: row.requested,
    unit_id: row.unit_id,
    cases: ids.map((id) => cases.find((c) => c.id === id)!).filter(Boolean),
    created_at: row.created_at,
    created_by: row.created_by,
    results: row.results ? (JSON.parse(row.results) as SpotCheckResult[]) : null,
    recorded_at: row.recorded_at,
    recorded_by: row.recorded_by,
  }
}

/**
 * 不定期检查: draws `n` of the closed, non-drill cases closed in [from, to) for re-checking,
 * when `unitId` is given only those whose responsible unit (now) is that unit or one below it: a
 * check of 济南市 samples its districts' and departments' cases too, as the review's 属地 reading
 * of a unit does (server/cases/territory.ts).
 * Fewer are drawn when fewer exist; none is refused. `random` is injected (Math.random in production).
 */
export async function createCheck(db: Kysely<Database>, period: ReviewPeriod, n: number, unitId: string | null, actor: string, now: Date, random: () => number): Promise<SpotCheck> {
  if (unitId !== null) {
    const unit = await findUnit(db, unitId)
    if (!unit) throw new YqError(ErrorCode.UNKNOWN_UNIT, `no unit ${unitId}`)
  }
  const closed = await closedCaseIds(db, period, unitId)
  const whose = unitId === null ? '' : ` for unit ${unitId}`
  if (closed.length === 0) throw new YqError(ErrorCode.CHECK_EMPTY, `no case${whose} was closed between ${period.from} and ${period.to}: nothing to check`, 409)
  const picked = sampleIds(closed, n, random)
  const row = await db
    .insertInto('review_checks')
    .values({ period_from: period.from, period_to: period.to, requested: n, unit_id: unitId, case_ids: JSON.stringify(picked), created_at: now.toISOString(), created_by: actor })
    .returningAll()
    .executeTakeFirstOrThrow()
  return toCheck(db, row)
}

export async function getCheck(db: Kysely<Database>, id: number): Promise<SpotCheck> {
  return toCheck(db, await loadRow(db, id))
}

/** The newest checks first, at most `MAX_LISTED_CHECKS`, after the filter. */
export const MAX_LISTED_CHECKS = 100

function matches(check: SpotCheck, f: CheckFilter): boolean {
  if (f.from !== undefined && check.created_at < f.from) return false
  if (f.to !== undefined && check.created_at >= f.to) return false
  if (f.unit_id !== undefined && check.unit_id !== f.unit_id && !check.cases.some((c) => c.unit_id === f.unit_id) && !check.results?.some((r) => r.unit_id === f.unit_id)) return false
  if (f.status === 'open') return check.results === null
  if (f.status !== undefined) return check.results?.some((r) => r.outcome === f.status) ?? false
  return true
}

export async function listChecks(db: Kysely<Database>, filter: CheckFilter = {}): Promise<SpotCheck[]> {
  // Checks are a handful a week: filtering the decoded rows keeps the one reading of `results` here.
  const rows = await db.selectFrom('review_checks').selectAll().orderBy('id', 'desc').execute()
  const out: SpotCheck[] = []
  for (const row of rows) {
    const check = await toCheck(db, row)
    if (matches(check, filter)) out.push(check)
    if (out.length === MAX_LISTED_CHECKS) break
  }
  return out
}

/**
 * Records the reviewer's finding on every sampled case: one `spot_checked` event on each
 * timeline, all in one transaction. Exactly the sampled cases, once each; recorded once.
 * Returns the event-log seq per case so the caller can publish after commit.
 */
export async function recordCheckResult(db: Kysely<Database>, id: number, results: readonly CheckResultInput[], actor: string, now: Date): Promise<{ check: SpotCheck; seqs: [number, number][] }> {
  const seqs = await db.transaction().execute(async (trx) => {
    // Locked: of two reviewers recording at once, the second sees the first's results and is refused.
    const row = await dialectOf(trx).forUpdate(trx.selectFrom('review_checks').selectAll().where('id', '=', id)).executeTakeFirst()
    if (!row) throw new YqError(ErrorCode.CHECK_NOT_FOUND, `no check ${id}`, 404)
    if (row.results !== null) throw new YqError(ErrorCode.CHECK_ALREADY_RECORDED, `check ${id} was recorded at ${row.recorded_at} by ${row.recorded_by}`, 409)
    const sampled = JSON.parse(row.case_ids) as number[]
    const given = results.map((r) => r.case_id)
    const extra = given.filter((c) => !sampled.includes(c))
    const missing = sampled.filter((c) => !given.includes(c))
    const twice = given.filter((c, i) => given.indexOf(c) !== i)
    if (extra.length > 0 || missing.length > 0 || twice.length > 0) {
      const parts = [extra.length ? `not in this check: ${extra.join(', ')}` : '', missing.length ? `missing: ${missing.join(', ')}` : '', twice.length ? `given twice: ${twice.join(', ')}` : '']
      throw new YqError(ErrorCode.BAD_CHECK_RESULT, `results must cover the sampled cases ${sampled.join(', ')} once each (${parts.filter(Boolean).join('; ')})`)
    }
    // A 不合格 is read out in the 通报 against the unit: it must say why.
    const unexplained = results.filter((r) => r.outcome === 'fail' && !r.note?.trim()).map((r) => r.case_id)
    if (unexplained.length > 0) throw new YqError(ErrorCode.BAD_CHECK_RESULT, `a failed check needs its reason (note): case ${unexplained.join(', ')}`)
    const nowIso = now.toISOString()
    const responsible = await caseHeads(trx, sampled)
    const stored: SpotCheckResult[] = []
    const out: [number, number][] = []
    for (const r of results) {
      // Judged against the unit responsible now (a forwarded case's receiving unit), kept with the result.
      const unitId = responsible.find((c) => c.id === r.case_id)!.unit_id
      const note = r.note?.trim() ? { note: r.note.trim() } : {}
      const aspects = [...new Set(r.aspects)]
      stored.push({ case_id: r.case_id, outcome: r.outcome, aspects, ...note, unit_id: unitId })
      await appendCaseEvent(trx, r.case_id, 'spot_checked', nowIso, actor, { check_id: id, outcome: r.outcome, aspects, unit_id: unitId, ...note }, now)
      out.push([r.case_id, await logCaseChange(trx, r.case_id, 'case.updated', actor, { event: 'spot_checked', check_id: id, outcome: r.outcome }, now)])
    }
    await trx.updateTable('review_checks').set({ results: JSON.stringify(stored), recorded_at: nowIso, recorded_by: actor }).where('id', '=', id).execute()
    return out
  })
  return { check: await getCheck(db, id), seqs }
}
