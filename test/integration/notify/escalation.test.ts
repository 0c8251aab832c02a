import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { api, HOUR_MS } from '../../helpers/case-fixtures.ts'
import { addChannel, openCase, waitFor, WEBHOOK_SECRET, webhookReceiver } from '../../helpers/notify-fixtures.ts'
import { startTestApp, tempDataDir } from '../../helpers/test-app.ts'

const NOTIFY_ENV = { YQ_NOTIFY_TICK_MS: '50', YQ_DEADLINE_TICK_MS: '100' }
const ACK_LEFT_MS = 4000

type Body = { event: string; title: string; text: string; idempotency_key: string }

describe('notify: the escalation ladder (属地/分级负责)', () => {
  it('a county department that does not 签收 in time: its city counterpart is told at the deadline, then the provincial duty group; each step on the timeline', async () => {
    const t = await startTestApp(NOTIFY_ENV, tempDataDir(), { notify: { intervals: { escalate_province: 1500 } } })
    const county = await webhookReceiver()
    const city = await webhookReceiver()
    const duty = await webhookReceiver()
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370102-yjj' }, 'webhook', '历下区应急局', { url: county.url(), secret: WEBHOOK_SECRET })
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370100-yjj' }, 'webhook', '济南市应急局', { url: city.url(), secret: WEBHOOK_SECRET })
    await addChannel(t.baseUrl, { owner_type: 'duty_group', owner_id: 'province' }, 'webhook', '省政府办公厅值班', { url: duty.url(), secret: WEBHOOK_SECRET })
    const c = await openCase(t.app, t.baseUrl, { unit_id: '370102-yjj', level: 'III', kind: 'opinion', title: '历下区某工地夜间施工扰民', ageMs: 2 * HOUR_MS })
    // 转办 filed as having happened almost an hour ago: the 1 h 签收 clock runs out in seconds.
    const forwardedAt = new Date(Date.now() - HOUR_MS + ACK_LEFT_MS).toISOString()
    expect((await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: forwardedAt, unit_id: '370102-yjj' })).status).toBe(201)

    await waitFor(() => county.bodies().some((b) => b.event === 'forwarded'), 5000, 'the 转办 message')
    const toCity = (await waitFor(() => (city.bodies() as Body[]).find((b) => b.event === 'escalated'), 15_000, 'the escalation to the city'))
    // Nothing reached the city before the 签收 deadline. Judged by when it arrived, not by looking
    // once the county's message is in: on a loaded machine that can be past the 4 s left.
    expect(Math.min(...city.received.map((r) => r.at))).toBeGreaterThanOrEqual(Date.parse(forwardedAt) + HOUR_MS)
    expect(toCity.title).toBe('【Ⅲ级·督办升级】历下区某工地夜间施工扰民')
    expect(toCity.text).toContain('未按时办理单位：济南市历下区应急管理局')
    expect(toCity.text).toMatch(/原因：转办后未在签收时限内签收（北京时间 \d\d:\d\d 到期）/)
    const toDuty = await waitFor(() => (duty.bodies() as Body[]).find((b) => b.event === 'escalated'), 10_000, 'the escalation to the province')
    expect(toDuty.text).toContain('未按时办理单位：济南市历下区应急管理局')

    const after = await waitFor(async () => {
      const got = (await api<Case>(t.baseUrl, 'GET', `/api/cases/${c.id}`)).body
      return got.timeline.filter((e) => e.type === 'notified' && e.cause === 'escalated').length >= 2 ? got : undefined
    }, 5000, 'both escalation sends on the timeline')
    const steps = after.timeline.filter((e) => e.type === 'escalated')
    expect(steps.map((e) => [e.step, e.recipient])).toEqual([
      [1, '济南市应急管理局'],
      [2, '省政府办公厅值班'],
    ])
    expect(steps[0]!.reason).toMatch(/^转办后未在签收时限内签收/)
    const sends = after.timeline.filter((e) => e.type === 'notified').map((e) => `${e.cause}→${e.recipient}`)
    expect(sends).toEqual(expect.arrayContaining(['forwarded→济南市历下区应急管理局', 'escalated→济南市应急管理局', 'escalated→省政府办公厅值班']))
    // Each step once, however many ticks pass.
    await new Promise((r) => setTimeout(r, 500))
    expect(city.bodies().filter((b) => b.event === 'escalated')).toHaveLength(1)
    expect(duty.bodies().filter((b) => b.event === 'escalated')).toHaveLength(1)
  })

  it('签收 in time stops the ladder: nobody above is told', async () => {
    const t = await startTestApp(NOTIFY_ENV, tempDataDir(), { notify: { intervals: { escalate_province: 500 } } })
    const city = await webhookReceiver()
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370100' }, 'webhook', '济南市政府办', { url: city.url(), secret: WEBHOOK_SECRET })
    const c = await openCase(t.app, t.baseUrl, { unit_id: '370102', level: 'IV', kind: 'opinion', ageMs: 2 * HOUR_MS })
    await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: new Date(Date.now() - HOUR_MS + 2500).toISOString(), unit_id: '370102' })
    expect((await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'acknowledged', at: new Date().toISOString(), unit_id: '370102' })).status).toBe(201)
    await new Promise((r) => setTimeout(r, 4000))
    expect(city.received).toHaveLength(0)
    const got = (await api<Case>(t.baseUrl, 'GET', `/api/cases/${c.id}`)).body
    expect(got.timeline.filter((e) => e.type === 'escalated')).toHaveLength(0)
  })
})
