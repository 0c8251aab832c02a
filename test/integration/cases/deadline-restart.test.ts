import { describe, expect, it } from 'vitest'
import type { DeadlineCrossing } from '@shared/types/case.ts'
import { api, HOUR_MS, insertItem } from '../../helpers/case-fixtures.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp, tempDataDir } from '../../helpers/test-app.ts'

describe('deadline scheduler across a restart', () => {
  it('deadline:overdue reaches a socket.io client once after start when the server was stopped across the due time', async () => {
    const dataDir = tempDataDir()
    // 1. A level II incident whose authoritative_info falls due 4 s from now (still due_soon when a
    // loaded machine answers the POST late); the scheduler does not run.
    const first = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' }, dataDir)
    const seenAt = new Date(Date.now() - 5 * HOUR_MS + 4000)
    const created = await api(first.baseUrl, 'POST', '/api/cases', { title: '停机期间到期', kind: 'incident', level: 'II', item_ids: [await insertItem(first.app, seenAt)] })
    const info = created.body.deadlines.find((d) => d.kind === 'authoritative_info')!
    expect(info.state).toBe('due_soon')
    await first.app.close()

    // 2. The server is down while the deadline passes.
    while (Date.now() <= Date.parse(info.due_at)) await new Promise((r) => setTimeout(r, 100))

    // 3. A new server on the same data; a client connects before the scheduler's first (catch-up) scan.
    const second = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' }, dataDir)
    const socket = await connectSocket(second.baseUrl)
    const seen: DeadlineCrossing[] = []
    socket.on('deadline:overdue', ({ data }) => seen.push(data))
    const overdue = nextEvent(socket, 'deadline:overdue', ({ data }) => data.case_id === created.body.id)
    second.app.deadlineScheduler.start()
    const event = await overdue
    expect(event.data).toMatchObject({ kind: 'authoritative_info', due_at: info.due_at, crossing: 'overdue', case_title: '停机期间到期' })

    // 4. Further scans and a further restart announce it no more.
    expect(await second.app.deadlineScheduler.scan()).toBe(0)
    await second.app.close()
    const third = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' }, dataDir)
    expect(await third.app.deadlineScheduler.scan()).toBe(0)
    expect(seen.filter((d) => d.case_id === created.body.id)).toHaveLength(1)
    const logged = await third.app.db.selectFrom('events').select('id').where('type', '=', 'deadline.overdue').execute()
    expect(logged).toHaveLength(1)
  })

  it('case:created and case:updated reach a socket.io client after the change is readable', async () => {
    const { app, baseUrl } = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' })
    const socket = await connectSocket(baseUrl)
    const createdEvent = nextEvent(socket, 'case:created')
    const created = await api(baseUrl, 'POST', '/api/cases', { title: '社会关注', kind: 'opinion', level: 'IV', item_ids: [await insertItem(app, new Date())] })
    const c = await createdEvent
    expect(c.data.id).toBe(created.body.id)
    expect(c.data.deadlines.map((d) => d.kind)).toEqual(['response'])

    const updatedEvent = nextEvent(socket, 'case:updated')
    await api(baseUrl, 'POST', `/api/cases/${c.data.id}/events`, { type: 'coordinated', at: new Date().toISOString(), partner: 'cyberspace' })
    const u = await updatedEvent
    expect(u.seq).toBeGreaterThan(c.seq)
    expect(u.data.timeline.at(-1)).toMatchObject({ type: 'coordinated', partner: 'cyberspace' })

    const list = await api<{ cases: { id: number }[] }>(baseUrl, 'GET', '/api/cases?level=IV&overdue=false&unit_id=370102')
    expect(list.body.cases.map((x) => x.id)).toEqual([c.data.id])
    expect((await api<{ cases: unknown[] }>(baseUrl, 'GET', '/api/cases?overdue=true')).body.cases).toEqual([])
    expect((await api<{ cases: unknown[] }>(baseUrl, 'GET', '/api/cases?status=closed')).body.cases).toEqual([])
  })
})
