import { describe, expect, it } from 'vitest'
import { HEARTBEAT_INTERVAL_MS } from '@shared/realtime/events.ts'
import type { WallSummary } from '@shared/api/wall.ts'
import { lastEventSeq } from '../../../server/db/index.ts'
import { api, HOUR_MS, insertItem } from '../../helpers/case-fixtures.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp } from '../../helpers/test-app.ts'

describe('GET /api/wall/summary', () => {
  it('counts the last 24 h of items per hour, per city and untriaged when items exist', async () => {
    const { app, baseUrl } = await startTestApp()
    const now = Date.now()
    await insertItem(app, new Date(now - 10 * 60_000), '历下区一小学午餐分量不足', '370102')
    const linked = await insertItem(app, new Date(now - 2 * HOUR_MS), '青岛市黄岛区塔吊倒塌', '370211')
    await insertItem(app, new Date(now - 30 * HOUR_MS), '一天多以前的旧闻', '370300')
    await api(baseUrl, 'POST', '/api/cases', { title: '塔吊倒塌', kind: 'incident', level: 'II', item_ids: [linked], unit_id: '370211' })

    const res = await api<WallSummary>(baseUrl, 'GET', '/api/wall/summary')
    expect(res.status).toBe(200)
    expect(res.body.items_24h).toBe(2)
    expect(res.body.untriaged).toBe(1)
    expect(res.body.hours).toHaveLength(24)
    expect(res.body.by_city).toEqual([
      { code: '370100', count: 1 },
      { code: '370200', count: 1 },
    ])
    // Untagged items still show, as their own series, until classification fills departments in.
    expect(res.body.by_department).toEqual([expect.objectContaining({ kind: 'untagged' })])
    expect(res.body.by_department[0]!.counts.reduce((a, b) => a + b, 0)).toBe(2)
  })

  it('survives items whose stored tags are not valid JSON when the database holds garbage', async () => {
    const { app, baseUrl } = await startTestApp()
    const id = await insertItem(app, new Date(), '标签损坏的信息', null)
    await app.db.updateTable('items').set({ departments: '{not json', region: '[', unit: 'null' }).where('id', '=', id).execute()
    const res = await api<WallSummary>(baseUrl, 'GET', '/api/wall/summary')
    expect(res.status).toBe(200)
    expect(res.body.items_24h).toBe(1)
    expect(res.body.by_city).toEqual([])
  })

  it('answers an empty database with zeros when nothing was seen', async () => {
    const { baseUrl } = await startTestApp()
    const res = await api<WallSummary>(baseUrl, 'GET', '/api/wall/summary?junk=1')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ items_24h: 0, untriaged: 0, by_department: [], by_city: [] })
  })
})

describe('server:heartbeat', () => {
  it('arrives on an idle connection with the last sequence number when nothing else happens', async () => {
    const { app, baseUrl } = await startTestApp()
    await api(baseUrl, 'POST', '/api/cases', { title: '心跳测试', kind: 'opinion', level: 'IV', item_ids: [], unit_id: '370100', clock_start: new Date(Date.now() - 60_000).toISOString(), clock_start_reason: '测试' })
    // Over PostgreSQL the case's events reach this process's sockets by NOTIFY, after the answer:
    // a wall watching meanwhile has heard all of them once its heartbeat carries the stored seq.
    const watching = await connectSocket(baseUrl)
    const stored = await lastEventSeq(app.db)
    await nextEvent(watching, 'server:heartbeat', (h) => h.seq === stored, HEARTBEAT_INTERVAL_MS * 3)
    const socket = await connectSocket(baseUrl, { autoConnect: false })
    const hello = await nextEvent(socket, 'server:hello')
    const beat = await nextEvent(socket, 'server:heartbeat', () => true, HEARTBEAT_INTERVAL_MS * 2 + 1000)
    expect(beat.seq).toBe(hello.seq)
    expect(beat.seq).toBeGreaterThan(0)
    expect(beat.build).toBe(hello.build)
  })
})
