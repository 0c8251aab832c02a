import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { api, HOUR_MS, insertItem } from '../../helpers/case-fixtures.ts'
import { startTestApp, type TestApp } from '../../helpers/test-app.ts'

interface ErrorBody {
  statusCode: number
  code: string
  message: string
}

async function openCase(t: TestApp): Promise<Case> {
  const itemId = await insertItem(t.app, new Date(Date.now() - 2 * HOUR_MS))
  const res = await api(t.baseUrl, 'POST', '/api/cases', { title: '待办舆情', kind: 'opinion', level: 'III', item_ids: [itemId] })
  expect(res.status).toBe(201)
  return res.body
}

async function logSize(t: TestApp): Promise<number> {
  const row = await t.app.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Sends a request that must be refused, then checks nothing about the case or the log changed. */
async function expectRefused(t: TestApp, c: Case, method: string, path: string, body: unknown, code: string): Promise<ErrorBody> {
  const before = await logSize(t)
  const res = await api<ErrorBody>(t.baseUrl, method, path, body)
  expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400)
  expect(res.status).toBeLessThan(500)
  expect(res.body.code).toBe(code)
  expect(res.body.message.length).toBeGreaterThan(5)
  const after = (await api(t.baseUrl, 'GET', `/api/cases/${c.id}`)).body
  expect({ ...after, deadlines: after.deadlines.map((d) => d.due_at) }).toEqual({ ...c, deadlines: c.deadlines.map((d) => d.due_at) })
  expect(await logSize(t)).toBe(before)
  return res.body
}

