import { hash } from 'node:crypto'
import type { Kysely, Selectable, Transaction } from 'kysely'
import { decodeDepartments, decodeRegion, decodeSeverity, decodeUnit, encodeItemTags, type ItemTagText } from '@shared/item-tags.ts'
import type { Item, ItemTags } from '@shared/types/item.ts'
import type { Story } from '@shared/api/stories.ts'
import { appendEvents, dialectOf, ReusableQuery, slot, type Database, type NewEvent } from '../db/index.ts'
import type { ItemRow } from './schema.ts'
import { bandKeys, normaliseLink, signatureOf, storyText, type Tokenizer } from './dedupe.ts'
import type { ParsedItem } from './parse-feed.ts'
import { StoryMatcher } from './story-matcher.ts'
import { groupCommitOf } from './group-commit.ts'
import { addReport, type NewReport } from './story-store.ts'
import { enqueueStoryNotice } from '../notify/index.ts'

export type StoredItem = Selectable<ItemRow>

const EMPTY_TAGS: ItemTags = { departments: [], region: null, unit: null, severity: null }

export function toItem(row: StoredItem): Item {
  return {
    id: row.id,
    source_id: row.source_id,
    guid: row.guid,
    title: row.title,
    link: row.link,
    summary: row.summary,
    published_at: row.published_at,
    first_seen_at: row.first_seen_at,
    departments: decodeDepartments(row.departments),
    region: decodeRegion(row.region),
    unit: decodeUnit(row.unit),
    severity: decodeSeverity(row.severity),
    story_id: row.story_id,
    case_id: row.case_id,
  }
}

/** Same words, same hash: whitespace and case do not make a different item. */
export function contentHash(title: string, summary: string | null): string {
  const normal = `${title}\n${summary ?? ''}`.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
  return hash('sha256', normal, 'hex').slice(0, 32)
}

export interface StoredBatch {
  items: Item[]
  /** Event-log id of each new item's `item.created` event, in the same order. */
  seqs: number[]
  /** Stories created or grown by this batch, each with the seq of its latest event. */
  stories: { story: Story; seq: number }[]
}

export interface StoreOptions {
  tokenize?: Tokenizer
}

/** Values per IN list: well inside SQLite's and PostgreSQL's parameter limits. */
const IN_CHUNK = 500

/**
 * The links and content hashes this source has stored already, of those in the batch: the same
 * source sending the same article again under a new guid is not a new item. Two queries per
 * batch (one per indexed column: an OR across two indexes would scan the table).
 */
async function storedCopies(trx: Transaction<Database>, sourceId: number, links: string[], hashes: string[]): Promise<{ links: Set<string>; hashes: Set<string> }> {
  const out = { links: new Set<string>(), hashes: new Set<string>() }
  for (let i = 0; i < links.length; i += IN_CHUNK) {
    const rows = await trx.selectFrom('items').select('link_norm').where('link_norm', 'in', links.slice(i, i + IN_CHUNK)).where('source_id', '=', sourceId).execute()
    for (const r of rows) if (r.link_norm) out.links.add(r.link_norm)
  }
  for (let i = 0; i < hashes.length; i += IN_CHUNK) {
    const rows = await trx.selectFrom('items').select('content_hash').where('content_hash', 'in', hashes.slice(i, i + IN_CHUNK)).where('source_id', '=', sourceId).execute()
    for (const r of rows) out.hashes.add(r.content_hash)
  }
  return out
}

interface PreparedReport {
  p: ParsedItem
  t: ItemTags
  report: NewReport
}

/** Hashes, signatures and band keys of a batch, made before any transaction opens; oldest first. */
function prepareReports(sourceId: number, parsed: ParsedItem[], tags: ItemTags[], tokenize?: Tokenizer): PreparedReport[] {
  // Feeds list newest first; store oldest first so ids follow time.
  return parsed
    .map((p, i) => {
      const signature = signatureOf(storyText(p.title, p.summary), tokenize)
      const report: NewReport = {
        itemId: 0,
        sourceId,
        title: p.title,
        linkNorm: normaliseLink(p.link),
        contentHash: contentHash(p.title, p.summary),
        signature,
        bands: bandKeys(signature),
      }
      return { p, t: tags[i] ?? EMPTY_TAGS, report }
    })
    .reverse()
}

/**
 * Stores a batch of items not seen before from one source, in one transaction: either all of
 * the batch's items, their stories and their events are committed, or none are (so kill -9
 * mid-poll loses and duplicates nothing: what was not committed is still new to the next poll).
 * Hashes and signatures are computed before the transaction; repeats and story candidates are
 * read once for the batch (StoryMatcher), not per item.
 */
export async function storeNewItems(
  db: Kysely<Database>,
  sourceId: number,
  parsed: ParsedItem[],
  tags: ItemTags[],
  now: Date,
  options: StoreOptions = {},
): Promise<StoredBatch> {
  const reports = prepareReports(sourceId, parsed, tags, options.tokenize)
  return db.transaction().execute((trx) => writeBatch(trx, sourceId, reports, now))
}

/**
 * storeNewItems through the process's group commit (group-commit.ts): batches of other sources
 * ready at the same time share the transaction (one commit for several feeds), each batch still
 * all or nothing, and the promise settles only once the batch is committed (or has failed alone).
 */
export async function queueNewItems(
  db: Kysely<Database>,
  sourceId: number,
  parsed: ParsedItem[],
  tags: ItemTags[],
  now: Date,
  options: StoreOptions = {},
): Promise<StoredBatch> {
  const reports = prepareReports(sourceId, parsed, tags, options.tokenize)
  return groupCommitOf(db).submit(reports.length, (trx) => writeBatch(trx, sourceId, reports, now))
}

