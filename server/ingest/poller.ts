import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import type { Agent } from 'undici'
import { YqError } from '@shared/errors.ts'
import type { ItemTags } from '@shared/types/item.ts'
import type { Source } from '@shared/types/source.ts'
import type { Database } from '../db/schema.ts'
import { appendEvent } from '../db/event-log.ts'
import type { Realtime } from '../realtime/plugin.ts'
import { backoffSeconds, healthAfterFailures } from './backoff.ts'
import { fetchFeed } from './fetch-feed.ts'
import { knownGuids, storeNewItems } from './item-store.ts'
import { parseFeedBytes, type ParsedItem } from './parse-feed.ts'
import { toSimplified } from './simplify.ts'
import { getSource, type StoredSource } from './source-store.ts'

/** Tags a batch of new items; the classify concern provides it, ingestion works without it. */
export type TagItems = (items: { title: string; text: string }[]) => Promise<ItemTags[]>

export interface PollerDeps {
  db: Kysely<Database>
  realtime: Realtime
  agent: Agent
  log: FastifyBaseLogger
  allowPrivateFeeds: boolean
  tickMs: number
  tagItems?: TagItems
  now?: () => Date
  random?: () => number
}

export interface PollOutcome {
  sourceId: number
  newItems: number
  error: string | null
}

/** Sources polled at once; more wait for the next tick. */
const MAX_CONCURRENT_POLLS = 16

export class Poller {
  private timer: NodeJS.Timeout | null = null
  private readonly inFlight = new Map<number, Promise<PollOutcome>>()
  private stopping = false
  private readonly now: () => Date
  private readonly random: () => number

  constructor(private readonly deps: PollerDeps) {
    this.now = deps.now ?? (() => new Date())
    this.random = deps.random ?? Math.random
  }

  start(): void {
    this.stopping = false
    this.timer = setInterval(() => void this.tick(), this.deps.tickMs)
    void this.tick()
  }

  /** Stops scheduling and waits for polls under way to finish their writes. */
  async stop(): Promise<void> {
    this.stopping = true
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    await Promise.allSettled([...this.inFlight.values()])
  }

  /** Polls one source now, whatever its schedule; joins a poll already under way. */
  pollNow(sourceId: number): Promise<PollOutcome> {
    const running = this.inFlight.get(sourceId)
    if (running) return running
    const poll = this.pollById(sourceId).finally(() => this.inFlight.delete(sourceId))
    this.inFlight.set(sourceId, poll)
    return poll
  }

  private async tick(): Promise<void> {
    if (this.stopping) return
    const free = MAX_CONCURRENT_POLLS - this.inFlight.size
    if (free <= 0) return
    const due = await this.deps.db
      .selectFrom('sources')
      .select('id')
      .where('enabled', '=', 1)
      .where('kind', '!=', 'push')
      .where('next_poll_at', '<=', this.now().toISOString())
      .orderBy('next_poll_at')
      .limit(free + this.inFlight.size)
      .execute()
    for (const { id } of due) {
      if (this.stopping || this.inFlight.size >= MAX_CONCURRENT_POLLS) break
      if (!this.inFlight.has(id)) void this.pollNow(id)
    }
  }

  private async pollById(sourceId: number): Promise<PollOutcome> {
    const source = await this.deps.db.selectFrom('sources').selectAll().where('id', '=', sourceId).executeTakeFirst()
    if (!source) return { sourceId, newItems: 0, error: 'no such source' }
    try {
      const newItems = await this.pollSource(source)
      return { sourceId, newItems, error: null }
    } catch (err) {
      const reason = err instanceof YqError ? err.message : `unexpected error: ${String(err)}`
      if (!(err instanceof YqError)) this.deps.log.error({ err, sourceId }, 'poll failed unexpectedly')
      await this.recordFailure(source, reason)
      return { sourceId, newItems: 0, error: reason }
    }
  }

  private async pollSource(source: StoredSource): Promise<number> {
    const { db, realtime } = this.deps
    const result = await fetchFeed(
      { url: source.url, etag: source.etag, lastModified: source.last_modified, allowPrivate: this.deps.allowPrivateFeeds || source.builtin === 1 },
      this.deps.agent,
    )
    let stored = { items: [] as Awaited<ReturnType<typeof storeNewItems>>['items'], seqs: [] as number[] }
    let charset = source.charset
    if (result.status === 'ok') {
      const feed = await parseFeedBytes(result.bytes, result.contentType, source.url)
      charset = feed.encoding
      const fresh = await this.onlyNew(source.id, feed.items)
      // Tagging reads Simplified; the stored item keeps the characters it was published with.
      const forTagging = fresh.map((i) => ({ title: toSimplified(i.title), text: toSimplified(i.summary ?? '') }))
      const tags = fresh.length && this.deps.tagItems ? await this.deps.tagItems(forTagging) : []
      stored = await storeNewItems(db, source.id, fresh, tags, this.now())
    }
    const wasHealthy = source.health === 'ok' && source.charset === charset
    const now = this.now()
    await db
      .updateTable('sources')
      .set({
        health: 'ok',
        last_error: null,
        fail_count: 0,
        last_success_at: now.toISOString(),
        last_polled_at: now.toISOString(),
        next_poll_at: new Date(now.getTime() + source.interval_s * 1000).toISOString(),
        charset,
        ...(result.status === 'ok' ? { etag: result.etag, last_modified: result.lastModified } : {}),
      })
      .where('id', '=', source.id)
      .execute()
    stored.items.forEach((item, i) => realtime.publish('item:created', { seq: stored.seqs[i]!, data: item }))
    if (!wasHealthy || stored.items.length > 0) await this.publishSource(source.id, 'source.polled')
    return stored.items.length
  }

  private async onlyNew(sourceId: number, items: ParsedItem[]): Promise<ParsedItem[]> {
    const seen = new Set<string>()
    const unique = items.filter((i) => i.guid && !seen.has(i.guid) && seen.add(i.guid))
    const known = await knownGuids(this.deps.db, sourceId, unique.map((i) => i.guid))
    return unique.filter((i) => !known.has(i.guid))
  }

  private async recordFailure(source: StoredSource, reason: string): Promise<void> {
    const failures = source.fail_count + 1
    const now = this.now()
    const wait = backoffSeconds(source.interval_s, failures, this.random())
    await this.deps.db
      .updateTable('sources')
      .set({
        health: healthAfterFailures(failures),
        last_error: reason,
        fail_count: failures,
        last_polled_at: now.toISOString(),
        next_poll_at: new Date(now.getTime() + wait * 1000).toISOString(),
      })
      .where('id', '=', source.id)
      .execute()
    await this.publishSource(source.id, 'source.failed', { reason })
  }

  private async publishSource(sourceId: number, type: string, payload: object = {}): Promise<void> {
    const at = this.now()
    const seq = await appendEvent(this.deps.db, { at: at.toISOString(), type, entity: 'source', entity_id: sourceId, actor: 'poller', payload })
    const source: Source | undefined = await getSource(this.deps.db, sourceId, at)
    if (source) this.deps.realtime.publish('source:updated', { seq, data: source })
  }
}