describe('case API refusals change nothing', () => {
  it('POST /api/cases/:id/events refuses an event dated in the future', async () => {
    const t = await startTestApp()
    const c = await openCase(t)
    const at = new Date(Date.now() + HOUR_MS).toISOString()
    const err = await expectRefused(t, c, 'POST', `/api/cases/${c.id}/events`, { type: 'response', at, url: 'https://gov.example.cn/a' }, 'YQ_ERR_EVENT_IN_FUTURE')
    expect(err.message).toContain('future')
  })

  it('POST /api/cases/:id/events refuses an event dated before the clock start', async () => {
    const t = await startTestApp()
    const c = await openCase(t)
    const at = new Date(Date.parse(c.clock_start) - 1000).toISOString()
    await expectRefused(t, c, 'POST', `/api/cases/${c.id}/events`, { type: 'response', at, url: 'https://gov.example.cn/a' }, 'YQ_ERR_EVENT_BEFORE_CLOCK_START')
  })

  it('case API refuses a level outside I–IV on create, patch and level_changed', async () => {
    const t = await startTestApp()
    const c = await openCase(t)
    const itemId = await insertItem(t.app, new Date())
    for (const level of ['V', 'i', '', '0', 'II; DROP TABLE cases']) {
      await expectRefused(t, c, 'POST', '/api/cases', { title: 'x', kind: 'incident', level, item_ids: [itemId] }, 'YQ_ERR_BAD_CASE_LEVEL')
      await expectRefused(t, c, 'PATCH', `/api/cases/${c.id}`, { level }, 'YQ_ERR_BAD_CASE_LEVEL')
      await expectRefused(t, c, 'POST', `/api/cases/${c.id}/events`, { type: 'level_changed', at: new Date().toISOString(), level }, 'YQ_ERR_BAD_CASE_LEVEL')
    }
    // The refused create did not claim the item.
    const items = await api<{ items: { id: number; case_id: number | null }[] }>(t.baseUrl, 'GET', '/api/items')
    expect(items.body.items.find((i) => i.id === itemId)?.case_id).toBeNull()
  })

  it('case API refuses an unknown unit on create, patch and forwarded', async () => {
    const t = await startTestApp()
    const c = await openCase(t)
    const itemId = await insertItem(t.app, new Date(), '某地', null)
    await expectRefused(t, c, 'POST', '/api/cases', { title: 'x', kind: 'opinion', level: 'IV', item_ids: [itemId], unit_id: '999999' }, 'YQ_ERR_UNKNOWN_UNIT')
    await expectRefused(t, c, 'POST', '/api/cases', { title: 'x', kind: 'opinion', level: 'IV', item_ids: [itemId] }, 'YQ_ERR_UNKNOWN_UNIT')
    await expectRefused(t, c, 'PATCH', `/api/cases/${c.id}`, { cooperating_unit_ids: ['370100', 'nowhere'] }, 'YQ_ERR_UNKNOWN_UNIT')
    await expectRefused(t, c, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: new Date().toISOString(), unit_id: '370100-xyz' }, 'YQ_ERR_UNKNOWN_UNIT')
  })

  it('case API refuses broken and hostile input with a clear error', async () => {
    const t = await startTestApp()
    const c = await openCase(t)
    const now = new Date().toISOString()
    const events = `/api/cases/${c.id}/events`
    await expectRefused(t, c, 'POST', events, { type: 'authoritative_info', at: now }, 'YQ_ERR_BAD_CASE_EVENT')
    await expectRefused(t, c, 'POST', events, { type: 'response', at: now, url: 'javascript:alert(1)' }, 'YQ_ERR_BAD_CASE_EVENT')
    // A public link must be on a public host: loopback, private, link-local and intranet names are refused, in Chinese.
    for (const url of ['http://127.0.0.1:8080/notice', 'http://localhost/x', 'https://[::1]/x', 'http://2130706433/x', 'http://10.1.2.3/x', 'http://192.168.0.8/x', 'http://169.254.169.254/latest', 'http://[::ffff:127.0.0.1]/x', 'http://intranet/x', 'https://oa.gov.internal/x', 'https://a.localhost/x', 'https://user:pw@www.shandong.gov.cn/x']) {
      const refused = await expectRefused(t, c, 'POST', events, { type: 'response', at: now, url }, 'YQ_ERR_EVENT_URL_NOT_PUBLIC')
      expect(refused.message).toContain('发布链接须为公众可访问的网址')
    }
    await expectRefused(t, c, 'POST', events, { type: 'follow_up', at: now, url: 'http://127.0.0.1/x' }, 'YQ_ERR_EVENT_URL_NOT_PUBLIC')
    await expectRefused(t, c, 'POST', events, { type: 'response', at: '2026-03-01 08:00', url: 'https://a.cn' }, 'YQ_ERR_BAD_CASE_EVENT')
    await expectRefused(t, c, 'POST', events, { type: 'response', at: 'yesterday', url: 'https://a.cn' }, 'YQ_ERR_BAD_CASE_EVENT')
    await expectRefused(t, c, 'POST', events, { type: 'opened', at: now }, 'YQ_ERR_BAD_CASE_EVENT')
    await expectRefused(t, c, 'POST', events, { type: 'flagged', at: now, flag: 'bad' }, 'YQ_ERR_BAD_CASE_EVENT')
    await expectRefused(t, c, 'POST', events, { type: 'coordinated', at: now }, 'YQ_ERR_BAD_CASE_EVENT')
    await expectRefused(t, c, 'POST', events, { type: 'reopened', at: now }, 'YQ_ERR_BAD_STATUS_CHANGE')
    await expectRefused(t, c, 'PATCH', `/api/cases/${c.id}`, { status: 'closed' }, 'YQ_ERR_BAD_STATUS_CHANGE')
    await expectRefused(t, c, 'PATCH', `/api/cases/${c.id}`, { clock_start: new Date(Date.parse(c.clock_start) + 1000).toISOString() }, 'YQ_ERR_BAD_CLOCK_START')
    await expectRefused(t, c, 'PATCH', `/api/cases/${c.id}`, { clock_start: new Date(Date.parse(c.clock_start) - HOUR_MS).toISOString() }, 'YQ_ERR_BAD_CLOCK_START')
    await expectRefused(t, c, 'PATCH', `/api/cases/${c.id}`, { add_item_ids: [c.items[0]!.id + 1000] }, 'YQ_ERR_ITEM_NOT_FOUND')
    await expectRefused(t, c, 'POST', '/api/cases', { title: 'x', kind: 'opinion', level: 'IV', item_ids: [c.items[0]!.id] }, 'YQ_ERR_ITEM_ALREADY_LINKED')
    await expectRefused(t, c, 'POST', '/api/cases', { title: 'x'.repeat(201), kind: 'opinion', level: 'IV', item_ids: [] }, 'FST_ERR_VALIDATION')
    await expectRefused(t, c, 'POST', '/api/cases', { title: 'x', kind: 'opinion', level: 'IV', item_ids: [], unit_id: '370100' }, 'YQ_ERR_BAD_CLOCK_START')
    expect((await api<ErrorBody>(t.baseUrl, 'GET', '/api/cases/99999')).body.code).toBe('YQ_ERR_CASE_NOT_FOUND')
  })

  it('PATCH /api/cases/:id moves the clock start earlier only with a reason, on the timeline', async () => {
    const t = await startTestApp()
    const c = await openCase(t)
    const earlier = new Date(Date.parse(c.clock_start) - HOUR_MS).toISOString()
    const res = await api(t.baseUrl, 'PATCH', `/api/cases/${c.id}`, { clock_start: earlier, clock_start_reason: '群众来电早于网络发现', actor: '值班员 李某' })
    expect(res.status).toBe(200)
    expect(res.body.clock_start).toBe(earlier)
    expect(res.body.deadlines[0]!.due_at).toBe(new Date(Date.parse(earlier) + 48 * HOUR_MS).toISOString())
    expect(res.body.timeline.at(-1)).toMatchObject({ type: 'clock_moved', from: c.clock_start, to: earlier, reason: '群众来电早于网络发现', actor: 'admin' })
  })
})

describe('case API clock skew', () => {
  it('POST /api/cases/:id/events takes an event stamped a moment ahead of the server as happening now, meeting its deadline', async () => {
    const t = await startTestApp()
    const c = await openCase(t)
    const res = await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'response', at: new Date(Date.now() + 2000).toISOString(), url: 'https://gov.example.cn/r' })
    expect(res.status).toBe(201)
    const response = res.body.deadlines.find((d) => d.kind === 'response')!
    expect(response.state).toBe('met')
    expect(Date.parse(response.met_at!)).toBeLessThanOrEqual(Date.now())
  })
})
