import type { Kysely } from 'kysely'
import type { Agent } from 'undici'
import { YqError } from '@shared/errors.ts'
import type { ItemTags } from '@shared/types/item.ts'
import type { Source, TagSource } from '@shared/types/source.ts'
import { appendEvent, type Database, type NewEvent } from '../db/index.ts'
import type { Realtime } from '../realtime/index.ts'
import { backoffSeconds, healthAfterFailures } from './backoff.ts'
import { FeedFetchError, fetchFeed, type FetchLimits } from './fetch-feed.ts'
import type { Tokenizer } from './dedupe.ts'
import { knownGuids, queueNewItems } from './item-store.ts'
import type { ParsedItem } from './feed-formats.ts'
import type { FeedReader } from './parse-thread.ts'
import { toSimplified } from './simplify.ts'
import { getSource, type StoredSource } from './source-store.ts'
import { groupCommitOf } from './group-commit.ts'

/** One item as tagging reads it: Simplified text and, when known, the outlet it came from. */
export interface TagInput {
  title: string
  text: string
  source?: TagSource | null
}

/** Tags a batch of new items; the classify concern provides it, ingestion works without it. */
export type TagItems = (items: TagInput[]) => Promise<ItemTags[]>

/** Everything one poll needs; the Poller builds it once. */
export interface PollContext {
  db: Kysely<Database>
  realtime: Realtime
  agentFor: (source: StoredSource) => Agent
  limits: FetchLimits
  allowPrivateFeeds: boolean
  tagItems?: TagItems
  tokenize?: Tokenizer
  now: () => Date
  random: () => number
  /** Reads fetched documents and pushed posts off the event loop. */
  reader: FeedReader
  /** New items stored per poll or push (YQ_FEED_MAX_ITEMS). */
  maxItemsPerPoll: number
}

export const DEFAULT_MAX_ITEMS_PER_POLL = 500
/**
 * New items written per transaction. better-sqlite3 is synchronous, so a transaction holds the
 * event loop from its first statement to its commit: 5,000 items in one took 46 s. Between two
 * batches the loop runs, so health checks, walls and other sources go on.
 */
export const ITEMS_PER_BATCH = 25
/** A poll that left new items for later comes back this soon, not a whole interval later. */
export const BACKLOG_REPOLL_S = 5

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

export interface IngestOutcome {
  newItems: number
  /** New items seen but left for the next poll by the per-poll cap. */
  backlog: number
}

/** Hands new items to tagging in Simplified; the stored item keeps the characters it was published with. */
export async function tagFresh(tagItems: TagItems | undefined, fresh: ParsedItem[], source: TagSource | null = null): Promise<ItemTags[]> {
  if (!fresh.length || !tagItems) return []
  return tagItems(fresh.map((i) => ({ title: toSimplified(i.title), text: toSimplified(i.summary ?? ''), source })))
}

/** The outlet as tagging reads it (its name and the place set on it), read once per batch of a poll. */
export async function tagSourceOf(db: Kysely<Database>, sourceId: number): Promise<TagSource | null> {
  const row = await db.selectFrom('sources').select(['name', 'place']).where('id', '=', sourceId).executeTakeFirst()
  return row ? { name: row.name, place: row.place } : null
}

async function onlyNew(db: Kysely<Database>, sourceId: number, items: ParsedItem[]): Promise<ParsedItem[]> {
  const seen = new Set<string>()
  const unique = items.filter((i) => i.guid && !seen.has(i.guid) && seen.add(i.guid))
  const known = await knownGuids(db, sourceId, unique.map((i) => i.guid))
  return unique.filter((i) => !known.has(i.guid))
}

/**
 * New items of one source → tagged, stored, grouped into stories, then published (each batch
 * only after its commit). The one path for polled and pushed items alike. At most
 * `maxItemsPerPoll` new items are taken, the newest first; the rest are still new (their guids
 * are not stored) when the next poll reads the feed again, so they are taken then.
 */
export async function ingestItems(ctx: IngestContext, sourceId: number, items: ParsedItem[]): Promise<IngestOutcome> {
  const fresh = await onlyNew(ctx.db, sourceId, items)
  const taken = fresh.slice(0, ctx.maxItemsPerPoll)
  // The outlet's place settles items that only say 我市 (docs/tagging-guideline.md §2.3).
  const source = taken.length > 0 && ctx.tagItems ? await tagSourceOf(ctx.db, sourceId) : null
  let newItems = 0
  // Feeds list newest first; batches go oldest first so ids follow time.
  for (let end = taken.length; end > 0; end -= ITEMS_PER_BATCH) {
    if (end < taken.length) await yieldToLoop()
    const batch = taken.slice(Math.max(0, end - ITEMS_PER_BATCH), end)
    // While this batch is tagged, a group about to commit may wait a moment for it (group-commit.ts).
    const arrived = groupCommitOf(ctx.db).expect()
    let tags: ItemTags[]
    try {
      tags = await tagFresh(ctx.tagItems, batch, source)
    } finally {
      arrived()
    }
    const stored = await queueNewItems(ctx.db, sourceId, batch, tags, ctx.now(), { tokenize: ctx.tokenize })
    stored.items.forEach((item, i) => ctx.realtime.publish('item:created', { seq: stored.seqs[i]!, data: item }))
    for (const { story, seq } of stored.stories) ctx.realtime.publish('story:updated', { seq, data: story })
    newItems += stored.items.length
  }
  return { newItems, backlog: fresh.length - taken.length }
}

