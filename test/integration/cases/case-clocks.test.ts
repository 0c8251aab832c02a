import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { api, HOUR_MS, insertItem } from '../../helpers/case-fixtures.ts'
import { startTestApp, tempDataDir } from '../../helpers/test-app.ts'

const deadline = (c: Case, kind: string) => c.deadlines.find((d) => d.kind === kind)

describe('POST /api/cases clocks from the notice', () => {
  it('POST /api/cases shows authoritative_info overdue by 1 h and press_conference due in 18 h when the item was first seen 6 h ago, and after a restart', async () => {
    const dataDir = tempDataDir()
    const first = await startTestApp({}, dataDir)
    const seenAt = new Date(Date.now() - 6 * HOUR_MS)
    const itemId = await insertItem(first.app, seenAt)

    const created = await api(first.baseUrl, 'POST', '/api/cases', { title: '历下区化工厂爆炸', kind: 'incident', level: 'II', item_ids: [itemId] })
    expect(created.status).toBe(201)
    const opened = created.body
    expect(opened.clock_start).toBe(seenAt.toISOString())
    expect(opened.unit).toEqual({ id: '370102', name: '济南市历下区' })
    const info = deadline(opened, 'authoritative_info')!
    const press = deadline(opened, 'press_conference')!
    expect(info.state).toBe('overdue')
    expect(Date.parse(info.due_at) - seenAt.getTime()).toBe(5 * HOUR_MS)
    // Overdue by 1 h (give or take the seconds the test took), press conference due in 18 h.
    expect(Date.now() - Date.parse(info.due_at)).toBeGreaterThanOrEqual(HOUR_MS)
    expect(Date.now() - Date.parse(info.due_at)).toBeLessThan(HOUR_MS + 60_000)
    expect(press.state).toBe('pending')
    expect(Date.parse(press.due_at) - seenAt.getTime()).toBe(24 * HOUR_MS)
    expect(Date.parse(press.due_at) - Date.now()).toBeGreaterThan(18 * HOUR_MS - 60_000)
    expect(Date.parse(press.due_at) - Date.now()).toBeLessThanOrEqual(18 * HOUR_MS)
    expect(opened.deadlines.map((d) => d.kind)).toEqual(['authoritative_info', 'press_conference'])
    expect(opened.timeline.map((e) => e.type)).toEqual(['opened', 'item_linked'])

    const items = await api<{ items: { id: number; case_id: number | null }[] }>(first.baseUrl, 'GET', '/api/items')
    expect(items.body.items.find((i) => i.id === itemId)?.case_id).toBe(opened.id)
    await first.app.close()

    // A new server on the same data dir: the same instants come back.
    const second = await startTestApp({}, dataDir)
    const again = await api(second.baseUrl, 'GET', `/api/cases/${opened.id}`)
    expect(again.status).toBe(200)
    expect(again.body.deadlines.map((d) => [d.kind, d.due_at, d.state])).toEqual(opened.deadlines.map((d) => [d.kind, d.due_at, d.state]))
    expect(again.body.clock_start).toBe(opened.clock_start)
  })

  it('POST /api/cases/:id/events level_changed adds the 5 h and 24 h clocks from the same start, overdue at once', async () => {
    const { app, baseUrl } = await startTestApp()
    const seenAt = new Date(Date.now() - 30 * HOUR_MS)
    const itemId = await insertItem(app, seenAt)
    const opened = (await api(baseUrl, 'POST', '/api/cases', { title: '舆情', kind: 'incident', level: 'III', item_ids: [itemId] })).body
    expect(opened.deadlines.map((d) => [d.kind, d.state])).toEqual([['response', 'pending']])

    const raised = await api(baseUrl, 'POST', `/api/cases/${opened.id}/events`, { type: 'level_changed', at: new Date().toISOString(), level: 'I' })
    expect(raised.status).toBe(201)
    expect(raised.body.level).toBe('I')
    expect(raised.body.deadlines.map((d) => [d.kind, d.due_at, d.state])).toEqual([
      ['authoritative_info', new Date(seenAt.getTime() + 5 * HOUR_MS).toISOString(), 'overdue'],
      ['press_conference', new Date(seenAt.getTime() + 24 * HOUR_MS).toISOString(), 'overdue'],
    ])
    expect(raised.body.timeline.at(-1)).toMatchObject({ type: 'level_changed', level: 'I', from_level: 'III', actor: 'admin' })
  })

  it('POST /api/cases/:id/events meets a milestone only by its event, late when after due, and restarts follow_up', async () => {
    const { app, baseUrl } = await startTestApp()
    const seenAt = new Date(Date.now() - 6 * HOUR_MS)
    const opened = (await api(baseUrl, 'POST', '/api/cases', { title: '事件', kind: 'incident', level: 'I', item_ids: [await insertItem(app, seenAt)] })).body
    const at = new Date(Date.now() - 30 * 60_000).toISOString()
    const res = await api(baseUrl, 'POST', `/api/cases/${opened.id}/events`, { type: 'authoritative_info', at, url: 'https://www.shandong.gov.cn/art/1.html', actor: '省应急厅 王某' })
    expect(res.status).toBe(201)
    expect(res.body.status).toBe('responding')
    const info = res.body.deadlines.find((d) => d.kind === 'authoritative_info')!
    expect([info.state, info.met_at]).toEqual(['met_late', at])
    const follow = res.body.deadlines.find((d) => d.kind === 'follow_up')!
    expect([follow.starts_at, follow.due_at, follow.state]).toEqual([at, new Date(Date.parse(at) + 24 * HOUR_MS).toISOString(), 'pending'])
    // The timeline is ordered by when things happened: the backdated release comes before the opening.
    expect(res.body.timeline.map((e) => e.type)).toEqual(['authoritative_info', 'opened', 'item_linked'])
    expect(res.body.timeline[0]).toMatchObject({ type: 'authoritative_info', at, url: 'https://www.shandong.gov.cn/art/1.html', actor: 'admin' })
  })

  it('POST /api/cases forwarded by the provincial office starts a 1 h acknowledgement clock met by 签收', async () => {
    const { app, baseUrl } = await startTestApp()
    const opened = (
      await api(baseUrl, 'POST', '/api/cases', {
        title: '转办：学校食堂',
        kind: 'opinion',
        level: 'IV',
        item_ids: [await insertItem(app, new Date(Date.now() - HOUR_MS))],
        unit_id: '370100-jyj',
        origin: 'provincial_office_forward',
      })
    ).body
    const ack = opened.deadlines.find((d) => d.kind === 'acknowledgement')!
    expect(Date.parse(ack.due_at) - Date.parse(ack.starts_at)).toBe(HOUR_MS)
    expect(ack.state).toBe('pending')
    const res = await api(baseUrl, 'POST', `/api/cases/${opened.id}/events`, { type: 'acknowledged', at: new Date().toISOString(), unit_id: '370100-jyj' })
    expect(res.body.deadlines.find((d) => d.kind === 'acknowledgement')!.state).toBe('met')
  })
})
