import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { ErrorSchema } from '../http/index.ts'
import { ACCOUNTS, allow } from '../auth/index.ts'
import { caseTitles } from '../cases/index.ts'
import { canManage, requireOwner } from './ownership.ts'
import { loadRule, saveRule } from './rule-store.ts'
import { IdParams } from '@shared/api/common.ts'
import { type Delivery, DeliveryPage, DeliveryQuery, OwnerQuery, RetriedDelivery, RuleSchema } from '@shared/api/notify.ts'

const OFFICE = allow(['admin', 'operator'])

export interface DeliveryRouteOptions {
  now: () => Date
  /** Wakes the dispatcher after a retry so it goes now, not at the next tick. */
  wake: () => void
}

/** The delivery log (every message, its status and the channel's own error), retry, and the rules per owner. */
export const deliveryRoutes: FastifyPluginAsyncTypebox<DeliveryRouteOptions> = async (app, opts) => {
  const errors = { 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema }

  app.get('/api/notify/deliveries', { ...OFFICE, schema: { querystring: DeliveryQuery, response: { 200: DeliveryPage, ...errors } } }, async (req) => {
    const { status, case_id, channel_id, limit, cursor } = req.query
    let q = app.db
      .selectFrom('notify_outbox as o')
      .leftJoin('notify_channels as ch', 'ch.id', 'o.channel_id')
      .select(['o.id', 'o.case_id', 'o.story_id', 'o.cause', 'o.level', 'o.recipient', 'o.channel_id', 'ch.kind', 'ch.name', 'o.status', 'o.attempts', 'o.next_attempt_at', 'o.sent_at', 'o.last_error', 'o.last_detail', 'o.idempotency_key', 'o.digest_key', 'o.created_at'])
      .orderBy('o.id', 'desc')
      .limit(limit + 1)
    if (status) q = q.where('o.status', '=', status)
    if (case_id) q = q.where('o.case_id', '=', case_id)
    if (channel_id) q = q.where('o.channel_id', '=', channel_id)
    if (cursor) q = q.where('o.id', '<', cursor)
    const rows = await q.execute()
    const page = rows.slice(0, limit)
    // One more query for the page's case titles (cases' table, read through cases).
    const titles = await caseTitles(app.db, page.flatMap((r) => (r.case_id === null ? [] : [r.case_id])))
    return {
      // The stored columns are plain text; their values are the shared vocabularies.
      deliveries: page.map(({ channel_id: id, kind, name, ...r }) => ({
        ...r,
        cause: r.cause as Delivery['cause'],
        status: r.status as Delivery['status'],
        case_title: r.case_id === null ? null : (titles.get(r.case_id) ?? null),
        next_attempt_at: r.status === 'sent' || r.status === 'failed' ? null : r.next_attempt_at,
        // A deleted channel keeps its messages in the log.
        channel: { id, kind: (kind ?? 'unknown') as Delivery['channel']['kind'], name: name ?? `#${id}（已删除）` },
      })),
      next_cursor: rows.length > limit ? page[page.length - 1]!.id : null,
    }
  })

  app.post('/api/notify/deliveries/:id/retry', { ...OFFICE, schema: { params: IdParams, response: { 200: RetriedDelivery, ...errors } } }, async (req) => {
    const row = await app.db.selectFrom('notify_outbox').select(['id', 'status']).where('id', '=', req.params.id).executeTakeFirst()
    if (!row) throw new YqError(ErrorCode.DELIVERY_NOT_FOUND, `no delivery ${req.params.id}`, 404)
    if (row.status === 'sent') throw new YqError(ErrorCode.DELIVERY_ALREADY_SENT, `delivery ${row.id} was already sent`, 409)
    // A retry by hand starts the attempts afresh and goes now, quiet hours or not: someone asked for it.
    await app.db.updateTable('notify_outbox').set({ status: 'pending', attempts: 0, next_attempt_at: opts.now().toISOString() }).where('id', '=', row.id).execute()
    opts.wake()
    return { id: row.id, status: 'pending' as const }
  })

  app.get('/api/notify/rules', { ...allow(ACCOUNTS), schema: { querystring: OwnerQuery, response: { 200: RuleSchema, ...errors } } }, async (req) => {
    const o = await requireOwner(app.db, req, req.query.owner_type, req.query.owner_id)
    return loadRule(app.db, o)
  })

  app.put('/api/notify/rules', { ...allow(ACCOUNTS), schema: { querystring: OwnerQuery, body: RuleSchema, response: { 200: RuleSchema, ...errors } } }, async (req) => {
    const o = await requireOwner(app.db, req, req.query.owner_type, req.query.owner_id)
    if (!canManage(req, o)) throw new YqError(ErrorCode.NOTIFY_OWNER, 'not yours', 403)
    await saveRule(app.db, o, req.body, opts.now())
    return loadRule(app.db, o)
  })
}
