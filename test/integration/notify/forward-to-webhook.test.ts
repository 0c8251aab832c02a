import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { api } from '../../helpers/case-fixtures.ts'
import { addChannel, openCase, waitFor, WEBHOOK_SECRET, webhookReceiver } from '../../helpers/notify-fixtures.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp } from '../../helpers/test-app.ts'

const NOTIFY_ENV = { YQ_NOTIFY_TICK_MS: '50', YQ_DEADLINE_TICK_MS: '100', YQ_PUBLIC_URL: 'https://yq.example.gov.cn' }

describe('notify: 转办 to a unit with a webhook', () => {
  it('the unit receives one signed message with the case link, and the timeline and the wall mark show it', async () => {
    const t = await startTestApp(NOTIFY_ENV)
    const robot = await webhookReceiver()
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370102' }, 'webhook', '历下区值班群', { url: robot.url('/hook'), secret: WEBHOOK_SECRET })
    const c = await openCase(t.app, t.baseUrl, { ageMs: 60_000 })
    expect(c.reach).toEqual({ state: 'none', at: null })

    // A wall's socket: the delivery outcome arrives as case:updated with 已通知 on it.
    const socket = await connectSocket(t.baseUrl)
    const reached = nextEvent(socket, 'case:updated', (e) => e.data.id === c.id && e.data.reach.state === 'sent', 10_000)
    const res = await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: new Date().toISOString(), unit_id: '370102' })
    expect(res.status).toBe(201)
    await waitFor(() => robot.received.length >= 1, 5000, 'the webhook')
    const [req] = robot.received
    expect(req!.headers['x-yq-signature']).toBe(`sha256=${createHmac('sha256', WEBHOOK_SECRET).update(req!.raw).digest('hex')}`)
    const body = JSON.parse(req!.text) as Record<string, string | number>
    expect(body.event).toBe('forwarded')
    expect(body.case_id).toBe(c.id)
    expect(body.title).toBe('【Ⅱ级·转办】济南市历下区一化工厂发生爆炸')
    expect(body.text).toContain('责任单位：济南市历下区')
    expect(body.text).toMatch(/时限：签收 北京时间 \d\d:\d\d 截止（剩余 \d+ 分钟）/)
    expect(body.link).toBe(`https://yq.example.gov.cn/cases/${c.id}`)
    expect(String(body.idempotency_key)).toMatch(new RegExp(`^case:${c.id}\\|forwarded\\|unit:370102\\|\\d+\\|370102@`))

    const after = await waitFor(async () => {
      const got = (await api<Case>(t.baseUrl, 'GET', `/api/cases/${c.id}`)).body
      return got.timeline.some((e) => e.type === 'notified') ? got : undefined
    }, 5000, 'the notified event')
    const notified = after.timeline.filter((e) => e.type === 'notified')
    expect(notified).toHaveLength(1)
    expect(notified[0]).toMatchObject({ cause: 'forwarded', recipient: '济南市历下区', channel: { kind: 'webhook', name: '历下区值班群' }, actor: 'system' })
    expect(after.reach.state).toBe('sent')
    const pushed = await reached
    expect(pushed.data.timeline.some((e) => e.type === 'notified')).toBe(true)
    expect(pushed.data.reach.at).toBe(after.reach.at)

    const log = await api<{ deliveries: { status: string; case_title: string; cause: string; channel: { name: string } }[] }>(t.baseUrl, 'GET', `/api/notify/deliveries?case_id=${c.id}`)
    expect(log.body.deliveries).toMatchObject([{ status: 'sent', cause: 'forwarded', case_title: '济南市历下区一化工厂发生爆炸', channel: { name: '历下区值班群' } }])
    // Still exactly one message after more ticks.
    await new Promise((r) => setTimeout(r, 300))
    expect(robot.received).toHaveLength(1)
  })
})
