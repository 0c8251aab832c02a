import { PeriodicPass } from '../periodic.ts'
import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import { CHANNEL_SPECS, type ChannelKind, type NotifyCause, type OutgoingMessage } from '@shared/notify/channels.ts'
import { MAX_ATTEMPTS, RATE_LIMIT_HOLD_MS, RETRY_BASE_MS, refill, retryDelayMs, type Bucket } from '@shared/notify/delivery-policy.ts'
import { renderDigest, renderMessage, type MessageFacts, type RenderedMessage } from '@shared/notify/render.ts'
import { minIntervalUntil } from '@shared/notify/rules.ts'
import type { Level } from '@shared/types/case.ts'
import type { Database } from '../db/index.ts'
import type { ChannelAdapter, ChannelDeployment, SendResult } from './channels/channel.ts'
import { recordOutcome, type ChangedCases, type ChannelRef, type Outcome, type OutboxMessage } from './outcome.ts'
import { loadRule } from './rule-store.ts'
import './schema.ts'

export interface DispatcherOptions {
  db: Kysely<Database>
  adapters: Readonly<Record<ChannelKind, ChannelAdapter>>
  /** Absolute base of the links in messages (YQ_PUBLIC_URL, or http://host:port). */
  baseUrl: () => string
  deployment: ChannelDeployment
  log: Pick<FastifyBaseLogger, 'error' | 'warn'>
  now: () => Date
  random: () => number
  tickMs: number
  /** Called after each commit that changed case timelines, to publish case:updated. */
  onCasesChanged: (changed: ChangedCases) => void
  retryBaseMs?: number
  /** Test seam: how long a rate-limited channel is left alone, overriding the channel's own answer. */
  rateLimitHoldMs?: number
  maxAttempts?: number
  sendTimeoutMs?: number
  /** Several processes: a pass runs only in the one holding the notification lease (false = skip this pass). */
  gate?: () => Promise<boolean>
}

interface Row extends OutboxMessage {
  channel_id: number
  level: string
  payload: string
  idempotency_key: string
  attempts: number
}

const BATCH = 2000

/**
 * Delivers the outbox at least once. A row stays `pending` until its channel has answered, so a
 * crash mid-send sends it again after restart (receivers deduplicate on the idempotency key).
 * Per channel: a token bucket for the provider's rate; once a channel is limited (its own "too
 * many" answer, or more due than tokens) what waits is merged into one digest, split to the
 * channel's size, never dropped and never sent one by one.
 */
export class Dispatcher {
  private readonly loop: PeriodicPass<number>
  private readonly buckets = new Map<number, Bucket>()
  private readonly blockedUntil = new Map<number, number>()
  /** Channels that were limited: their next send is a digest of all that waited. */
  private readonly digestNext = new Set<number>()

  constructor(private readonly opts: DispatcherOptions) {
    const { gate } = opts
    const pass = () => (gate ? gate().then((mine) => (mine ? this.tickOnce() : 0)) : this.tickOnce())
    this.loop = new PeriodicPass(pass, { everyMs: opts.tickMs, log: opts.log, failure: 'notification dispatch failed', fallback: 0 })
  }

  start(): void {
    this.loop.start()
  }

  stop(): Promise<void> {
    return this.loop.stop()
  }

  /** One pass; returns how many outbox rows reached a final or deferred outcome. Overlapping calls share the pass. */
  tick(): Promise<number> {
    return this.loop.run()
  }

  private async tickOnce(): Promise<number> {
    const now = this.opts.now()
    const due = (await this.opts.db
      .selectFrom('notify_outbox')
      .select(['id', 'case_id', 'cause', 'recipient', 'idempotency_key', 'channel_id', 'level', 'payload', 'attempts'])
      .where('status', 'in', ['pending', 'held'])
      .where('next_attempt_at', '<=', now.toISOString())
      .orderBy('id')
      .limit(BATCH)
      .execute()) as Row[]
    const byChannel = new Map<number, Row[]>()
    for (const r of due) byChannel.set(r.channel_id, [...(byChannel.get(r.channel_id) ?? []), r])
    const counts = await Promise.all([...byChannel].map(([id, rows]) => this.dispatchChannel(id, rows, now).catch((err: unknown) => {
      this.opts.log.error({ err, channel: id }, 'notification channel dispatch failed')
      return 0
    })))
    return counts.reduce((a, b) => a + b, 0)
  }

  private async finish(channel: ChannelRef, rows: Row[], outcome: Outcome, now: Date): Promise<number> {
    const changed = await recordOutcome(this.opts.db, channel, rows, outcome, now, this.opts.maxAttempts ?? MAX_ATTEMPTS)
    if (changed.size > 0) this.opts.onCasesChanged(changed)
    return rows.length
  }

