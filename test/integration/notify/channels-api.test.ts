import { describe, expect, it } from 'vitest'
import { rawFetch } from '../../helpers/auth-session.ts'
import { json, startChannelServer } from '../../helpers/channel-server.ts'
import { openCase, waitFor, WEBHOOK_SECRET, webhookReceiver } from '../../helpers/notify-fixtures.ts'
import { makeRoleWorld, type RoleName } from '../../helpers/roles.ts'
import { startTestApp, type TestApp } from '../../helpers/test-app.ts'
import { api } from '../../helpers/case-fixtures.ts'

async function as(t: TestApp, world: Awaited<ReturnType<typeof makeRoleWorld>>, role: RoleName, method: string, path: string, body?: unknown) {
  const res = await rawFetch(`${t.baseUrl}${path}`, {
    method,
    headers: { ...world.headers(role, method), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, text, body: (text ? JSON.parse(text) : null) as Record<string, unknown> & { code?: string; channels?: Record<string, unknown>[] } }
}

describe('notify API: channels, rules and the delivery log', () => {
  it('secrets are write-only: never in an answer, kept when a PATCH leaves them out', async () => {
    const t = await startTestApp()
    const world = await makeRoleWorld(t)
    const robot = await webhookReceiver()
    const created = await as(t, world, 'admin', 'POST', '/api/notify/channels', { owner_type: 'unit', owner_id: '370102', kind: 'webhook', name: '历下区值班群', config: { url: robot.url('/hook?key=abc123'), secret: WEBHOOK_SECRET } })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ owner_type: 'unit', owner_id: '370102', kind: 'webhook', name: '历下区值班群', enabled: true, has_secret: true, last_ok_at: null })
    expect(created.text).not.toContain(WEBHOOK_SECRET)
    const id = created.body.id as number
    const listed = await as(t, world, 'admin', 'GET', '/api/notify/channels?owner_type=unit&owner_id=370102')
    expect(listed.body.channels).toHaveLength(1)
    expect(listed.text).not.toContain(WEBHOOK_SECRET)

    const renamed = await as(t, world, 'admin', 'PATCH', `/api/notify/channels/${id}`, { name: '历下区应急值班群', config: { url: robot.url('/hook2') } })
    expect(renamed.status).toBe(200)
    const tested = await as(t, world, 'admin', 'POST', `/api/notify/channels/${id}/test`, {})
    expect(tested.body).toEqual({ ok: true })
    // The kept secret still signs: the receiver got a signed test message at the new URL.
    expect(robot.received.at(-1)!.url.pathname).toBe('/hook2')
    expect(JSON.parse(robot.received.at(-1)!.text)).toMatchObject({ event: 'test' })
    expect((await as(t, world, 'admin', 'GET', '/api/notify/channels')).body.channels![0]).toMatchObject({ name: '历下区应急值班群', last_error: null })
    expect(typeof (await as(t, world, 'admin', 'GET', '/api/notify/channels')).body.channels![0]!.last_ok_at).toBe('string')
    expect((await as(t, world, 'admin', 'DELETE', `/api/notify/channels/${id}`)).status).toBe(204)
    expect((await as(t, world, 'admin', 'GET', '/api/notify/channels')).body.channels).toEqual([])
  })

  it('a unit account manages its own unit and its own person only; others are refused or not found', async () => {
    const t = await startTestApp()
    const world = await makeRoleWorld(t)
    const robot = await webhookReceiver()
    const cfg = { url: robot.url(), secret: WEBHOOK_SECRET }
    expect((await as(t, world, 'unit', 'POST', '/api/notify/channels', { owner_type: 'unit', owner_id: '370102', kind: 'webhook', name: '本单位', config: cfg })).status).toBe(201)
    const other = await as(t, world, 'unit', 'POST', '/api/notify/channels', { owner_type: 'unit', owner_id: '370200', kind: 'webhook', name: '别人的', config: cfg })
    expect([other.status, other.body.code]).toEqual([403, 'YQ_ERR_NOTIFY_OWNER'])
    const duty = await as(t, world, 'unit', 'POST', '/api/notify/channels', { owner_type: 'duty_group', owner_id: 'province', kind: 'webhook', name: '值班', config: cfg })
    expect(duty.status).toBe(403)
    const qd = await as(t, world, 'admin', 'POST', '/api/notify/channels', { owner_type: 'unit', owner_id: '370200', kind: 'webhook', name: '青岛', config: cfg })
    expect((await as(t, world, 'unit', 'PATCH', `/api/notify/channels/${qd.body.id as number}`, { name: 'x' })).status).toBe(404)
    // Personal: the operator's own channel, with no owner named; the unit account does not see it.
    const personal = await as(t, world, 'operator', 'POST', '/api/notify/channels', { owner_type: 'user', owner_id: String(world.sessions.operator.user.id), kind: 'webhook', name: '我的', config: cfg })
    expect(personal.status).toBe(201)
    expect((await as(t, world, 'operator', 'GET', '/api/notify/channels')).body.channels!.map((c) => c.name)).toEqual(['我的'])
    expect((await as(t, world, 'unit', 'GET', '/api/notify/channels')).body.channels!.map((c) => c.name)).toEqual(['本单位'])
    expect((await as(t, world, 'admin', 'GET', '/api/notify/channels')).body.channels).toHaveLength(3)
  })

  it('hostile bodies get clear 400s and store nothing', async () => {
    const t = await startTestApp()
    const world = await makeRoleWorld(t)
    const good = { owner_type: 'unit', owner_id: '370102', kind: 'webhook', name: '群', config: { url: 'https://hooks.example.cn/x', secret: 's' } }
    const cases: [unknown, string | RegExp][] = [
      [{ ...good, kind: 'pager' }, /kind/],
      [{ ...good, name: '名'.repeat(61) }, /name/],
      [{ ...good, extra: 1 }, /extra|additional/],
      [{ ...good, config: { ...good.config, token: 'x' } }, /token: not a field/],
      [{ ...good, config: { url: 'ftp://example.cn/', secret: 's' } }, /url/],
      [{ ...good, config: { url: 'https://hooks.example.cn/x' } }, /secret/],
      [{ ...good, config: { url: 'https://hooks.example.cn/x', secret: 'x'.repeat(100_000) } }, /secret/],
      [{ ...good, owner_type: 'duty_group', owner_id: 'city' }, /province/],
      [{ ...good, owner_id: '999999' }, /no unit 999999/],
    ]
    for (const [body, message] of cases) {
      const res = await as(t, world, 'admin', 'POST', '/api/notify/channels', body)
      expect(res.status, JSON.stringify(body).slice(0, 120)).toBe(400)
      expect(String(res.body.message)).toMatch(message)
    }
    expect((await as(t, world, 'admin', 'GET', '/api/notify/channels')).body.channels).toEqual([])
  })

  it('a channel URL on a private address is refused unless the deployment allows it', async () => {
    const t = await startTestApp({ YQ_ALLOW_PRIVATE_FEEDS: '0' })
    const res = await api<{ code: string; message: string }>(t.baseUrl, 'POST', '/api/notify/channels', { owner_type: 'unit', owner_id: '370102', kind: 'webhook', name: '内网', config: { url: 'http://10.1.2.3/hook', secret: 's' } })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/private/)
    const test = await api<{ code: string }>(t.baseUrl, 'POST', '/api/notify/channels/test', { kind: 'webhook', config: { url: 'http://127.0.0.1:9/hook', secret: 's' } })
    expect(test.status).toBe(400)
  })

  it('test-send of an unsaved config answers the channel error in Chinese words', async () => {
    const t = await startTestApp()
    const robot = await startChannelServer((_req, res) => json(res, 401, { error: 'bad signature' }))
    const res = await api<{ ok: boolean; error: string; detail: string }>(t.baseUrl, 'POST', '/api/notify/channels/test', { kind: 'webhook', config: { url: robot.url(), secret: 'wrong' } })
    expect(res.status).toBe(200)
    expect(res.body.ok).toBe(false)
    expect(res.body.error).toMatch(/渠道拒绝了请求（HTTP 401）/)
    expect(res.body.detail).toContain('bad signature')
  })

  it('rules: the default, a saved rule read back, and refused shapes', async () => {
    const t = await startTestApp()
    const q = '?owner_type=unit&owner_id=370102'
    const def = await api(t.baseUrl, 'GET', `/api/notify/rules${q}`)
    expect(def.body).toMatchObject({ min_interval_min: 0, quiet_hours: null, include_closed: false })
    const rule = { causes: ['forwarded', 'overdue'], min_interval_min: 15, quiet_hours: { start: '22:00', end: '07:00' }, include_closed: true }
    expect((await api(t.baseUrl, 'PUT', `/api/notify/rules${q}`, rule)).body).toEqual(rule)
    expect((await api(t.baseUrl, 'GET', `/api/notify/rules${q}`)).body).toEqual(rule)
    for (const bad of [{ ...rule, quiet_hours: { start: '25:00', end: '07:00' } }, { ...rule, causes: ['spam'] }, { ...rule, min_interval_min: -1 }, { ...rule, x: 1 }]) {
      expect((await api(t.baseUrl, 'PUT', `/api/notify/rules${q}`, bad)).status).toBe(400)
    }
  })

  it('a permanent failure is in the delivery log with the channel error, and a retry by hand delivers it', async () => {
    const t = await startTestApp({ YQ_NOTIFY_TICK_MS: '50' })
    let refuse = true
    const robot = await startChannelServer((_req, res) => (refuse ? json(res, 403, { error: 'forbidden' }) : res.writeHead(204).end()))
    await api(t.baseUrl, 'POST', '/api/notify/channels', { owner_type: 'unit', owner_id: '370102', kind: 'webhook', name: '历下区', config: { url: robot.url(), secret: WEBHOOK_SECRET } })
    const c = await openCase(t.app, t.baseUrl, { level: 'IV', kind: 'opinion', ageMs: 60_000 })
    await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: new Date().toISOString(), unit_id: '370102' })
    type Log = { deliveries: { id: number; status: string; last_error: string | null; last_detail: string | null }[] }
    const failed = await waitFor(async () => (await api<Log>(t.baseUrl, 'GET', '/api/notify/deliveries?status=failed')).body.deliveries[0], 5000, 'the failure')
    expect(failed.last_error).toMatch(/渠道拒绝了请求（HTTP 403）/)
    expect(failed.last_detail).toContain('forbidden')
    const got = (await api<{ reach: { state: string }; timeline: { type: string; error?: string }[] }>(t.baseUrl, 'GET', `/api/cases/${c.id}`)).body
    expect(got.reach.state).toBe('failed')
    expect(got.timeline.filter((e) => e.type === 'notify_failed')).toHaveLength(1)
    refuse = false
    expect((await api(t.baseUrl, 'POST', `/api/notify/deliveries/${failed.id}/retry`)).status).toBe(200)
    await waitFor(async () => (await api<Log>(t.baseUrl, 'GET', '/api/notify/deliveries?status=sent')).body.deliveries[0], 5000, 'the retried delivery')
    expect(robot.received).toHaveLength(2)
  })
})