export type IngestContext = Pick<PollContext, 'db' | 'realtime' | 'tagItems' | 'tokenize' | 'now' | 'maxItemsPerPoll'>

/** Fetches, parses and stores one source. Throws on failure. */
export async function pollSource(ctx: PollContext, source: StoredSource): Promise<IngestOutcome> {
  const { db } = ctx
  const allowPrivate = ctx.allowPrivateFeeds || source.builtin === 1
  const result = await fetchFeed({ url: source.url, etag: source.etag, lastModified: source.last_modified, allowPrivate }, ctx.agentFor(source), ctx.limits, ctx.now())
  let outcome: IngestOutcome = { newItems: 0, backlog: 0 }
  let charset = source.charset
  let kind = source.kind
  let problem: string | null = null
  if (result.status === 'ok') {
    const feed = await ctx.reader.parseFeed(result.bytes, result.contentType, result.url)
    charset = feed.encoding
    problem = feed.problem
    // A source added without a kind learns it from its first readable answer.
    if (kind === 'auto') kind = feed.format
    outcome = await ingestItems(ctx, source.id, feed.items)
  }
  const health = problem ? 'degraded' : 'ok'
  const wasHealthy = source.health === health && source.last_error === problem && source.charset === charset && source.kind === kind
  const now = ctx.now()
  const waitS = outcome.backlog > 0 ? Math.min(source.interval_s, BACKLOG_REPOLL_S) : source.interval_s
  const polled = !wasHealthy || outcome.newItems > 0
  // The source's row and its event share a group commit with other sources' batches (one
  // commit where there were three: the items', the row's and the event's). The items are
  // committed already: a crash before this commit only polls the feed again, finding them known.
  const seq = await groupCommitOf(db).submit(1, async (trx) => {
    await trx
      .updateTable('sources')
      .set({
        health,
        last_error: problem,
        last_error_code: null,
        fail_count: 0,
        last_success_at: now.toISOString(),
        last_polled_at: now.toISOString(),
        next_poll_at: new Date(now.getTime() + waitS * 1000).toISOString(),
        charset,
        kind,
        // With items left over, the next request must not be answered 304 Not Modified: no validators.
        ...(result.status === 'ok' ? (outcome.backlog > 0 ? { etag: null, last_modified: null } : { etag: result.etag, last_modified: result.lastModified }) : {}),
      })
      .where('id', '=', source.id)
      .execute()
    return polled ? appendEvent(trx, sourceEvent(now, source.id, 'source.polled', outcome.backlog > 0 ? { backlog: outcome.backlog } : {})) : null
  })
  if (seq !== null) await sendSource(ctx, source.id, seq, now)
  return outcome
}

/** Marks the source degraded or failing with the reason, and schedules its retry with backoff. */
export async function recordFailure(ctx: PollContext, source: StoredSource, err: unknown): Promise<string> {
  const reason = err instanceof YqError ? err.message : `unexpected error: ${String(err)}`
  const code = err instanceof YqError ? err.code : null
  const retryAfter = err instanceof FeedFetchError ? err.retryAfterS : null
  const failures = source.fail_count + 1
  const now = ctx.now()
  const wait = backoffSeconds(source.interval_s, failures, ctx.random(), retryAfter)
  await ctx.db
    .updateTable('sources')
    .set({
      health: healthAfterFailures(failures, code),
      last_error: reason,
      last_error_code: code,
      fail_count: failures,
      last_polled_at: now.toISOString(),
      next_poll_at: new Date(now.getTime() + wait * 1000).toISOString(),
    })
    .where('id', '=', source.id)
    .execute()
  await publishSource(ctx, source.id, 'source.failed', { reason, code, retry_in_s: wait })
  return reason
}

const sourceEvent = (at: Date, sourceId: number, type: string, payload: object, actor = 'poller'): NewEvent => ({ at: at.toISOString(), type, entity: 'source', entity_id: sourceId, actor, payload })

/** Sends the source as it now is, after its event `seq` committed. */
async function sendSource(ctx: Pick<PollContext, 'db' | 'realtime'>, sourceId: number, seq: number, at: Date): Promise<void> {
  const source: Source | undefined = await getSource(ctx.db, sourceId, at)
  if (source) ctx.realtime.publish('source:updated', { seq, data: source })
}

/** Records a change to a source in the event log and sends the source as it now is. */
export async function publishSource(ctx: Pick<PollContext, 'db' | 'realtime' | 'now'>, sourceId: number, type: string, payload: object = {}, actor = 'poller'): Promise<void> {
  const at = ctx.now()
  const seq = await appendEvent(ctx.db, sourceEvent(at, sourceId, type, payload, actor))
  await sendSource(ctx, sourceId, seq, at)
}