  private async dispatchChannel(channelId: number, rows: Row[], now: Date): Promise<number> {
    const { db, adapters } = this.opts
    const ch = await db.selectFrom('notify_channels').selectAll().where('id', '=', channelId).executeTakeFirst()
    const ref: ChannelRef = { id: channelId, kind: ch?.kind ?? 'unknown', name: ch?.name ?? `#${channelId}` }
    if (!ch || ch.enabled !== 1) return this.finish(ref, rows, { kind: 'failed', error: '渠道已停用或已删除', detail: null }, now)
    const adapter = adapters[ch.kind as ChannelKind]
    let config: unknown
    try {
      config = adapter.validate(JSON.parse(ch.config))
    } catch (err) {
      return this.finish(ref, rows, { kind: 'failed', error: '渠道配置无效', detail: err instanceof Error ? err.message.slice(0, 300) : null }, now)
    }
    if ((this.blockedUntil.get(channelId) ?? 0) > now.getTime()) return 0

    // 最小间隔 (level III/IV only): what comes sooner waits, and goes out merged.
    const rule = await loadRule(db, { owner_type: ch.owner_type as 'unit', owner_id: ch.owner_id })
    const ready: Row[] = []
    const waitUntil = new Map<number, Row[]>()
    for (const r of rows) {
      const until = minIntervalUntil(rule, r.level as Level, ch.last_ok_at ?? null, now)
      if (until) waitUntil.set(until.getTime(), [...(waitUntil.get(until.getTime()) ?? []), r])
      else ready.push(r)
    }
    for (const [at, held] of waitUntil) {
      await db.updateTable('notify_outbox').set({ status: 'held', next_attempt_at: new Date(at).toISOString() }).where('id', 'in', held.map((r) => r.id)).execute()
      this.digestNext.add(channelId)
    }
    if (ready.length === 0) return 0

    const spec = CHANNEL_SPECS[ch.kind as ChannelKind]
    const perMinute = spec.perMinute
    const bucket = perMinute === null ? null : refill(this.buckets.get(channelId), perMinute, now.getTime())
    const tokens = bucket ? Math.floor(bucket.tokens) : Infinity
    if (tokens < 1) {
      this.digestNext.add(channelId)
      return 0
    }
    const send = async (message: OutgoingMessage): Promise<SendResult> => {
      if (bucket) bucket.tokens -= 1
      const signal = AbortSignal.timeout(this.opts.sendTimeoutMs ?? 20_000)
      try {
        return await adapter.send(config, message, { signal, now: this.opts.now, deployment: this.opts.deployment })
      } catch (err) {
        // An adapter must not throw; if one does, the message is kept and tried again.
        return { ok: false, retryable: true, rateLimited: false, error: '发送程序出错', detail: err instanceof Error ? err.message.slice(0, 300) : undefined }
      }
    }
    try {
      if (this.digestNext.has(channelId) || ready.length > tokens) return await this.sendDigest(ref, ready, tokens, spec.maxChars, send, now)
      let done = 0
      for (const r of ready) {
        const message = { ...this.render(r, now), idempotencyKey: r.idempotency_key, cause: r.cause as NotifyCause, ...(r.case_id !== null ? { caseId: r.case_id } : {}) }
        const result = await send(message)
        done += await this.finish(ref, [r], this.outcomeOf(result, r, now), now)
        if (!result.ok && result.rateLimited) {
          this.limit(channelId, result.retryAfterMs, now)
          break
        }
      }
      return done
    } finally {
      if (bucket) this.buckets.set(channelId, bucket)
    }
  }

  /** Digest parts in order while tokens last; rows of parts not sent yet stay pending for the next pass. */
  private async sendDigest(ref: ChannelRef, rows: Row[], tokens: number, maxChars: number, send: (m: OutgoingMessage) => Promise<SendResult>, now: Date): Promise<number> {
    const parts = renderDigest(rows.map((r) => this.render(r, now)), maxChars)
    const range = `${rows[0]!.id}-${rows[rows.length - 1]!.id}`
    let done = 0
    for (const [n, part] of parts.entries()) {
      if (n >= tokens) return done
      const members = part.members.map((i) => rows[i]!)
      const key = `digest|ch:${ref.id}|${range}|${n + 1}`
      const result = await send({ ...part.message, idempotencyKey: key })
      done += await this.finish(ref, members, result.ok ? { kind: 'sent', digestKey: key } : this.outcomeOf(result, members[0]!, now), now)
      if (!result.ok) {
        if (result.rateLimited) this.limit(ref.id, result.retryAfterMs, now)
        return done
      }
    }
    this.digestNext.delete(ref.id)
    return done
  }

  private limit(channelId: number, retryAfterMs: number | undefined, now: Date): void {
    this.blockedUntil.set(channelId, now.getTime() + this.holdMs(retryAfterMs))
    this.digestNext.add(channelId)
  }

  /** The channel's own "wait this long", else a minute; a test seam compresses time over both. */
  private holdMs(retryAfterMs: number | undefined): number {
    return this.opts.rateLimitHoldMs ?? retryAfterMs ?? RATE_LIMIT_HOLD_MS
  }

  private render(r: Row, now: Date): RenderedMessage {
    return renderMessage(JSON.parse(r.payload) as MessageFacts, this.opts.baseUrl(), now)
  }

  private outcomeOf(result: SendResult, r: Row, now: Date): Outcome {
    if (result.ok) return { kind: 'sent', digestKey: null }
    const detail = result.detail ?? null
    if (result.rateLimited) {
      return { kind: 'later', at: new Date(now.getTime() + this.holdMs(result.retryAfterMs)), error: `${result.error}（已暂缓，稍后合并发送）`, detail, countsAsAttempt: false }
    }
    if (!result.retryable) return { kind: 'failed', error: result.error, detail }
    const wait = retryDelayMs(r.attempts + 1, this.opts.random(), this.opts.retryBaseMs ?? RETRY_BASE_MS)
    return { kind: 'later', at: new Date(now.getTime() + wait), error: result.error, detail, countsAsAttempt: true }
  }
}
