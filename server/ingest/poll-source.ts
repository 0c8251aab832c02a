import type { Kysely } from 'kysely'
import type { Agent } from 'undici'
import { YqError } from '@shared/errors.ts'
import type { ItemTags } from '@shared/types/item.ts'
import type { Source } from '@shared/types/source.ts'
import type { Database } from '../db/schema.ts'
import { appendEvent } from '../db/event-log.ts'
import type { Realtime } from '../realtime/plugin.ts'
import { backoffSeconds, healthAfterFailures } from './backoff.ts'
import { FeedFetchError, fetchFeed, type FetchLimits } from './fetch-feed.ts'
import type { Tokenizer } from './dedupe.ts'
import { knownGuids, storeNewItems } from './item-store.ts'
import type { ParsedItem } from './feed-formats.ts'
import { parseFeedBytes } from './parse-feed.ts'
import { toSimplified } from './simplify.ts'
import { getSource, type StoredSource } from './source-store.ts'

/** Tags a batch of new items; the classify concern provides it, ingestion works without it. */
export type TagItems = (items: { title: string; text: string }[]) => Promise<ItemTags[]>

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
}

/** Hands new items to tagging in Simplified; the stored item keeps the characters it was published with. */
export async function tagFresh(tagItems: TagItems | undefined, fresh: ParsedItem[]): Promise<ItemTags[]> {
  if (!fresh.length || !tagItems) return []
  return tagItems(fresh.map((i) => ({ title: toSimplified(i.title), text: toSimplified(i.summary ?? '') })))
}

async function onlyNew(db: Kysely<Database>, sourceId: number, items: ParsedItem[]): Promise<ParsedItem[]> {
  const seen = new Set<string>()
  const unique = items.filter((i) => i.guid && !seen.has(i.guid) && seen.add(i.guid))
  const known = await knownGuids(db, sourceId, unique.map((i) => i.guid))
  return unique.filter((i) => !known.has(i.guid))
}

/**
 * New items of one source → tagged, stored, grouped into stories, then published (only after
 * the commit). The one path for polled and pushed items alike. Returns how many were new.
 */
export async function ingestItems(ctx: Omit<PollContext, 'agentFor' | 'limits' | 'allowPrivateFeeds' | 'random'>, sourceId: number, items: ParsedItem[]): Promise<number> {
  const fresh = await onlyNew(ctx.db, sourceId, items)
  if (fresh.length === 0) return 0
  const tags = await tagFresh(ctx.tagItems, fresh)
  const stored = await storeNewItems(ctx.db, sourceId, fresh, tags, ctx.now(), { tokenize: ctx.tokenize })
  stored.items.forEach((item, i) => ctx.realtime.publish('item:created', { seq: stored.seqs[i]!, data: item }))
  for (const { story, seq } of stored.stories) ctx.realtime.publish('story:updated', { seq, data: story })
  return stored.items.length
}

/** Fetches, parses and stores one source; returns how many items were new. Throws on failure. */
export async function pollSource(ctx: PollContext, source: StoredSource): Promise<number> {
  const { db } = ctx
  const allowPrivate = ctx.allowPrivateFeeds || source.builtin === 1
  const result = await fetchFeed({ url: source.url, etag: source.etag, lastModified: source.last_modified, allowPrivate }, ctx.agentFor(source), ctx.limits, ctx.now())
  let newItems = 0
  let charset = source.charset
  let kind = source.kind
  if (result.status === 'ok') {
    const feed = await parseFeedBytes(result.bytes, result.contentType, result.url)
    charset = feed.encoding
    // A source added without a kind learns it from its first readable answer.
    if (kind === 'auto') kind = feed.format
    newItems = await ingestItems(ctx, source.id, feed.items)
  }
  const wasHealthy = source.health === 'ok' && source.charset === charset && source.kind === kind
  const now = ctx.now()
  await db
    .updateTable('sources')
    .set({
      health: 'ok',
      last_error: null,
      last_error_code: null,
      fail_count: 0,
      last_success_at: now.toISOString(),
      last_polled_at: now.toISOString(),
      next_poll_at: new Date(now.getTime() + source.interval_s * 1000).toISOString(),
      charset,
      kind,
      ...(result.status === 'ok' ? { etag: result.etag, last_modified: result.lastModified } : {}),
    })
    .where('id', '=', source.id)
    .execute()
  if (!wasHealthy || newItems > 0) await publishSource(ctx, source.id, 'source.polled')
  return newItems
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

/** Records a change to a source in the event log and sends the source as it now is. */
export async function publishSource(ctx: Pick<PollContext, 'db' | 'realtime' | 'now'>, sourceId: number, type: string, payload: object = {}, actor = 'poller'): Promise<void> {
  const at = ctx.now()
  const seq = await appendEvent(ctx.db, { at: at.toISOString(), type, entity: 'source', entity_id: sourceId, actor, payload })
  const source: Source | undefined = await getSource(ctx.db, sourceId, at)
  if (source) ctx.realtime.publish('source:updated', { seq, data: source })
}
