import { sql, type Kysely } from 'kysely'
import { dialectOf, type Database } from '../db/index.ts'
import './schema.ts'

/**
 * Reads of ingest's tables that other concerns need (health, wall, triage): each is the query
 * those concerns used to write against sources/items/stories themselves, moved here unchanged.
 * `db` may be a transaction.
 */
type Db = Kysely<Database>

/** How many enabled sources are in each health state (ok, degraded, failing). */
export function enabledSourceHealth(db: Db) {
  return db.selectFrom('sources').select(['health', sql<number>`count(*)`.as('n')]).where('enabled', '=', 1).groupBy('health').execute()
}

/** The items first seen since `since`, newest first, at most `limit`, with their stored tags and case. */
export function itemsSeenSince(db: Db, since: string, limit: number) {
  return db.selectFrom('items').select(['first_seen_at', 'departments', 'region', 'unit', 'case_id']).where('first_seen_at', '>=', since).orderBy('first_seen_at', 'desc').limit(limit).execute()
}

/** Ids of the items first seen since `since`, in id order: what classify re-tags after a catalogue change. */
export async function itemIdsSeenSince(db: Db, since: string): Promise<number[]> {
  return (await db.selectFrom('items').select('id').where('first_seen_at', '>=', since).orderBy('id').execute()).map((r) => r.id)
}

/** The first report of a story (lowest id) with its stored tags: whose suggestion the open dialog showed. */
export function leadReportTags(db: Db, storyId: number) {
  return db.selectFrom('items').select(['id', 'departments', 'region', 'unit']).where('story_id', '=', storyId).orderBy('id').limit(1).executeTakeFirst()
}

/** Item id → title and summary for the ids given (missing ids are absent). */
export async function itemTexts(db: Db, ids: readonly number[]): Promise<Map<number, { title: string; summary: string | null }>> {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('items').select(['id', 'title', 'summary']).where('id', 'in', [...new Set(ids)]).execute()
  return new Map(rows.map((r) => [r.id, { title: r.title, summary: r.summary }]))
}

/** Up to `limit` items after id `afterId`, in id order, with their text: what a search index catches up on. */
export function itemTextsAfter(db: Db, afterId: number, limit: number) {
  return db.selectFrom('items').select(['id', 'title', 'summary']).where('id', '>', afterId).orderBy('id').limit(limit).execute()
}

/** Ids of the stories' reports that no case holds yet, in id order. */
export async function unlinkedItemIds(db: Db, storyIds: readonly number[]): Promise<number[]> {
  const rows = await db.selectFrom('items').select('id').where('story_id', 'in', storyIds).where('case_id', 'is', null).orderBy('id').execute()
  return rows.map((r) => r.id)
}

/**
 * Locks the stories' rows (FOR UPDATE on PostgreSQL; SQLite's writer lock covers it) until the
 * caller's transaction ends, in id order so two overlapping lockers never deadlock; returns the
 * ids that exist.
 */
export async function lockStoryRows(trx: Db, storyIds: readonly number[]): Promise<number[]> {
  const ids = [...new Set(storyIds)].sort((a, b) => a - b)
  const rows = await dialectOf(trx).forUpdate(trx.selectFrom('stories').select('id').where('id', 'in', ids).orderBy('id')).execute()
  return rows.map((r) => r.id)
}

/** The stories with these ids (missing ids are absent), every column: what a page of the triage queue shows of each. */
export function storiesByIds(db: Db, ids: readonly number[]) {
  return db.selectFrom('stories').selectAll().where('id', 'in', ids).execute()
}

/** The reports of these stories, in id order (a story's first is its lead), with their text, stored tags and their outlet's name. */
export function storyReports(db: Db, storyIds: readonly number[]) {
  return withTags(db).select(['items.story_id', 'items.link', 'sources.name as source']).where('items.story_id', 'in', storyIds).execute()
}

/** The reports linked to these cases, earliest first: what a case shows of its items. */
export function itemsOfCases(db: Db, caseIds: readonly number[]) {
  return db.selectFrom('items').select(['id', 'title', 'link', 'first_seen_at', 'case_id']).where('case_id', 'in', caseIds).orderBy('first_seen_at').execute()
}

/** The items with these ids (missing ids are absent), with what linking them to a case needs: their case, first sighting and unit tag. */
export function itemsForLinking(db: Db, ids: readonly number[]) {
  return db.selectFrom('items').select(['id', 'first_seen_at', 'unit', 'case_id']).where('id', 'in', ids).execute()
}

/** Items with their text, their stored tags and their outlet (name and 属地), in id order: what classify re-tags. */
export function loadTagged(db: Db, ids: number[]) {
  return withTags(db).select(['items.first_seen_at', 'sources.name as source_name', 'sources.place as source_place']).where('items.id', 'in', ids).execute()
}

/** Items with their outlet, their text and stored tags, in id order: the part the triage's reports and classify's re-tagging read alike. */
function withTags(db: Db) {
  return db
    .selectFrom('items')
    .innerJoin('sources', 'sources.id', 'items.source_id')
    .select(['items.id', 'items.title', 'items.summary', 'items.departments', 'items.region', 'items.unit', 'items.severity'])
    .orderBy('items.id')
}
