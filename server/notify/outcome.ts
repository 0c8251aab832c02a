import type { Kysely } from 'kysely'
import { CAUSE_NAMES } from '@shared/notify/render.ts'
import type { NotifyCause } from '@shared/notify/channels.ts'
import type { Database } from '../db/index.ts'
import { appendCaseEvent, logCaseChange } from '../cases/index.ts'
import './schema.ts'

export interface OutboxMessage {
  id: number
  case_id: number | null
  cause: string
  recipient: string
  idempotency_key: string
}

export interface ChannelRef {
  id: number
  kind: string
  name: string
}

export type Outcome =
  | { kind: 'sent'; digestKey: string | null }
  | { kind: 'failed'; error: string; detail: string | null }
  /** Try again at `at` (a retryable failure, or held back by a rate limit without spending an attempt). */
  | { kind: 'later'; at: Date; error: string; detail: string | null; countsAsAttempt: boolean }

/** Cases whose timeline changed, with the seq of their log entry: the caller publishes case:updated. */
export type ChangedCases = Map<number, number>

/**
 * Records one delivery outcome for the messages one send carried, in one transaction: the rows,
 * the channel's last_ok_at / last_error, and — for a final outcome — one timeline event per
 * message (`notified` or `notify_failed`), so the case page and the wall agree with the log.
 */
export async function recordOutcome(db: Kysely<Database>, channel: ChannelRef, rows: readonly OutboxMessage[], outcome: Outcome, now: Date, maxAttempts: number): Promise<ChangedCases> {
  const nowIso = now.toISOString()
  const ids = rows.map((r) => r.id)
  const changed: ChangedCases = new Map()
  await db.transaction().execute(async (trx) => {
    let final: 'sent' | 'failed' | null = outcome.kind === 'later' ? null : outcome.kind
    let error = outcome.kind === 'sent' ? null : outcome.error
    if (outcome.kind === 'sent') {
      await trx.updateTable('notify_outbox').set({ status: 'sent', sent_at: nowIso, last_error: null, last_detail: null, digest_key: outcome.digestKey }).where('id', 'in', ids).execute()
      await trx.updateTable('notify_channels').set({ last_ok_at: nowIso, last_error: null }).where('id', '=', channel.id).execute()
    } else if (outcome.kind === 'failed') {
      await trx.updateTable('notify_outbox').set((eb) => ({ status: 'failed', attempts: eb('attempts', '+', 1), last_error: outcome.error, last_detail: outcome.detail })).where('id', 'in', ids).execute()
    } else {
      const set = { status: 'pending' as const, next_attempt_at: outcome.at.toISOString(), last_error: outcome.error, last_detail: outcome.detail }
      await trx.updateTable('notify_outbox').set((eb) => ({ ...set, attempts: outcome.countsAsAttempt ? eb('attempts', '+', 1) : eb.ref('attempts') })).where('id', 'in', ids).execute()
      // A retryable failure that has used its last attempt is permanent: retry by hand from the log.
      if (outcome.countsAsAttempt) {
        const spent = await trx.selectFrom('notify_outbox').select('id').where('id', 'in', ids).where('attempts', '>=', maxAttempts).execute()
        if (spent.length === ids.length) {
          await trx.updateTable('notify_outbox').set({ status: 'failed' }).where('id', 'in', ids).execute()
          final = 'failed'
          error = `${outcome.error}（已重试 ${maxAttempts} 次）`
        }
      }
    }
    if (final === 'failed') await trx.updateTable('notify_channels').set({ last_error: error }).where('id', '=', channel.id).execute()
    if (final === null) return
    for (const r of rows) {
      if (r.case_id === null) continue
      const cause = CAUSE_NAMES[r.cause as NotifyCause] ?? r.cause
      const fields = {
        cause: r.cause,
        recipient: r.recipient,
        channel: { id: channel.id, kind: channel.kind, name: channel.name },
        delivery_id: r.id,
        ...(final === 'failed' ? { error: error ?? '' } : {}),
        note: final === 'sent' ? `${cause}通知已送达 ${r.recipient}（${channel.name}）` : `${cause}通知未送达 ${r.recipient}（${channel.name}）：${error ?? ''}`,
      }
      await appendCaseEvent(trx, r.case_id, final === 'sent' ? 'notified' : 'notify_failed', nowIso, 'system', fields, now)
      changed.set(r.case_id, await logCaseChange(trx, r.case_id, 'case.updated', 'system', { event: final === 'sent' ? 'notified' : 'notify_failed', delivery_id: r.id }, now))
    }
  })
  return changed
}
