import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import type { Agent } from 'undici'
import { YqError } from '@shared/errors.ts'
import type { LeaseClock } from '../cluster/index.ts'
import { releaseSource, renewSource, takeDueSources, takeSource } from './source-leases.ts'
import type { Database } from '../db/index.ts'
import type { Realtime } from '../realtime/index.ts'
import { createFeedAgent, DEFAULT_LIMITS, type FetchLimits } from './fetch-feed.ts'
import type { Tokenizer } from './dedupe.ts'
import { HostLimiter } from './host-limiter.ts'
import { ThreadFeedReader, type FeedReader } from './parse-thread.ts'
import { DEFAULT_MAX_ITEMS_PER_POLL, pollSource, recordFailure, type PollContext, type TagInput, type TagItems } from './poll-source.ts'

export type { TagInput, TagItems }

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
  /**
   * Several processes share the sources (YQ_REDIS_URL): each poll first takes the source's lease
   * as `holder`, renews it while the poll runs, and lets it go after. Absent: one process, no leases.
   */
  lease?: { holder: string; leaseMs: number }
}

export const DEFAULT_PARSE_TIMEOUT_MS = 20_000

export interface PollOutcome {
  sourceId: number
  newItems: number
  error: string | null
  /** Another process holds the source's lease and is polling it now: this one did not. */
  elsewhere?: true
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
  /** Where this process serves the built-in (demo) feed itself; null until it listens. */
  private builtinUrl: string | null = null

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
    this.timer = setInterval(() => void this.scheduledTick(), this.deps.tickMs)
    void this.scheduledTick()
  }

  /**
   * A tick the timer (or a finished poll) starts has no caller to answer: a store that fails under
   * it (a PostgreSQL restart, a full disk) is logged and the next tick tries again, rather than
   * becoming an unhandled rejection, which ends a Node process.
   */
  private scheduledTick(): Promise<void> {
    return this.tick().catch((err: unknown) => {
      if (!this.stopping) this.deps.log.error({ err }, 'feed poll tick failed')
    })
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

  /**
   * Built-in sources are read from this process's own server rather than from the URL stored:
   * that URL names the process that started last, which may have stopped, or run on another host.
   */
  serveBuiltinAt(url: string): void {
    this.builtinUrl = url
  }

  /** Polls one source now, whatever its schedule; joins a poll already under way. */
  pollNow(sourceId: number): Promise<PollOutcome> {
    return this.startPoll(sourceId, false)
  }

  /**
   * `scheduled`: started because the source was due, so it is polled only if it still is when its
   * lease is taken; `taken`: the tick took its lease already (takeDueSources).
   */
  private startPoll(sourceId: number, scheduled: boolean | 'taken'): Promise<PollOutcome> {
    const running = this.inFlight.get(sourceId)
    if (running) return running
    const poll = this.leased(sourceId, scheduled).finally(() => {
      this.inFlight.delete(sourceId)
      // A finished poll frees a slot: start the next due source now rather than at the next tick.
      if (this.timer && !this.stopping) void this.scheduledTick()
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
        void this.startPoll(next!.id, true).then((o) => {
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
      // Another process's poll under way is skipped; its lease running out (the process died) makes the source due here.
      .$if(this.deps.lease !== undefined, (qb) => qb.where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<=', new Date().toISOString())])))
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
      const due = await this.dueSources(free + this.inFlight.size + 64)
      if (this.deps.lease) return await this.takeAndStart(due, free)
      for (const { id, host } of due) {
        if (this.stopping || this.inFlight.size >= this.maxConcurrent) break
        if (!this.inFlight.has(id) && !this.hosts.isFull(host)) void this.startPoll(id, true)
      }
    } finally {
      this.ticking = false
    }
  }

  /**
   * Several processes: the sources this tick can start (free slots, hosts not full) are leased in
   * one statement, skipping rows another process is taking at the same moment, and only those
   * taken are polled here.
   */
  private async takeAndStart(due: readonly { id: number; host: string }[], free: number): Promise<void> {
    const perHost = new Map<string, number>()
    const chosen: number[] = []
    for (const { id, host } of due) {
      if (chosen.length >= free) break
      if (this.inFlight.has(id) || this.hosts.isFull(host)) continue
      // The host's slots this tick would fill, beside the polls already running there.
      const planned = (perHost.get(host) ?? 0) + 1
      if (planned > (this.deps.perHostLimit ?? PER_HOST_POLLS) - this.hosts.activeOn(host)) continue
      perHost.set(host, planned)
      chosen.push(id)
    }
    const taken = await takeDueSources(this.deps.db, chosen, this.deps.lease!.holder, this.leaseClock(), this.ctx.now().toISOString())
    for (const id of taken) {
      // Stopped meanwhile: hand the lease back rather than leave it to expire.
      if (this.stopping) await releaseSource(this.deps.db, id, this.deps.lease!.holder)
      else void this.startPoll(id, 'taken')
    }
  }

  /** Real time, not the test clock: a lease is about processes dying, which no test clock moves. */
  private leaseClock(): LeaseClock {
    return { now: () => new Date(), leaseMs: this.deps.lease!.leaseMs }
  }

  private async leased(sourceId: number, scheduled: boolean | 'taken'): Promise<PollOutcome> {
    const lease = this.deps.lease
    if (!lease) return this.pollById(sourceId)
    const { db } = this.deps
    const clock = this.leaseClock()
    if (scheduled !== 'taken' && !(await takeSource(db, sourceId, lease.holder, clock, scheduled ? this.ctx.now().toISOString() : undefined))) return { sourceId, newItems: 0, error: null, elsewhere: true }
    // Renewed well before it runs out, so a slow feed (up to its fetch and parse timeouts) keeps its one poller.
    const renew = setInterval(() => {
      renewSource(db, sourceId, lease.holder, clock).catch((err: unknown) => this.deps.log.warn({ err, sourceId }, 'source lease not renewed'))
    }, Math.max(100, Math.floor(lease.leaseMs / 3)))
    renew.unref()
    try {
      return await this.pollById(sourceId)
    } finally {
      clearInterval(renew)
      await releaseSource(db, sourceId, lease.holder).catch((err: unknown) => this.deps.log.warn({ err, sourceId }, 'source lease not released; it expires'))
    }
  }

  private async pollById(sourceId: number): Promise<PollOutcome> {
    const stored = await this.deps.db.selectFrom('sources').selectAll().where('id', '=', sourceId).executeTakeFirst()
    if (!stored) return { sourceId, newItems: 0, error: 'no such source' }
    const source = stored.builtin === 1 && this.builtinUrl ? { ...stored, url: this.builtinUrl } : stored
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