type NewItemRow = Omit<StoredItem, 'id' | 'case_id'>
const ITEM_COLUMNS: readonly (keyof NewItemRow)[] = ['source_id', 'guid', 'title', 'link', 'link_norm', 'summary', 'published_at', 'first_seen_at', 'content_hash', 'departments', 'region', 'unit', 'severity', 'story_id']

/** One new item, or none when the source has stored its guid meanwhile (another process). Compiled once. */
const insertItem = new ReusableQuery<NewItemRow, StoredItem>((db) =>
  db
    .insertInto('items')
    .values(Object.fromEntries(ITEM_COLUMNS.map((c) => [c, slot(c)])) as unknown as NewItemRow)
    .onConflict((oc) => oc.columns(['source_id', 'guid']).doNothing())
    .returningAll(),
)

const setItemStory = new ReusableQuery<{ story_id: number; id: number }>((db) =>
  db.updateTable('items').set({ story_id: slot<number>('story_id') }).where('id', '=', slot<number>('id')),
)

/** The batch's writes inside `trx`; reads nothing but the database and `reports`, so it can run again after a rollback. */
async function writeBatch(trx: Transaction<Database>, sourceId: number, reports: readonly PreparedReport[], now: Date): Promise<StoredBatch> {
  const at = now.toISOString()
  // Which story a report joins depends on every story stored so far: two processes storing at
  // once would each miss the other's new story and open two for one event. One at a time.
  await dialectOf(trx).lockName(trx, 'yq:store-items')
  const items: Item[] = []
  // The batch's events, appended together at the end in the order they happened.
  const events: NewEvent[] = []
  const itemEvents: number[] = []
  /** Each story the batch touched, as it now is, with the index of its latest event. */
  const stories = new Map<number, { story: Story; event: number }>()
  const copies = await storedCopies(
    trx,
    sourceId,
    [...new Set(reports.map((r) => r.report.linkNorm).filter((l): l is string => l !== null))],
    [...new Set(reports.map((r) => r.report.contentHash))],
  )
  const matcher = await StoryMatcher.load(
    trx,
    reports.map((r) => r.report),
    at,
  )
  for (const { p, t, report } of reports) {
    const { linkNorm, contentHash: hash } = report
    if ((linkNorm !== null && copies.links.has(linkNorm)) || copies.hashes.has(hash)) continue
    const storyId = matcher.find(report)
    const { rows: [row] } = await insertItem.run(trx, {
      source_id: sourceId,
      guid: p.guid,
      title: p.title,
      link: p.link,
      link_norm: linkNorm,
      summary: p.summary,
      published_at: p.published,
      first_seen_at: at,
      content_hash: hash,
      ...encodeItemTags(t),
      story_id: storyId,
    })
    if (!row) continue
    // Later items of this batch from this source with the same link or words are repeats of this one.
    if (linkNorm !== null) copies.links.add(linkNorm)
    copies.hashes.add(hash)
    const assigned = await addReport(trx, storyId, { ...report, itemId: row.id }, at, storyId !== null && matcher.hasSourceReport(storyId))
    matcher.remember(report, assigned.story.id, storyId === null, at)
    if (storyId === null) await setItemStory.run(trx, { story_id: assigned.story.id, id: row.id })
    // A new story suggested at level I/II reaches the provincial duty group before anyone triages it.
    const level = t.severity?.level
    if (storyId === null && (level === 'I' || level === 'II')) await enqueueStoryNotice(trx, { id: assigned.story.id, title: p.title, level }, now)
    stories.set(assigned.story.id, { story: assigned.story, event: events.push(assigned.event) - 1 })
    items.push({ ...toItem(row), story_id: assigned.story.id })
    itemEvents.push(events.push({ at, type: 'item.created', entity: 'item', entity_id: row.id, actor: 'poller', payload: { source_id: sourceId, story_id: assigned.story.id } }) - 1)
  }
  const seqs = await appendEvents(trx, events)
  return { items, seqs: itemEvents.map((i) => seqs[i]!), stories: [...stories.values()].map(({ story, event }) => ({ story, seq: seqs[event]! })) }
}

/** Which of these guids this source already has, so tagging is spent only on new items. */
export async function knownGuids(db: Kysely<Database>, sourceId: number, guids: string[]): Promise<Set<string>> {
  if (guids.length === 0) return new Set()
  const known = new Set<string>()
  for (let i = 0; i < guids.length; i += 500) {
    const rows = await db
      .selectFrom('items')
      .select('guid')
      .where('source_id', '=', sourceId)
      .where('guid', 'in', guids.slice(i, i + 500))
      .execute()
    for (const r of rows) known.add(r.guid)
  }
  return known
}

/**
 * Items belong to ingest; the writes other concerns make on them come through here, inside the
 * caller's transaction: the case an item is linked to (cases), its re-tagged columns (classify).
 */
export async function linkItemsToCase(trx: Kysely<Database>, itemIds: readonly number[], caseId: number): Promise<void> {
  if (itemIds.length > 0) await trx.updateTable('items').set({ case_id: caseId }).where('id', 'in', [...itemIds]).execute()
}

/** The item columns tags are stored in (JSON text, shared/item-tags.ts). */
export type ItemTagColumns = ItemTagText

export async function storeItemTagColumns(trx: Kysely<Database>, itemId: number, columns: ItemTagColumns): Promise<void> {
  await trx.updateTable('items').set(columns).where('id', '=', itemId).execute()
}
