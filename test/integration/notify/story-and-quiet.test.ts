import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { api } from '../../helpers/case-fixtures.ts'
import { startFeedServer } from '../../helpers/feed-server.ts'
import { addChannel, openCase, waitFor, WEBHOOK_SECRET, webhookReceiver } from '../../helpers/notify-fixtures.ts'
import { startTestApp } from '../../helpers/test-app.ts'

const pad = (n: number) => String(n).padStart(2, '0')
/** `HH:MM` in 北京时间, `minutes` from now. */
function beijingHm(minutes: number): string {
  const d = new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000)
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

describe('notify: a new major story, and quiet hours', () => {
  it('a new story tagged level I/II reaches the provincial duty group before anyone triages it; a minor one does not', async () => {
    const t = await startTestApp({ YQ_NOTIFY_TICK_MS: '50', YQ_POLL_TICK_MS: '50' })
    const duty = await webhookReceiver()
    await addChannel(t.baseUrl, { owner_type: 'duty_group', owner_id: 'province' }, 'webhook', '省政府办公厅值班', { url: duty.url(), secret: WEBHOOK_SECRET })
    const feed = await startFeedServer()
    feed.publish({ guid: 'major-1', title: '淄博市张店区一化工厂发生重大安全事故 已造成12人死亡' })
    feed.publish({ guid: 'minor-1', title: '淄博市张店区某小区停车难 居民盼解决' })
    expect((await api(t.baseUrl, 'POST', '/api/sources', { name: '测试源', url: feed.url(), interval_s: 60 })).status).toBe(201)
    const body = await waitFor(() => duty.bodies()[0], 15_000, 'the story message')
    expect(body.event).toBe('story_major')
    expect(String(body.title)).toMatch(/^【Ⅰ级|^【Ⅱ级/)
    expect(String(body.title)).toContain('12人死亡')
    expect(String(body.link)).toMatch(/\/triage\?story=\d+$/)
    await new Promise((r) => setTimeout(r, 500))
    expect(duty.received).toHaveLength(1)
  })

  it('quiet hours hold a level IV 转办 until the window ends, and never a level II one', async () => {
    const t = await startTestApp({ YQ_NOTIFY_TICK_MS: '50', YQ_DEADLINE_TICK_MS: '0' })
    const robot = await webhookReceiver()
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370102' }, 'webhook', '历下区值班群', { url: robot.url(), secret: WEBHOOK_SECRET })
    // A window around now, whatever time the test runs.
    const end = beijingHm(90)
    const rule = { causes: ['forwarded', 'due_soon', 'overdue', 'still_overdue', 'escalated', 'level_raised'], min_interval_min: 0, quiet_hours: { start: beijingHm(-90), end }, include_closed: false }
    expect((await api(t.baseUrl, 'PUT', '/api/notify/rules?owner_type=unit&owner_id=370102', rule)).status).toBe(200)
    const minor = await openCase(t.app, t.baseUrl, { title: '历下区某路段路灯不亮', level: 'IV', kind: 'opinion', ageMs: 60_000 })
    const major = await openCase(t.app, t.baseUrl, { title: '历下区一商场发生火灾', level: 'II', kind: 'incident', ageMs: 60_000 })
    for (const c of [minor, major]) await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: new Date().toISOString(), unit_id: '370102' })

    await waitFor(() => robot.bodies().some((b) => b.case_id === major.id), 5000, 'the level II message')
    await new Promise((r) => setTimeout(r, 500))
    expect(robot.bodies().map((b) => b.case_id)).toEqual([major.id])
    type Log = { deliveries: { case_id: number; status: string; next_attempt_at: string }[] }
    const held = (await api<Log>(t.baseUrl, 'GET', `/api/notify/deliveries?case_id=${minor.id}`)).body.deliveries
    expect(held).toMatchObject([{ status: 'held' }])
    // Held until the window's end, to the minute, in 北京时间.
    const until = new Date(Date.parse(held[0]!.next_attempt_at) + 8 * 3_600_000)
    expect(`${pad(until.getUTCHours())}:${pad(until.getUTCMinutes())}`).toBe(end)
    expect((await api<Case>(t.baseUrl, 'GET', `/api/cases/${minor.id}`)).body.reach.state).toBe('pending')
  })
})
