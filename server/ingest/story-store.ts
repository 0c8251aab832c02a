import { sql, type Kysely, type Selectable, type Transaction } from 'kysely'
import type { Story } from '@shared/types/story.ts'
import type { Database } from '../db/schema.ts'
import { appendEvent } from '../db/event-log.ts'
import { SAME_STORY_SIMILARITY, similarity } from './dedupe.ts'
import type { StoryRow } from './schema.ts'

/** Reports later than this after a story's last one start a new story. */
export const STORY_WINDOW_H = 72
/** Recent stories compared per new report: bounds the work per item. */
const MAX_CANDIDATES = 5000

export interface StoryCandidate {
  id: number
  signature: number[]
}

export function toStory(row: Selectable<StoryRow>): Story {
  const { id, title, report_count, source_count, first_seen_at, last_seen_at } = row
  return { id, title, report_count, source_count, first_seen_at, last_seen_at }
}

export async function recentStories(trx: Transaction<Database>, now: Date): Promise<StoryCandidate[]> {
  const since = new Date(now.getTime() - STORY_WINDOW_H * 3600_000).toISOString()
  const rows = await trx.selectFrom('stories').select(['id', 'signature']).where('last_seen_at', '>=', since).orderBy('last_seen_at', 'desc').limit(MAX_CANDIDATES).execute()
  return rows.map((r) => ({ id: r.id, signature: JSON.parse(r.signature) as number[] }))
}

export interface NewReport {
  itemId: number
  title: string
  linkNorm: string | null
  contentHash: string
  signature: number[]
}

/** An exact copy from another source (same article link, or same words) joins that story. */
async function exactStory(trx: Transaction<Database>, report: NewReport): Promise<number | null> {
  let query = trx.selectFrom('items').select('story_id').where('story_id', 'is not', null).where('id', '!=', report.itemId)
  query = report.linkNorm
    ? query.where((eb) => eb.or([eb('link_norm', '=', report.linkNorm), eb('content_hash', '=', report.contentHash)]))
    : query.where('content_hash', '=', report.contentHash)
  const row = await query.orderBy('id', 'desc').limit(1).executeTakeFirst()
  return row?.story_id ?? null
}

function nearestStory(candidates: StoryCandidate[], signature: number[]): number | null {
  let best: { id: number; score: number } | null = null
  for (const c of candidates) {
    const score = similarity(c.signature, signature)
    if (score >= SAME_STORY_SIMILARITY && (!best || score > best.score)) best = { id: c.id, score }
  }
  return best?.id ?? null
}

/**
 * Puts a just-stored item into a story, inside the caller's transaction: an exact copy's story,
 * else the most similar recent story, else a new one. Returns the story and its event's seq.
 */
export async function assignStory(trx: Transaction<Database>, report: NewReport, candidates: StoryCandidate[], at: string): Promise<{ story: Story; seq: number }> {
  let storyId = (await exactStory(trx, report)) ?? nearestStory(candidates, report.signature)
  const created = storyId === null
  if (storyId === null) {
    const row = await trx
      .insertInto('stories')
      .values({ title: report.title, signature: JSON.stringify(report.signature), first_seen_at: at, last_seen_at: at })
      .returning('id')
      .executeTakeFirstOrThrow()
    storyId = row.id
    candidates.unshift({ id: storyId, signature: report.signature })
  }
  await trx.updateTable('items').set({ story_id: storyId }).where('id', '=', report.itemId).execute()
  const counts = await trx
    .selectFrom('items')
    .select([sql<number>`count(*)`.as('reports'), sql<number>`count(distinct source_id)`.as('sources')])
    .where('story_id', '=', storyId)
    .executeTakeFirstOrThrow()
  const row = await trx
    .updateTable('stories')
    .set({ report_count: Number(counts.reports), source_count: Number(counts.sources), last_seen_at: at })
    .where('id', '=', storyId)
    .returningAll()
    .executeTakeFirstOrThrow()
  const seq = await appendEvent(trx, { at, type: created ? 'story.created' : 'story.updated', entity: 'story', entity_id: storyId, actor: 'poller', payload: { item_id: report.itemId } })
  return { story: toStory(row), seq }
}

export async function listStories(db: Kysely<Database>, limit: number, cursor?: number, minReports = 1): Promise<{ stories: Story[]; next_cursor: number | null }> {
  let query = db.selectFrom('stories').selectAll().where('report_count', '>=', minReports).orderBy('id', 'desc').limit(limit + 1)
  if (cursor !== undefined) query = query.where('id', '<', cursor)
  const rows = await query.execute()
  const page = rows.slice(0, limit)
  return { stories: page.map(toStory), next_cursor: rows.length > limit ? page[page.length - 1]!.id : null }
}
