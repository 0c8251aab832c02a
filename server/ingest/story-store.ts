import { type Kysely, type Selectable, type Transaction } from 'kysely'
import type { Story, StoryPage } from '@shared/api/stories.ts'
import type { Database, NewEvent } from '../db/index.ts'
import type { StoryRow } from './schema.ts'

/** Reports later than this after a story's last one start a new story. */
export const STORY_WINDOW_H = 72

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
  /** bandKeys(signature), made once: matching, remembering and storing each read them. */
  bands: number[]
}

/**
 * Records a stored report in its story (found by StoryMatcher, or a new one when none), inside
 * the caller's transaction; `sameSource`: the story already holds another report of this source. Returns the story and its event, for the caller to append with the
 * batch's others (appendEvents) before the transaction commits.
 */
export async function addReport(
  trx: Transaction<Database>,
  storyId: number | null,
  report: NewReport,
  at: string,
  sameSource: boolean,
): Promise<{ story: Story; event: NewEvent }> {
  let row: Selectable<StoryRow>
  if (storyId === null) {
    row = await trx
      .insertInto('stories')
      .values({ title: report.title, signature: JSON.stringify(report.signature), report_count: 1, source_count: 1, first_seen_at: at, last_seen_at: at })
      .returningAll()
      .executeTakeFirstOrThrow()
    const id = row.id
    await trx.insertInto('story_bands').values(report.bands.map((band) => ({ band, story_id: id }))).execute()
  } else {
    // Counts move by one per report: recounting a story of thousands of reports per item would be quadratic.
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
  return { story: toStory(row), event: { at, type, entity: 'story', entity_id: row.id, actor: 'poller', payload: { item_id: report.itemId } } }
}

export async function listStories(db: Kysely<Database>, limit: number, cursor?: number, minReports = 1): Promise<StoryPage> {
  let query = db.selectFrom('stories').selectAll().where('report_count', '>=', minReports).orderBy('id', 'desc').limit(limit + 1)
  if (cursor !== undefined) query = query.where('id', '<', cursor)
  const rows = await query.execute()
  const page = rows.slice(0, limit)
  return { stories: page.map(toStory), next_cursor: rows.length > limit ? page[page.length - 1]!.id : null }
}
