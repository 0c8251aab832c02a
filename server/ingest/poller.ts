import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import type { Agent } from 'undici'
import { YqError } from '@shared/errors.ts'
import type { Database } from '../db/schema.ts'
import type { Realtime } from '../realtime/plugin.ts'
import { createFeedAgent, DEFAULT_LIMITS, type FetchLimits } from './fetch-feed.ts'
import type { Tokenizer } from './dedupe.ts'
import { HostLimiter } from './host-limiter.ts'
import { ThreadFeedReader, type FeedReader } from './parse-thread.ts'
import { DEFAULT_MAX_ITEMS_PER_POLL, pollSource, recordFailure, type PollContext, type TagItems } from './poll-source.ts'

export type { TagItems }

export interface PollerDeps {
  db: Kysely<Database>
  realtime: Realtime
  agent: Agent
  log: FastifyBaseLogger
  allowPrivateFeeds: boolean
  tickMs: number
  tagItems?: TagItems
  /** Word segmentation for near-duplicate detection; character bigrams without it. */
  tokenize?: Tokenizer
  now?: () => Date
  random?: () => number
  limits?: FetchLimits
  /** Polls under way at once, over all hosts. */
  maxConcurrentPolls?: number
  /** Polls under way at once against one host. */
  perHostLimit?: number
  /** New items stored per poll or push; the rest wait for the next poll. */
  maxItemsPerPoll?: number
  /** Time allowed to read one document in the reading thread. */
  parseTimeoutMs?: number
}

export const DEFAULT_PARSE_TIMEOUT_MS = 20_000

export interface PollOutcome {
  sourceId: number
  newItems: number
  error: string | null
}

export const MAX_CONCURRENT_POLLS = 32
/** Politeness: many sources on one site (a portal's channels) are not all fetched at once. */
export const PER_HOST_POLLS = 4

export class Poller {
  private timer: NodeJS.Timeout | null = null
  private readonly inFlight = new Map<number, Promise<PollOutcome>>()
  private stopping = false
  private ticking = false
  private readonly hosts: HostLimiter
  private readonly maxConcurrent: number
  /** Shared with the push route, so pushed items take the same path as polled ones. */
  readonly ctx: PollContext
  /** Built-in (demo) sources live on loopback even where private feeds are refused. */
  private builtinAgent: Agent | null = null
  private readonly reader: ThreadFeedReader

  constructor(private readonly deps: PollerDeps) {
    this.hosts = new HostLimiter(deps.perHostLimit ?? PER_HOST_POLLS)
    this.maxConcurrent = deps.maxConcurrentPolls ?? MAX_CONCURRENT_POLLS
    const limits = deps.limits ?? DEFAULT_LIMITS
    this.reader = new ThreadFeedReader(deps.parseTimeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS)
    const reader: FeedReader = this.reader
    this.ctx = {
      reader,
      maxItemsPerPoll: deps.maxItemsPerPoll ?? DEFAULT_MAX_ITEMS_PER_POLL,
      db: deps.db,
      realtime: deps.realtime,
      limits,
      allowPrivateFeeds: deps.allowPrivateFeeds,
      tagItems: deps.tagItems,
      tokenize: deps.tokenize,
      now: deps.now ?? (() => new Date()),
      random: deps.random ?? Math.random,
      agentFor: (source) => {
        if (source.builtin !== 1 || deps.allowPrivateFeeds) return deps.agent
        this.builtinAgent ??= createFeedAgent(limits, { allowPrivate: true })
        return this.builtinAgent
      },
    }
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
    await this.builtinAgent?.close()
    this.builtinAgent = null
    await this.reader.close()
  }

  /** Polls one source now, whatever its schedule; joins a poll already under way. */
  pollNow(sourceId: number): Promise<PollOutcome> {
    const running = this.inFlight.get(sourceId)
    if (running) return running
    const poll = this.pollById(sourceId).finally(() => {
      this.inFlight.delete(sourceId)
      // A finished poll frees a slot: start the next due source now rather than at the next tick.
      if (this.timer && !this.stopping) void this.tick()
    })
    this.inFlight.set(sourceId, poll)
    return poll
  }

  /**
   * One full cycle: polls every due source (within the concurrency and per-host limits) and
   * resolves when all of them are done. The timer's ticks do the same a slot at a time.
   */
  async pollDue(): Promise<PollOutcome[]> {
    // Sources already being polled (by a tick or the API) are theirs to finish, not ours to repeat.
    let queue = (await this.dueSources(100_000)).filter((s) => !this.inFlight.has(s.id))
    const outcomes: PollOutcome[] = []
    let mine = 0
    while (queue.length > 0) {
      const index = mine < this.maxConcurrent ? queue.findIndex((s) => !this.hosts.isFull(s.host)) : -1
      if (index >= 0) {
        const [next] = queue.splice(index, 1)
        mine++
        void this.pollNow(next!.id).then((o) => {
          mine--
          outcomes.push(o)
        })
        continue
      }
      if (this.inFlight.size === 0) break
      await Promise.race(this.inFlight.values())
      queue = queue.filter((s) => !this.inFlight.has(s.id))
    }
    await Promise.allSettled([...this.inFlight.values()])
    return outcomes
  }

  private async dueSources(limit: number): Promise<{ id: number; host: string }[]> {
    const rows = await this.deps.db
      .selectFrom('sources')
      .select(['id', 'url'])
      .where('enabled', '=', 1)
      .where('kind', '!=', 'push')
      .where('next_poll_at', '<=', this.ctx.now().toISOString())
      .orderBy('next_poll_at')
      .limit(limit)
      .execute()
    return rows.map((r) => ({ id: r.id, host: HostLimiter.hostOf(r.url) }))
  }

  private async tick(): Promise<void> {
    if (this.stopping || this.ticking) return
    this.ticking = true
    try {
      const free = this.maxConcurrent - this.inFlight.size
      if (free <= 0) return
      for (const { id, host } of await this.dueSources(free + this.inFlight.size + 64)) {
        if (this.stopping || this.inFlight.size >= this.maxConcurrent) break
        if (!this.inFlight.has(id) && !this.hosts.isFull(host)) void this.pollNow(id)
      }
    } finally {
      this.ticking = false
    }
  }

  private async pollById(sourceId: number): Promise<PollOutcome> {
    const source = await this.deps.db.selectFrom('sources').selectAll().where('id', '=', sourceId).executeTakeFirst()
    if (!source) return { sourceId, newItems: 0, error: 'no such source' }
    const release = this.hosts.acquire(HostLimiter.hostOf(source.url))
    try {
      const { newItems } = await pollSource(this.ctx, source)
      return { sourceId, newItems, error: null }
    } catch (err) {
      if (!(err instanceof YqError)) this.deps.log.error({ err, sourceId }, 'poll failed unexpectedly')
      const reason = await recordFailure(this.ctx, source, err)
      return { sourceId, newItems: 0, error: reason }
    } finally {
      release()
    }
  }
}
