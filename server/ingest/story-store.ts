import { type Kysely, type Selectable, type Transaction } from 'kysely'
import type { Story } from '@shared/types/story.ts'
import type { Database } from '../db/schema.ts'
import { appendEvent } from '../db/event-log.ts'
import { bandKeys, SAME_STORY_SIMILARITY, similarity } from './dedupe.ts'
import type { StoryRow } from './schema.ts'

/** Reports later than this after a story's last one start a new story. */
export const STORY_WINDOW_H = 72
/** Candidate stories checked per new report: bounds the work per item. */
const MAX_CANDIDATES = 5000

export function toStory(row: Selectable<StoryRow>): Story {
  const { id, title, report_count, source_count, first_seen_at, last_seen_at } = row
  return { id, title, report_count, source_count, first_seen_at, last_seen_at }
}

export interface NewReport {
  itemId: number
  sourceId: number
  title: string
  linkNorm: string | null
  contentHash: string
  signature: number[]
}

/** An exact copy from another source (same article link, or same words) joins that story. */
async function exactStory(trx: Transaction<Database>, report: NewReport): Promise<number | null> {
  // Two single-column lookups, each on its own index (an OR would scan the table).
  const lookups: ['link_norm' | 'content_hash', string][] = [['content_hash', report.contentHash]]
  if (report.linkNorm) lookups.unshift(['link_norm', report.linkNorm])
  for (const [column, value] of lookups) {
    // No ORDER BY: with one, SQLite walks the primary key instead of this column's index.
    const row = await trx.selectFrom('items').select('story_id').where(column, '=', value).where('story_id', 'is not', null).limit(1).executeTakeFirst()
    if (row?.story_id) return row.story_id
  }
  return null
}

/** The most similar recent story among those sharing an LSH band with the report, if similar enough. */
async function nearestStory(trx: Transaction<Database>, signature: number[], at: string): Promise<number | null> {
  const since = new Date(Date.parse(at) - STORY_WINDOW_H * 3600_000).toISOString()
  // Bands first, on their own index; a join lets SQLite start from all recent stories instead.
  const ids = await trx.selectFrom('story_bands').select('story_id').distinct().where('band', 'in', bandKeys(signature)).limit(MAX_CANDIDATES).execute()
  if (ids.length === 0) return null
  const rows = await trx
    .selectFrom('stories')
    .select(['id', 'signature'])
    .where('id', 'in', ids.map((r) => r.story_id))
    .where('last_seen_at', '>=', since)
    .execute()
  let best: { id: number; score: number } | null = null
  for (const row of rows) {
    const score = similarity(JSON.parse(row.signature) as number[], signature)
    if (score >= SAME_STORY_SIMILARITY && (!best || score > best.score)) best = { id: row.id, score }
  }
  return best?.id ?? null
}

/** The story a new report belongs to, before it is stored: an exact copy's, else the most similar recent one. */
export async function findStory(trx: Transaction<Database>, report: NewReport, at: string): Promise<number | null> {
  return (await exactStory(trx, report)) ?? (await nearestStory(trx, report.signature, at))
}

/**
 * Records a stored report in its story (found by findStory, or a new one when none), inside
 * the caller's transaction. Returns the story and its event's seq.
 */
export async function addReport(trx: Transaction<Database>, storyId: number | null, report: NewReport, at: string): Promise<{ story: Story; seq: number }> {
  let row: Selectable<StoryRow>
  if (storyId === null) {
    row = await trx
      .insertInto('stories')
      .values({ title: report.title, signature: JSON.stringify(report.signature), report_count: 1, source_count: 1, first_seen_at: at, last_seen_at: at })
      .returningAll()
      .executeTakeFirstOrThrow()
    const id = row.id
    await trx.insertInto('story_bands').values(bandKeys(report.signature).map((band) => ({ band, story_id: id }))).execute()
  } else {
    // Counts move by one per report: recounting a story of thousands of reports per item would be quadratic.
    const sameSource = await trx
      .selectFrom('items')
      .select('id')
      .where('story_id', '=', storyId)
      .where('source_id', '=', report.sourceId)
      .where('id', '!=', report.itemId)
      .limit(1)
      .executeTakeFirst()
    row = await trx
      .updateTable('stories')
      .set((eb) => ({
        report_count: eb('report_count', '+', 1),
        source_count: sameSource ? eb.ref('source_count') : eb('source_count', '+', 1),
        last_seen_at: at,
      }))
      .where('id', '=', storyId)
      .returningAll()
      .executeTakeFirstOrThrow()
  }
  const type = storyId === null ? 'story.created' : 'story.updated'
  const seq = await appendEvent(trx, { at, type, entity: 'story', entity_id: row.id, actor: 'poller', payload: { item_id: report.itemId } })
  return { story: toStory(row), seq }
}

export async function listStories(db: Kysely<Database>, limit: number, cursor?: number, minReports = 1): Promise<{ stories: Story[]; next_cursor: number | null }> {
  let query = db.selectFrom('stories').selectAll().where('report_count', '>=', minReports).orderBy('id', 'desc').limit(limit + 1)
  if (cursor !== undefined) query = query.where('id', '<', cursor)
  const rows = await query.execute()
  const page = rows.slice(0, limit)
  return { stories: page.map(toStory), next_cursor: rows.length > limit ? page[page.length - 1]!.id : null }
}
