import { type Kysely, type Selectable, type Transaction } from 'kysely'
import type { Story, StoryPage } from '@shared/api/stories.ts'
import { ReusableQuery, slot, type Database, type NewEvent } from '../db/index.ts'
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

// The per-report statements, compiled once (ReusableQuery): they run once or twice per new item.
const insertStory = new ReusableQuery<{ title: string; signature: string; at: string }, Selectable<StoryRow>>((db) =>
  db
    .insertInto('stories')
    .values({ title: slot('title'), signature: slot('signature'), report_count: 1, source_count: 1, first_seen_at: slot('at'), last_seen_at: slot('at') })
    .returningAll(),
)

const growStoryBy = (sourceCountStep: 0 | 1) =>
  new ReusableQuery<{ at: string; id: number }, Selectable<StoryRow>>((db) =>
    db
      .updateTable('stories')
      .set((eb) => ({
        report_count: eb('report_count', '+', 1),
        source_count: sourceCountStep === 0 ? eb.ref('source_count') : eb('source_count', '+', 1),
        last_seen_at: slot('at'),
      }))
      .where('id', '=', slot<number>('id'))
      .returningAll(),
  )
const growStory = growStoryBy(1)
const growStorySameSource = growStoryBy(0)

/** The band rows of a new story, one statement per band count (21 distinct keys but for a collision: bandKeys). */
const insertBands = new Map<number, ReusableQuery<Record<string, number>>>()
function insertBandsOf(count: number): ReusableQuery<Record<string, number>> {
  let query = insertBands.get(count)
  if (!query) {
    const rows = Array.from({ length: count }, (_, i) => ({ band: slot<number>(`band${i}`), story_id: slot<number>('story_id') }))
    query = new ReusableQuery((db) => db.insertInto('story_bands').values(rows))
    insertBands.set(count, query)
  }
  return query
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
    const { rows } = await insertStory.run(trx, { title: report.title, signature: JSON.stringify(report.signature), at })
    row = rows[0]!
    const id = row.id
    // (band, story_id) is story_bands' primary key (0009): two bands of one signature with the same
    // key (about one in 10^11 per pair at 53 bits) are one row, not a failed batch.
    const bands = report.bands.length === new Set(report.bands).size ? report.bands : [...new Set(report.bands)]
    await insertBandsOf(bands.length).run(trx, { story_id: id, ...Object.fromEntries(bands.map((band, i) => [`band${i}`, band])) })
  } else {
    // Counts move by one per report: recounting a story of thousands of reports per item would be quadratic.
    const { rows } = await (sameSource ? growStorySameSource : growStory).run(trx, { at, id: storyId })
    row = rows[0]!
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
