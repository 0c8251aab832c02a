import type { Kysely, Transaction } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import type { StoryClaim, StoryReleased } from '@shared/types/triage.ts'
import { appendEvent, type Database } from '../db/index.ts'
import { lockStoryRows } from '../ingest/index.ts'
import './migrations.ts'

/** A claim lapses after this much inactivity: the page renews it only while its operator is active. */
export const CLAIM_TTL_MS = 5 * 60_000

type Trx = Transaction<Database>

/**
 * Locks the stories' rows until the caller's transaction ends, in id order (two operators taking
 * overlapping sets never deadlock): every claim, decision and undo on a story runs after the one
 * before it has committed, so of two operators acting at once the second sees the first one's
 * claim or decision, under PostgreSQL's READ COMMITTED as under SQLite's single writer.
 */
export function lockStories(trx: Trx, storyIds: readonly number[]): Promise<number[]> {
  return lockStoryRows(trx, storyIds)
}

/**
 * Refuses unless every story exists, is still untriaged (or only marked 关注 when `allowWatched`)
 * and is not claimed by someone else. Runs inside the caller's transaction, the stories locked first.
 */
export async function requireFree(trx: Trx, storyIds: readonly number[], actor: string, now: Date, allowWatched: boolean): Promise<void> {
  const ids = [...new Set(storyIds)]
  const found = (await lockStories(trx, ids)).map((id) => ({ id }))
  const missing = ids.filter((id) => !found.some((r) => r.id === id))
  if (missing.length > 0) throw new YqError(ErrorCode.STORY_NOT_FOUND, `no story ${missing.join(', ')}`, 404)
  const decided = await trx.selectFrom('triage_decisions').selectAll().where('story_id', 'in', ids).execute()
  const done = decided.filter((d) => !(allowWatched && d.action === 'watch'))
  if (done.length > 0) {
    const what = done.map((d) => `story ${d.story_id} was already ${d.action}${d.case_id ? ` (case ${d.case_id})` : ''} by ${d.actor}`)
    throw new YqError(ErrorCode.STORY_TRIAGED, what.join('; '), 409)
  }
  const held = await trx.selectFrom('triage_claims').selectAll().where('story_id', 'in', ids).where('actor', '!=', actor).where('expires_at', '>', now.toISOString()).execute()
  if (held.length > 0) {
    throw new YqError(ErrorCode.STORY_CLAIMED, held.map((c) => `story ${c.story_id} is claimed by ${c.actor} until ${c.expires_at}`).join('; '), 409)
  }
}

/** Claims (or renews) the stories for the actor. New claims are logged; renewals are not. */
export async function claimStories(db: Kysely<Database>, storyIds: readonly number[], actor: string, now: Date): Promise<{ claims: StoryClaim[]; fresh: { claim: StoryClaim; seq: number }[] }> {
  const expires_at = new Date(now.getTime() + CLAIM_TTL_MS).toISOString()
  const nowIso = now.toISOString()
  return db.transaction().execute(async (trx) => {
    await requireFree(trx, storyIds, actor, now, true)
    const ids = [...new Set(storyIds)]
    const mine = await trx.selectFrom('triage_claims').select('story_id').where('story_id', 'in', ids).where('actor', '=', actor).where('expires_at', '>', nowIso).execute()
    const fresh: { claim: StoryClaim; seq: number }[] = []
    for (const id of ids) {
      await trx
        .insertInto('triage_claims')
        .values({ story_id: id, actor, claimed_at: nowIso, expires_at })
        .onConflict((oc) => oc.column('story_id').doUpdateSet({ actor, expires_at }))
        .execute()
      if (mine.some((m) => m.story_id === id)) continue
      const seq = await appendEvent(trx, { at: nowIso, type: 'story.claimed', entity: 'story', entity_id: id, actor, payload: { expires_at } })
      fresh.push({ claim: { story_id: id, actor, expires_at }, seq })
    }
    return { claims: ids.map((story_id) => ({ story_id, actor, expires_at })), fresh }
  })
}

/** Ends the actor's own claims on these stories; someone else's claim is left alone. */
export async function releaseStories(db: Kysely<Database>, storyIds: readonly number[], actor: string, now: Date): Promise<{ released: StoryReleased; seq: number }[]> {
  const nowIso = now.toISOString()
  return db.transaction().execute(async (trx) => {
    const rows = await trx.deleteFrom('triage_claims').where('story_id', 'in', [...new Set(storyIds)]).where('actor', '=', actor).returning('story_id').execute()
    const out: { released: StoryReleased; seq: number }[] = []
    for (const r of rows) {
      const seq = await appendEvent(trx, { at: nowIso, type: 'story.released', entity: 'story', entity_id: r.story_id, actor, payload: { reason: 'released' } })
      out.push({ released: { story_id: r.story_id, actor, reason: 'released' }, seq })
    }
    return out
  })
}

/** Removes claims whose holder went quiet; each expiry is logged as the system's doing. */
export async function expireClaims(db: Kysely<Database>, now: Date): Promise<{ released: StoryReleased; seq: number }[]> {
  const nowIso = now.toISOString()
  return db.transaction().execute(async (trx) => {
    const rows = await trx.deleteFrom('triage_claims').where('expires_at', '<=', nowIso).returning(['story_id', 'actor']).execute()
    const out: { released: StoryReleased; seq: number }[] = []
    for (const r of rows) {
      const seq = await appendEvent(trx, { at: nowIso, type: 'story.released', entity: 'story', entity_id: r.story_id, actor: 'system', payload: { reason: 'expired', holder: r.actor } })
      out.push({ released: { story_id: r.story_id, actor: r.actor, reason: 'expired' }, seq })
    }
    return out
  })
}
