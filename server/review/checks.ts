import type { Kysely } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { sampleIds } from '@shared/review/sample.ts'
import type { ReviewPeriod } from '@shared/review/types.ts'
import type { SpotCheckOutcome } from '@shared/types/case.ts'
import { appendCaseEvent, logCaseChange } from '../cases/case-write.ts'
import type { Database } from '../db/schema.ts'
import './schema.ts'

export interface SpotCheckResult {
  case_id: number
  outcome: SpotCheckOutcome
  note?: string
}

export interface SpotCheck {
  id: number
  from: string
  to: string
  requested: number
  cases: { id: number; title: string; unit_id: string }[]
  created_at: string
  created_by: string
  results: SpotCheckResult[] | null
  recorded_at: string | null
  recorded_by: string | null
}

type CheckRow = Awaited<ReturnType<typeof loadRow>>

async function loadRow(db: Kysely<Database>, id: number) {
  const row = await db.selectFrom('review_checks').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new YqError(ErrorCode.CHECK_NOT_FOUND, `no check ${id}`, 404)
  return row
}

async function toCheck(db: Kysely<Database>, row: CheckRow): Promise<SpotCheck> {
  const ids = JSON.parse(row.case_ids) as number[]
  const cases = ids.length === 0 ? [] : await db.selectFrom('cases').select(['id', 'title', 'unit_id']).where('id', 'in', ids).execute()
  return {
    id: row.id,
    from: row.period_from,
    to: row.period_to,
    requested: row.requested,
    cases: ids.map((id) => cases.find((c) => c.id === id)!).filter(Boolean),
    created_at: row.created_at,
    created_by: row.created_by,
    results: row.results ? (JSON.parse(row.results) as SpotCheckResult[]) : null,
    recorded_at: row.recorded_at,
    recorded_by: row.recorded_by,
  }
}

/**
 * 不定期检查: draws `n` of the closed, non-drill cases closed in [from, to) for re-checking.
 * Fewer are drawn when fewer exist; none is refused. `random` is injected (Math.random in production).
 */
export async function createCheck(db: Kysely<Database>, period: ReviewPeriod, n: number, actor: string, now: Date, random: () => number): Promise<SpotCheck> {
  const closed = await db
    .selectFrom('cases')
    .innerJoin('case_events', 'case_events.case_id', 'cases.id')
    .select('cases.id')
    .distinct()
    .where('cases.status', '=', 'closed')
    .where('cases.drill', '=', 0)
    .where('case_events.type', '=', 'closed')
    .where('case_events.at', '>=', period.from)
    .where('case_events.at', '<', period.to)
    .orderBy('cases.id')
    .execute()
  if (closed.length === 0) throw new YqError(ErrorCode.CHECK_EMPTY, `no case was closed between ${period.from} and ${period.to}: nothing to check`, 409)
  const picked = sampleIds(closed.map((c) => c.id), n, random)
  const row = await db
    .insertInto('review_checks')
    .values({ period_from: period.from, period_to: period.to, requested: n, case_ids: JSON.stringify(picked), created_at: now.toISOString(), created_by: actor })
    .returningAll()
    .executeTakeFirstOrThrow()
  return toCheck(db, row)
}

export async function getCheck(db: Kysely<Database>, id: number): Promise<SpotCheck> {
  return toCheck(db, await loadRow(db, id))
}

export async function listChecks(db: Kysely<Database>): Promise<SpotCheck[]> {
  const rows = await db.selectFrom('review_checks').selectAll().orderBy('id', 'desc').limit(100).execute()
  return Promise.all(rows.map((r) => toCheck(db, r)))
}

/**
 * Records the reviewer's finding on every sampled case: one `spot_checked` event on each
 * timeline, all in one transaction. Exactly the sampled cases, once each; recorded once.
 * Returns the event-log seq per case so the caller can publish after commit.
 */
export async function recordCheckResult(db: Kysely<Database>, id: number, results: SpotCheckResult[], actor: string, now: Date): Promise<{ check: SpotCheck; seqs: [number, number][] }> {
  const seqs = await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('review_checks').selectAll().where('id', '=', id).executeTakeFirst()
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
    const nowIso = now.toISOString()
    const out: [number, number][] = []
    for (const r of results) {
      const note = r.note?.trim() ? { note: r.note.trim() } : {}
      await appendCaseEvent(trx, r.case_id, 'spot_checked', nowIso, actor, { check_id: id, outcome: r.outcome, ...note }, now)
      out.push([r.case_id, await logCaseChange(trx, r.case_id, 'case.updated', actor, { event: 'spot_checked', check_id: id, outcome: r.outcome }, now)])
    }
    await trx.updateTable('review_checks').set({ results: JSON.stringify(results), recorded_at: nowIso, recorded_by: actor }).where('id', '=', id).execute()
    return out
  })
  return { check: await getCheck(db, id), seqs }
}
