import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { randomUUID } from 'node:crypto'
import { ErrorCode, YqError } from '@shared/errors.ts'
import type { ChannelKind, OutgoingMessage } from '@shared/notify/channels.ts'
import { ErrorSchema } from '../http/index.ts'
import { ACCOUNTS, allow } from '../auth/index.ts'
import type { ChannelAdapter, ChannelDeployment, SendResult } from './channels/channel.ts'
import { acceptConfig, requireChannel, toChannelJson } from './channel-store.ts'
import { canManage, requireOwner, selfOwner } from './ownership.ts'
import { IdParams } from '@shared/api/common.ts'
import { ChannelList, ChannelPatchSchema, ChannelSchema, NewChannelSchema, OwnerQuery, TestResultSchema, TestUnsavedSchema, type TestResult } from '@shared/api/notify.ts'

export interface ChannelRouteOptions {
  adapters: Readonly<Record<ChannelKind, ChannelAdapter>>
  deployment: ChannelDeployment
  baseUrl: () => string
  now: () => Date
}

const TEST_TIMEOUT_MS = 15_000

/** Channels of units, users and the duty group: secrets are write-only, a test-send answers in Chinese words. */
export const channelRoutes: FastifyPluginAsyncTypebox<ChannelRouteOptions> = async (app, opts) => {
  const errors = { 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema }
  const json = (row: Parameters<typeof toChannelJson>[0]) => toChannelJson(row, opts.adapters)

  async function mine(req: Parameters<typeof canManage>[0], id: number) {
    const row = await requireChannel(app.db, id)
    // Someone else's channel is "not found": its existence is not the caller's business.
    if (!canManage(req, { owner_type: row.owner_type as 'unit', owner_id: row.owner_id })) throw new YqError(ErrorCode.CHANNEL_NOT_FOUND, `no channel ${id}`, 404)
    return row
  }

  async function testSend(kind: ChannelKind, config: unknown): Promise<TestResult> {
    const message: OutgoingMessage = {
      title: '【测试】舆情预警推送测试',
      text: `【测试】舆情预警推送测试\n这是一条测试消息，收到即说明渠道配置正确。\n北京时间 ${opts.now().toISOString()}`,
      markdown: '### 【测试】舆情预警推送测试\n这是一条测试消息，收到即说明渠道配置正确。',
      link: opts.baseUrl(),
      idempotencyKey: `test|${randomUUID()}`,
      cause: 'test',
    }
    let result: SendResult
    try {
      result = await opts.adapters[kind].send(config, message, { signal: AbortSignal.timeout(TEST_TIMEOUT_MS), now: opts.now, deployment: opts.deployment })
    } catch (err) {
      result = { ok: false, retryable: true, rateLimited: false, error: '发送程序出错', detail: err instanceof Error ? err.message.slice(0, 300) : undefined }
    }
    return result.ok ? { ok: true } : { ok: false, error: result.error, ...(result.detail ? { detail: result.detail } : {}) }
  }

  app.get('/api/notify/channels', { ...allow(ACCOUNTS), schema: { querystring: OwnerQuery, response: { 200: ChannelList, ...errors } } }, async (req) => {
    const { owner_type, owner_id } = req.query
    let q = app.db.selectFrom('notify_channels').selectAll().orderBy('id')
    if (owner_type !== undefined || owner_id !== undefined) {
      const o = await requireOwner(app.db, req, owner_type, owner_id)
      q = q.where('owner_type', '=', o.owner_type).where('owner_id', '=', o.owner_id)
    } else if (req.principal?.kind === 'session' && req.principal.role !== 'admin') {
      // Without a filter: the admin sees every channel, anyone else what they manage.
      const self = selfOwner(req)
      const unit = req.principal.role === 'unit' ? req.principal.unit_id : null
      q = q.where((eb) => eb.or([eb.and([eb('owner_type', '=', 'user'), eb('owner_id', '=', self.owner_id)]), ...(unit ? [eb.and([eb('owner_type', '=', 'unit'), eb('owner_id', '=', unit)])] : [])]))
    }
    return { channels: (await q.execute()).map(json) }
  })

  app.post('/api/notify/channels', { ...allow(ACCOUNTS), schema: { body: NewChannelSchema, response: { 201: ChannelSchema, ...errors } } }, async (req, reply) => {
    const o = await requireOwner(app.db, req, req.body.owner_type, req.body.owner_id)
    const config = await acceptConfig(req.body.kind, req.body.config as Record<string, unknown>, null, opts.adapters, opts.deployment.allowPrivate)
    const now = opts.now().toISOString()
    const row = await app.db
      .insertInto('notify_channels')
      .values({ ...o, kind: req.body.kind, name: req.body.name.trim(), config: JSON.stringify(config), enabled: req.body.enabled === false ? 0 : 1, created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow()
    return reply.code(201).send(json(row))
  })

  app.patch('/api/notify/channels/:id', { ...allow(ACCOUNTS), schema: { params: IdParams, body: ChannelPatchSchema, response: { 200: ChannelSchema, ...errors } } }, async (req) => {
    const row = await mine(req, req.params.id)
    if (row.managed === 1 && (req.body.name !== undefined || req.body.config !== undefined))
      throw new YqError(ErrorCode.CHANNEL_FOLLOWS_DUTY_PHONE, 'this channel follows the unit\'s duty phone: change the phone on the unit, or only enable/disable it here', 409)
    const set: { name?: string; enabled?: number; config?: string; updated_at: string } = { updated_at: opts.now().toISOString() }
    if (req.body.name !== undefined) set.name = req.body.name.trim()
    if (req.body.enabled !== undefined) set.enabled = req.body.enabled ? 1 : 0
    if (req.body.config !== undefined) {
      set.config = JSON.stringify(await acceptConfig(row.kind as ChannelKind, req.body.config as Record<string, unknown>, JSON.parse(row.config) as Record<string, unknown>, opts.adapters, opts.deployment.allowPrivate))
    }
    const updated = await app.db.updateTable('notify_channels').set(set).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow()
    return json(updated)
  })

  app.delete('/api/notify/channels/:id', { ...allow(ACCOUNTS), schema: { params: IdParams, response: { 204: Type.Null(), ...errors } } }, async (req, reply) => {
    const row = await mine(req, req.params.id)
    if (row.managed === 1) throw new YqError(ErrorCode.CHANNEL_FOLLOWS_DUTY_PHONE, 'this channel follows the unit\'s duty phone: clear the phone on the unit, or disable it here', 409)
    // Messages still waiting for it fail visibly in the delivery log rather than vanish.
    await app.db.deleteFrom('notify_channels').where('id', '=', row.id).execute()
    return reply.code(204).send(null)
  })

  app.post('/api/notify/channels/test', { ...allow(ACCOUNTS), schema: { body: TestUnsavedSchema, response: { 200: TestResultSchema, ...errors } } }, async (req) => {
    const config = await acceptConfig(req.body.kind, req.body.config as Record<string, unknown>, null, opts.adapters, opts.deployment.allowPrivate)
    return testSend(req.body.kind, config)
  })

  app.post('/api/notify/channels/:id/test', { ...allow(ACCOUNTS), schema: { params: IdParams, response: { 200: TestResultSchema, ...errors } } }, async (req) => {
    const row = await mine(req, req.params.id)
    const kind = row.kind as ChannelKind
    let config: unknown
    try {
      config = opts.adapters[kind].validate(JSON.parse(row.config))
    } catch (err) {
      return { ok: false, error: '渠道配置无效', detail: err instanceof Error ? err.message : '' }
    }
    const result = await testSend(kind, config)
    const now = opts.now().toISOString()
    await app.db.updateTable('notify_channels').set(result.ok ? { last_ok_at: now, last_error: null } : { last_error: result.error ?? null }).where('id', '=', row.id).execute()
    return result
  })
}
