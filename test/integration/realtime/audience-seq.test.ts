import { describe, expect, it } from 'vitest'
import { HEARTBEAT_INTERVAL_MS } from '@shared/realtime/events.ts'
import { rawFetch } from '../../helpers/auth-session.ts'
import { HOUR_MS, insertItem } from '../../helpers/case-fixtures.ts'
import { makeRoleWorld, PASSWORD } from '../../helpers/roles.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp } from '../../helpers/test-app.ts'

const BEAT_WAIT_MS = HEARTBEAT_INTERVAL_MS * 2 + 1000

describe('sequence positions per audience', () => {
  it('sign-ins elsewhere move no wall’s position: its heartbeat stays at the last event it was sent, so it sees no gap', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const wall = await connectSocket(t.baseUrl, { auth: { token: w.display.secret }, autoConnect: false })
    const unit = await connectSocket(t.baseUrl, { extraHeaders: { cookie: w.sessions.unit.cookie }, autoConnect: false })
    const [wallHello, unitHello] = await Promise.all([nextEvent(wall, 'server:hello'), nextEvent(unit, 'server:hello')])
    // Audit events, which reach no socket: a sign-in, a failed one, a logout.
    const other = await t.login('operator', PASSWORD)
    await rawFetch(`${t.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'reviewer', password: 'not-the-password' }) })
    await rawFetch(`${t.baseUrl}/api/auth/logout`, { method: 'POST', headers: w.headers('operator', 'POST') })
    void other
    const logged = await t.app.db.selectFrom('events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow()
    expect(Number(logged.id)).toBeGreaterThan(wallHello.seq)
    expect((await nextEvent(wall, 'server:heartbeat', () => true, BEAT_WAIT_MS)).seq).toBe(wallHello.seq)

    // A 青岛 case reaches the wall, not the 历下区 unit: the wall's position moves to it, the unit's stays.
    const item = await insertItem(t.app, new Date(Date.now() - HOUR_MS), '青岛市市南区栈桥游客滞留', '370200')
    const created = nextEvent(wall, 'case:created')
    const res = await rawFetch(`${t.baseUrl}/api/cases`, { method: 'POST', headers: { ...w.headers('admin', 'POST'), 'content-type': 'application/json' }, body: JSON.stringify({ title: '青岛市市南区栈桥游客滞留', kind: 'opinion', level: 'III', item_ids: [item], unit_id: '370200' }) })
    expect(res.status).toBe(201)
    const { seq } = await created
    const [wallBeat, unitBeat] = await Promise.all([nextEvent(wall, 'server:heartbeat', () => true, BEAT_WAIT_MS), nextEvent(unit, 'server:heartbeat', () => true, BEAT_WAIT_MS)])
    expect(wallBeat.seq).toBe(seq)
    expect(unitBeat.seq).toBe(unitHello.seq)
  })
})
