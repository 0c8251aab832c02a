import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { formatBeijingHm } from '@shared/time.ts'
import { api, HOUR_MS } from '../../helpers/case-fixtures.ts'
import { addChannel, openCase, waitFor, WEBHOOK_SECRET, webhookReceiver } from '../../helpers/notify-fixtures.ts'
import { startTestApp } from '../../helpers/test-app.ts'

const NOTIFY_ENV = { YQ_NOTIFY_TICK_MS: '50', YQ_DEADLINE_TICK_MS: '100', YQ_PUBLIC_URL: 'https://yq.example.gov.cn' }
type Body = Record<string, string | number>

describe('notify: decisions on a 退回 and on a 延期申请 reach the unit concerned (issue #14)', () => {
  it('a 退回 tells the forwarding unit, which has the case again, who returned it and why; the returning unit hears nothing of it', async () => {
    const t = await startTestApp(NOTIFY_ENV)
    const city = await webhookReceiver()
    const lixia = await webhookReceiver()
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370100-yjj' }, 'webhook', '市应急局值班群', { url: city.url('/hook'), secret: WEBHOOK_SECRET })
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370102' }, 'webhook', '历下区值班群', { url: lixia.url('/hook'), secret: WEBHOOK_SECRET })
    const c = await openCase(t.app, t.baseUrl, { title: '历下区一工地夜间施工扰民', kind: 'opinion', level: 'III', unit_id: '370100-yjj', ageMs: 60_000 })
    expect((await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', unit_id: '370102' })).status).toBe(201)
    await waitFor(() => lixia.received.length >= 1, 5000, 'the 转办 message')

    const back = await api<Case>(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'returned', reason: '涉事工地属市级重点工程' })
    expect(back.status).toBe(201)
    await waitFor(() => city.received.length >= 1, 5000, 'the 退回 message')
    const body = JSON.parse(city.received[0]!.text) as Body
    expect(body.event).toBe('returned')
    expect(body.title).toBe('【Ⅲ级·退回】历下区一工地夜间施工扰民')
    expect(body.text).toContain('责任单位：济南市应急管理局')
    expect(body.text).toContain('退回单位：济南市历下区')
    expect(body.text).toContain('原因：涉事工地属市级重点工程')
    expect(String(body.idempotency_key)).toMatch(new RegExp(`^case:${c.id}\\|returned\\|unit:370100-yjj\\|\\d+\\|370102@`))

    type Log = { deliveries: { status: string; cause: string; recipient: string }[] }
    const log = await waitFor(async () => {
      const got = (await api<Log>(t.baseUrl, 'GET', `/api/notify/deliveries?case_id=${c.id}`)).body
      return got.deliveries.every((d) => d.status === 'sent') ? got : undefined
    }, 5000, 'deliveries sent')
    expect(log.deliveries.filter((d) => d.cause === 'returned').map((d) => d.recipient)).toEqual(['济南市应急管理局'])
    await new Promise((r) => setTimeout(r, 300))
    expect(lixia.bodies().map((b) => b.event)).toEqual(['forwarded'])
    expect(city.received).toHaveLength(1)
  })

  it('a 延期 approved or refused tells the unit that asked: the decision, the deadline as it now stands, and a refusal\'s reason', async () => {
    const t = await startTestApp(NOTIFY_ENV)
    const lixia = await webhookReceiver()
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370102' }, 'webhook', '历下区值班群', { url: lixia.url('/hook'), secret: WEBHOOK_SECRET })
    const c = await openCase(t.app, t.baseUrl, { title: '历下区芙蓉街商户占道经营', kind: 'opinion', level: 'III', unit_id: '370102', ageMs: HOUR_MS })
    const due = c.deadlines.find((d) => d.kind === 'response')!.due_at
    const to = new Date(Date.parse(due) + 24 * HOUR_MS).toISOString()

    const asked = await api<Case>(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'extension_requested', deadline_kind: 'response', deadline_index: 0, to, reason: '需会同住建部门现场核查' })
    expect(asked.status).toBe(201)
    // Asking tells nobody: only the office's decision is news for the unit.
    await new Promise((r) => setTimeout(r, 300))
    expect(lixia.received).toHaveLength(0)
    const requestId = asked.body.timeline.find((e) => e.type === 'extension_requested')!.id
    expect((await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'extension_decided', request_id: requestId, decision: 'approved' })).status).toBe(201)
    await waitFor(() => lixia.received.length >= 1, 5000, 'the approval message')
    const approved = JSON.parse(lixia.received[0]!.text) as Body
    expect(approved.event).toBe('extension_decided')
    expect(approved.title).toBe('【Ⅲ级·延期审批】历下区芙蓉街商户占道经营')
    expect(approved.text).toContain('审批结果：批准延期')
    expect(approved.text).toContain(`时限：回应 北京时间 ${formatBeijingHm(to)} 截止`)

    const again = await api<Case>(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'extension_requested', deadline_kind: 'response', deadline_index: 0, to: new Date(Date.parse(to) + HOUR_MS).toISOString(), reason: '仍需核查' })
    const secondId = again.body.timeline.filter((e) => e.type === 'extension_requested').at(-1)!.id
    expect((await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'extension_decided', request_id: secondId, decision: 'refused', reason: '已延期一次，请按时回应' })).status).toBe(201)
    await waitFor(() => lixia.received.length >= 2, 5000, 'the refusal message')
    const refused = JSON.parse(lixia.received[1]!.text) as Body
    expect(refused.text).toContain('审批结果：不批准延期')
    expect(refused.text).toContain('原因：已延期一次，请按时回应')
    expect(refused.text).toContain(`时限：回应 北京时间 ${formatBeijingHm(to)} 截止`)
    expect(String(refused.idempotency_key)).toMatch(new RegExp(`^case:${c.id}\\|extension_decided\\|unit:370102\\|\\d+\\|request-${secondId}$`))
  })
})
