import { createHash } from 'node:crypto'
import type { Kysely, Selectable, Transaction } from 'kysely'
import type { Item, ItemTags } from '@shared/types/item.ts'
import type { Story } from '@shared/types/story.ts'
import type { Database, ItemRow } from '../db/schema.ts'
import { appendEvent } from '../db/event-log.ts'
import { minhash, normaliseLink, shingles, storyText, type Tokenizer } from './dedupe.ts'
import type { ParsedItem } from './parse-feed.ts'
import { addReport, findStory } from './story-store.ts'

export type StoredItem = Selectable<ItemRow>

const EMPTY_TAGS: ItemTags = { departments: [], region: null, unit: null, severity: null }

function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback
  try {
    return JSON.parse(text) as T
  } catch {
    return fallback
  }
}

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
    departments: parseJson(row.departments, []),
    region: parseJson(row.region, null),
    unit: parseJson(row.unit, null),
    severity: parseJson(row.severity, null),
    story_id: row.story_id,
    case_id: row.case_id,
  }
}

/** Same words, same hash: whitespace and case do not make a different item. */
export function contentHash(title: string, summary: string | null): string {
  const normal = `${title}\n${summary ?? ''}`.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
  return createHash('sha256').update(normal).digest('hex').slice(0, 32)
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

/** The same source sending the same article again under a new guid is not a new item. */
async function isExactRepeat(trx: Transaction<Database>, sourceId: number, linkNorm: string | null, hash: string): Promise<boolean> {
  // One indexed lookup per column: an OR across two indexes would scan the table.
  const lookups = linkNorm ? ([['link_norm', linkNorm], ['content_hash', hash]] as const) : ([['content_hash', hash]] as const)
  for (const [column, value] of lookups) {
    const row = await trx.selectFrom('items').select('id').where(column, '=', value).where('source_id', '=', sourceId).limit(1).executeTakeFirst()
    if (row) return true
  }
  return false
}

/**
 * Stores a batch of items not seen before from one source, in one transaction: either all of
 * the batch's items, their stories and their events are committed, or none are (so kill -9
 * mid-poll loses and duplicates nothing: what was not committed is still new to the next poll).
 */
export async function storeNewItems(
  db: Kysely<Database>,
  sourceId: number,
  parsed: ParsedItem[],
  tags: ItemTags[],
  now: Date,
  options: StoreOptions = {},
): Promise<StoredBatch> {
  const at = now.toISOString()
  return db.transaction().execute(async (trx) => {
    const items: Item[] = []
    const seqs: number[] = []
    const stories = new Map<number, { story: Story; seq: number }>()
    // Feeds list newest first; store oldest first so ids follow time.
    for (let i = parsed.length - 1; i >= 0; i--) {
      const p = parsed[i]!
      const t = tags[i] ?? EMPTY_TAGS
      const linkNorm = normaliseLink(p.link)
      const hash = contentHash(p.title, p.summary)
      if (await isExactRepeat(trx, sourceId, linkNorm, hash)) continue
      const signature = minhash(shingles(storyText(p.title, p.summary), options.tokenize))
      const report = { itemId: 0, sourceId, title: p.title, linkNorm, contentHash: hash, signature }
      const storyId = await findStory(trx, report, at)
      const row = await trx
        .insertInto('items')
        .values({
          source_id: sourceId,
          guid: p.guid,
          title: p.title,
          link: p.link,
          link_norm: linkNorm,
          summary: p.summary,
          published_at: p.published,
          first_seen_at: at,
          content_hash: hash,
          departments: JSON.stringify(t.departments),
          region: t.region && JSON.stringify(t.region),
          unit: t.unit && JSON.stringify(t.unit),
          severity: t.severity && JSON.stringify(t.severity),
          story_id: storyId,
        })
        .onConflict((oc) => oc.columns(['source_id', 'guid']).doNothing())
        .returningAll()
        .executeTakeFirst()
      if (!row) continue
      const assigned = await addReport(trx, storyId, { ...report, itemId: row.id }, at)
      if (storyId === null) await trx.updateTable('items').set({ story_id: assigned.story.id }).where('id', '=', row.id).execute()
      stories.set(assigned.story.id, assigned)
      items.push({ ...toItem(row), story_id: assigned.story.id })
      seqs.push(await appendEvent(trx, { at, type: 'item.created', entity: 'item', entity_id: row.id, actor: 'poller', payload: { source_id: sourceId, story_id: assigned.story.id } }))
    }
    return { items, seqs, stories: [...stories.values()] }
  })
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
