import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { api, HOUR_MS, insertItem } from '../../helpers/case-fixtures.ts'
import { startTestApp } from '../../helpers/test-app.ts'

describe('GET /api/cases', () => {
  it('GET /api/cases filters by overdue, level, unit and status, newest first, without timelines', async () => {
    const { app, baseUrl } = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' })
    const open = async (level: string, hoursAgo: number, unit_id: string) =>
      (await api(baseUrl, 'POST', '/api/cases', { title: `${level}-${hoursAgo}`, kind: 'incident', level, unit_id, item_ids: [await insertItem(app, new Date(Date.now() - hoursAgo * HOUR_MS))] })).body.id
    const late = await open('II', 6, '370100-yjj')
    const fresh = await open('II', 1, '370200')
    const quiet = await open('IV', 1, '370100-yjj')
    await api(baseUrl, 'POST', `/api/cases/${quiet}/events`, { type: 'closed', at: new Date().toISOString() })

    const ids = async (query: string) => (await api<{ cases: { id: number; timeline?: unknown }[] }>(baseUrl, 'GET', `/api/cases${query}`)).body.cases.map((c) => c.id)
    expect(await ids('')).toEqual([quiet, fresh, late])
    expect(await ids('?overdue=true')).toEqual([late])
    expect(await ids('?overdue=false&level=II')).toEqual([fresh])
    expect(await ids('?unit_id=370100-yjj')).toEqual([quiet, late])
    expect(await ids('?status=closed')).toEqual([quiet])
    const list = await api<{ cases: Record<string, unknown>[] }>(baseUrl, 'GET', '/api/cases?limit=1')
    expect(list.body.cases).toHaveLength(1)
    expect(list.body.cases[0]).not.toHaveProperty('timeline')
    expect((await api<{ code: string }>(baseUrl, 'GET', '/api/cases?level=V')).status).toBe(400)
  })

  it('case_events refuse updates and deletes at the database, so the timeline cannot be rewritten', async () => {
    const { app, baseUrl } = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' })
    await api(baseUrl, 'POST', '/api/cases', { title: 't', kind: 'opinion', level: 'IV', item_ids: [await insertItem(app, new Date())] })
    await expect(sql`UPDATE case_events SET at = '2000-01-01T00:00:00.000Z'`.execute(app.db)).rejects.toThrow(/append-only/)
    await expect(sql`DELETE FROM case_events`.execute(app.db)).rejects.toThrow(/append-only/)
  })
})
