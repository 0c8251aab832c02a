import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { api, HOUR_MS } from '../../helpers/case-fixtures.ts'
import { startChannelServer } from '../../helpers/channel-server.ts'
import { addChannel, openCase, waitFor } from '../../helpers/notify-fixtures.ts'
import { startDingtalkRobot } from '../../helpers/notify-robots.ts'
import { startTestApp, tempDataDir } from '../../helpers/test-app.ts'

const NOTIFY_ENV = { YQ_NOTIFY_TICK_MS: '50', YQ_DEADLINE_TICK_MS: '100' }
type Md = { markdown: { title: string; text: string } }
const titles = (robot: { delivered: Record<string, unknown>[] }) => (robot.delivered as Md[]).map((b) => b.markdown.title)

describe('notify acceptance with 钉钉 robots (加签)', () => {
  it('a level II 转办 to a county unit: one signed message; nobody 签收; at the 签收 deadline the city counterpart is told; both sends on the timeline', async () => {
    const t = await startTestApp(NOTIFY_ENV, tempDataDir())
    const county = await startDingtalkRobot({ secret: 'SEC-county-0001' })
    const city = await startDingtalkRobot({ secret: 'SEC-city-0002', accessToken: 'city-token-0002' })
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370102-yjj' }, 'dingtalk', '历下区应急局钉钉群', { url: county.url, secret: county.secret })
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370100-yjj' }, 'dingtalk', '济南市应急局钉钉群', { url: city.url, secret: city.secret })
    const c = await openCase(t.app, t.baseUrl, { unit_id: '370102-yjj', level: 'II', kind: 'incident', ageMs: 2 * HOUR_MS })
    // Filed as 59 min 55 s ago, so its 1 h 签收 clock runs out within the test.
    await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: new Date(Date.now() - HOUR_MS + 5000).toISOString(), unit_id: '370102-yjj' })

    // The loopback robot refuses anything not signed with its secret, so delivered means signed.
    await waitFor(() => titles(county).some((x) => x.includes('转办')), 5000, 'the 转办 message')
    const escalation = await waitFor(() => (city.delivered as Md[]).find((b) => b.markdown.title.includes('督办升级')), 20_000, 'the escalation')
    expect(escalation.markdown.text).toContain('未按时办理单位：济南市历下区应急管理局')
    expect(escalation.markdown.text).toContain(`/cases/${c.id}`)
    expect(titles(county).filter((x) => x.includes('转办'))).toHaveLength(1)
    expect(county.server.received.length).toBe(county.delivered.length)

    const got = await waitFor(async () => {
      const body = (await api<Case>(t.baseUrl, 'GET', `/api/cases/${c.id}`)).body
      return body.timeline.some((e) => e.type === 'notified' && e.cause === 'escalated') ? body : undefined
    }, 5000, 'the timeline')
    const sends = got.timeline.filter((e) => e.type === 'notified').map((e) => `${e.cause}→${e.channel?.name}`)
    expect(sends).toEqual(expect.arrayContaining(['forwarded→历下区应急局钉钉群', 'escalated→济南市应急局钉钉群']))
    expect(got.timeline.find((e) => e.type === 'escalated')).toMatchObject({ step: 1, recipient: '济南市应急管理局' })
  })

  it('the robot answers its rate-limit error for a while: nothing lost, nothing twice, the held-back messages arrive as one digest', async () => {
    const t = await startTestApp({ YQ_NOTIFY_TICK_MS: '50', YQ_DEADLINE_TICK_MS: '0' }, tempDataDir(), { notify: { rateLimitHoldMs: 400 } })
    const robot = await startDingtalkRobot()
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370102' }, 'dingtalk', '历下区钉钉群', { url: robot.url, secret: robot.secret })
    robot.limited = true
    const cases: Case[] = []
    for (let i = 0; i < 5; i++) cases.push(await openCase(t.app, t.baseUrl, { title: `历下区第${i + 1}条线索`, level: 'IV', kind: 'opinion', ageMs: 60_000 }))
    for (const c of cases) await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: new Date().toISOString(), unit_id: '370102' })
    await waitFor(() => robot.server.received.length >= 3, 10_000, 'attempts while limited')
    robot.limited = false
    await waitFor(() => robot.delivered.length > 0, 10_000, 'the digest')
    await new Promise((r) => setTimeout(r, 500))
    expect(robot.delivered).toHaveLength(1)
    const digest = (robot.delivered[0] as Md).markdown
    expect(digest.title).toBe('【预警汇总】5 条')
    for (const c of cases) expect(digest.text).toContain(c.title)
    const log = await api<{ deliveries: { status: string }[] }>(t.baseUrl, 'GET', '/api/notify/deliveries')
    expect(log.body.deliveries.map((d) => d.status)).toEqual(Array(5).fill('sent'))
  })

  it('hostile answers: 200 with HTML, and a 10 MB answer, each a clear error in the log; the message stays and a retry delivers it', async () => {
    const t = await startTestApp({ YQ_NOTIFY_TICK_MS: '50', YQ_DEADLINE_TICK_MS: '0' })
    let mode: 'html' | 'huge' | 'ok' = 'html'
    const robot = await startChannelServer((_req, res) => {
      if (mode === 'html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>统一身份认证 登录</body></html>')
      if (mode === 'huge') return res.writeHead(200, { 'content-type': 'application/json' }).end(Buffer.alloc(10 * 1024 * 1024, 0x20))
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}')
    })
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370102' }, 'dingtalk', '历下区钉钉群', { url: robot.url('/robot/send?access_token=tok'), secret: 'SEC-x' })
    type Log = { deliveries: { id: number; status: string; last_error: string | null }[] }
    const failure = async (n: number) =>
      waitFor(async () => {
        const d = (await api<Log>(t.baseUrl, 'GET', '/api/notify/deliveries?status=failed')).body.deliveries
        return d.length === n ? d : undefined
      }, 10_000, `${n} failures`)
    for (const [i, m] of (['html', 'huge'] as const).entries()) {
      mode = m
      const c = await openCase(t.app, t.baseUrl, { title: `线索${m}`, level: 'IV', kind: 'opinion', ageMs: 60_000 })
      await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: new Date().toISOString(), unit_id: '370102' })
      await failure(i + 1)
    }
    const [huge, html] = await failure(2)
    expect(html!.last_error).toMatch(/不是预期的 JSON/)
    expect(huge!.last_error).toMatch(/超过 64 KB/)
    mode = 'ok'
    for (const d of [html!, huge!]) expect((await api(t.baseUrl, 'POST', `/api/notify/deliveries/${d.id}/retry`)).status).toBe(200)
    await waitFor(async () => (await api<Log>(t.baseUrl, 'GET', '/api/notify/deliveries?status=sent')).body.deliveries.length === 2, 10_000, 'both retried')
  })
})
