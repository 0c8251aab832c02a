import { describe, expect, it } from 'vitest'
import { api, HOUR_MS, insertItem } from '../../helpers/case-fixtures.ts'
import { startTestApp } from '../../helpers/test-app.ts'

describe('PATCH /api/cases/:id', () => {
  it('PATCH /api/cases/:id links an earlier item, moving the clock start and every deadline earlier, on the timeline', async () => {
    const { app, baseUrl } = await startTestApp()
    const opened = (await api(baseUrl, 'POST', '/api/cases', { title: '舆情', kind: 'opinion', level: 'III', item_ids: [await insertItem(app, new Date(Date.now() - HOUR_MS))] })).body
    const earlierSeen = new Date(Date.now() - 3 * HOUR_MS)
    const earlierItem = await insertItem(app, earlierSeen, '更早的报道')
    const res = await api(baseUrl, 'PATCH', `/api/cases/${opened.id}`, { add_item_ids: [earlierItem] })
    expect(res.status).toBe(200)
    expect(res.body.clock_start).toBe(earlierSeen.toISOString())
    expect(res.body.deadlines[0]!.due_at).toBe(new Date(earlierSeen.getTime() + 48 * HOUR_MS).toISOString())
    expect(res.body.items.map((i) => i.id)).toEqual([earlierItem, opened.items[0]!.id])
    expect(res.body.timeline.slice(-2).map((e) => [e.type, e.reason ?? null])).toEqual([
      ['item_linked', null],
      ['clock_moved', 'earlier item linked'],
    ])
  })

  it('PATCH /api/cases/:id records each field change with before and after, and a level change recomputes deadlines', async () => {
    const { app, baseUrl } = await startTestApp()
    const opened = (await api(baseUrl, 'POST', '/api/cases', { title: '事件', kind: 'incident', level: 'IV', item_ids: [await insertItem(app, new Date(Date.now() - 2 * HOUR_MS))] })).body
    const res = await api(baseUrl, 'PATCH', `/api/cases/${opened.id}`, {
      level: 'I',
      supervised: true,
      lead_unit_id: '370000-yjj',
      cooperating_unit_ids: ['370000-xcb', '370000-wxb'],
      status: 'assessing',
      // 改派 of the lead and cooperating units is kept with its reason.
      note: '省应急管理厅牵头，宣传、网信配合',
      actor: '省政府办公厅 赵某',
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ level: 'I', supervised: true, status: 'assessing', lead_unit: { id: '370000-yjj', name: '山东省应急管理厅' } })
    expect(res.body.cooperating_units.map((u) => u.name)).toEqual(['中共山东省委宣传部', '山东省委网信办'])
    expect(res.body.deadlines.map((d) => [d.kind, d.state])).toEqual([
      ['authoritative_info', 'pending'],
      ['press_conference', 'pending'],
    ])
    const updated = res.body.timeline.find((e) => e.type === 'updated')!
    // The signed-in account acts, not the name the body claims.
    expect(updated.actor).toBe('admin')
    expect(updated.changes).toMatchObject({ supervised: [false, true], status: ['new', 'assessing'], lead_unit_id: [null, '370000-yjj'] })
    expect(res.body.timeline.find((e) => e.type === 'level_changed')).toMatchObject({ level: 'I', from_level: 'IV' })
  })
})
