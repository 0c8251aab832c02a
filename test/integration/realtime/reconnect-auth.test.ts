import { io } from 'socket.io-client'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { rawFetch, sessionHeaders } from '../../helpers/auth-session.ts'
import { openCaseOn } from '../../helpers/case-fixtures.ts'
import { makeRoleWorld, PASSWORD, type RoleWorld } from '../../helpers/roles.ts'
import { nextEvent, type TestSocket } from '../../helpers/socket-client.ts'
import { startTestApp, type TestApp } from '../../helpers/test-app.ts'
import { RECOVERY_LOG_MAX } from '../../../server/realtime/recovery-adapter.ts'

/**
 * A client that drops its link and comes back the way a wall on flaky Wi-Fi does: socket.io's
 * connection-state recovery (the server keeps it on) offers the old session id and offset. `wire`
 * is every event packet that reached the client, before socket.io-client decides what to emit, so
 * an event written ahead of a refused handshake still counts.
 */
interface Recovering {
  socket: TestSocket
  wire: { event: string; caseId: number | undefined }[]
  setCookie: (cookie: string) => void
}

async function recovering(t: TestApp, auth: { cookie: string } | { token: string }): Promise<Recovering> {
  const headers: Record<string, string> = 'cookie' in auth ? { cookie: auth.cookie } : {}
  const socket: TestSocket = io(t.baseUrl, { transports: ['websocket'], reconnection: false, extraHeaders: headers, auth: 'token' in auth ? { token: auth.token } : {} })
  onTestFinished(() => {
    socket.close()
  })
  const wire: Recovering['wire'] = []
  socket.io.on('packet', (p: { type: number; data?: unknown[] }) => {
    if (p.type !== 2 || !p.data) return
    const payload = p.data[1] as { data?: { id?: number; case_id?: number } } | undefined
    wire.push({ event: String(p.data[0]), caseId: payload?.data?.case_id ?? payload?.data?.id })
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve())
    socket.once('connect_error', reject)
  })
  return { socket, wire, setCookie: (cookie) => (headers.cookie = cookie) }
}

/** A case event before the drop gives the client an offset to resume from, as any live wall has. */
async function primed(t: TestApp, r: Recovering): Promise<void> {
  const seen = nextEvent(r.socket, 'case:created', (e) => e.data.title === '济南市历下区预热事项')
  await openCaseOn(t, '济南市历下区预热事项', '370102')
  await seen
}

/** Cuts the transport (not a clean disconnect: the server keeps the session for recovery), runs `away`, reconnects. */
async function dropAndReturn(t: TestApp, r: Recovering, away: () => Promise<void>): Promise<{ outcome: string; wireAfterDrop: Recovering['wire'] }> {
  const dropped = new Promise<string>((resolve) => r.socket.once('disconnect', resolve))
  const id = r.socket.id!
  r.socket.io.engine.close()
  expect(await dropped).toBe('forced close')
  // Until the server has seen the link go, a re-check could still close the socket cleanly (no recovery then).
  await expect.poll(() => t.app.realtime.io.of('/').sockets.has(id)).toBe(false)
  const mark = r.wire.length
  await away()
  const outcome = new Promise<string>((resolve) => {
    r.socket.once('connect', () => resolve(r.socket.recovered ? 'recovered' : 'fresh'))
    r.socket.once('connect_error', (err) => resolve(err.message))
  })
  r.socket.connect()
  const result = await outcome
  // Anything the server would still write (a replay, the hello) has arrived after a round trip.
  await new Promise((resolve) => setTimeout(resolve, 300))
  return { outcome: result, wireAfterDrop: r.wire.slice(mark) }
}

function patchUser(t: TestApp, username: string, body: unknown) {
  return rawFetch(`${t.baseUrl}/api/users/${username}`, { method: 'PATCH', headers: { ...sessionHeaders(t.admin, 'PATCH'), 'content-type': 'application/json' }, body: JSON.stringify(body) })
}

const caseEvents = (wire: Recovering['wire']) => wire.filter((w) => w.event.startsWith('case:'))

describe('reconnecting with connection-state recovery', () => {
  it('a still-valid client that drops for a moment is recovered and gets the case it missed', async () => {
    const t = await startTestApp()
    const w: RoleWorld = await makeRoleWorld(t)
    const r = await recovering(t, { cookie: w.sessions.operator.cookie })
    await primed(t, r)
    let missed: Case | undefined
    const { outcome, wireAfterDrop } = await dropAndReturn(t, r, async () => {
      missed = await openCaseOn(t, '济南市历下区断线期间事项', '370102')
    })
    expect(outcome).toBe('recovered')
    expect(caseEvents(wireAfterDrop)).toEqual([{ event: 'case:created', caseId: missed!.id }])
  })

  it('a client away while more events went out than the recovery log keeps connects fresh (and resyncs) instead of replaying them', async () => {
    const t = await startTestApp()
    const w: RoleWorld = await makeRoleWorld(t)
    const r = await recovering(t, { cookie: w.sessions.operator.cookie })
    // A wall that stays connected: its copy of the last event says every broadcast before it was written
    // (and logged); over PostgreSQL each one first goes out as a NOTIFY and comes back.
    const watcher = await recovering(t, { cookie: w.sessions.admin.cookie })
    await primed(t, r)
    const { outcome, wireAfterDrop } = await dropAndReturn(t, r, async () => {
      // A first poll of hundreds of feeds sends tens of thousands of item events within the two minutes.
      const io = t.app.realtime.io as unknown as { emit(event: string, payload: unknown): void }
      const flood = RECOVERY_LOG_MAX * 1.2 + 1
      const last = nextEvent(watcher.socket, 'story:updated', (e) => (e as unknown as { data: { id: number } }).data.id === flood - 1, 60_000)
      for (let i = 0; i < flood; i++) io.emit('story:updated', { data: { id: i } })
      await last
    })
    expect(outcome).toBe('fresh')
    expect(wireAfterDrop.filter((p) => p.event === 'story:updated')).toEqual([])
  })

  it('a display token revoked while its wall was away is refused on reconnect and is written no missed case', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const r = await recovering(t, { token: w.display.secret })
    await primed(t, r)
    const { outcome, wireAfterDrop } = await dropAndReturn(t, r, async () => {
      const res = await rawFetch(`${t.baseUrl}/api/display-tokens/${w.display.id}`, { method: 'DELETE', headers: w.headers('admin', 'DELETE') })
      expect(res.status).toBe(200)
      await openCaseOn(t, '济南市历下区撤销后事项', '370102')
    })
    expect(outcome).toBe('sign in first')
    expect(wireAfterDrop).toEqual([])
  })

  it('an operator disabled while away is refused on reconnect and is written no missed case', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const r = await recovering(t, { cookie: w.sessions.operator.cookie })
    await primed(t, r)
    const { outcome, wireAfterDrop } = await dropAndReturn(t, r, async () => {
      expect((await patchUser(t, 'operator', { disabled: true })).status).toBe(200)
      await openCaseOn(t, '济南市历下区停用后事项', '370102')
    })
    expect(outcome).toBe('sign in first')
    expect(wireAfterDrop).toEqual([])
  })

  it('an operator downgraded to a 青岛 unit while away comes back with 青岛 rooms only: the missed 青岛 case replays, the 济南 one does not', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const r = await recovering(t, { cookie: w.sessions.operator.cookie })
    await primed(t, r)
    let qingdao: Case | undefined
    const { outcome, wireAfterDrop } = await dropAndReturn(t, r, async () => {
      expect((await patchUser(t, 'operator', { role: 'unit', unit_id: '370200' })).status).toBe(200)
      // The same browser signs in again as what the account is now; its socket reconnects with the new cookie.
      r.setCookie((await t.login('operator', PASSWORD)).cookie)
      await openCaseOn(t, '济南市历下区降级后事项', '370102')
      qingdao = await openCaseOn(t, '青岛市市南区降级后事项', '370200')
    })
    expect(outcome).toBe('recovered')
    expect(caseEvents(wireAfterDrop)).toEqual([{ event: 'case:created', caseId: qingdao!.id }])
    // And live events from now on follow the new rooms too.
    const mark = r.wire.length
    const next = nextEvent(r.socket, 'case:created', (e) => e.data.title === '青岛市市南区之后事项')
    await openCaseOn(t, '济南市历下区之后事项', '370102')
    await openCaseOn(t, '青岛市市南区之后事项', '370200')
    await next
    expect(caseEvents(r.wire.slice(mark)).map((e) => e.event)).toEqual(['case:created'])
  })

  it('the periodic re-check drops a connected socket whose account changed role or unit in the database, before it is written another case', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const r = await recovering(t, { cookie: w.sessions.operator.cookie })
    await primed(t, r)
    const closed = new Promise<string>((resolve) => r.socket.once('disconnect', resolve))
    // Straight in the database, as a script or another process would: no route asks for a re-check, and the session lives on.
    await t.app.db.updateTable('users').set({ role: 'unit', unit_id: '370200' }).where('username', '=', 'operator').execute()
    await t.app.auth.recheckSockets()
    const mark = r.wire.length
    await openCaseOn(t, '济南市历下区改库后事项', '370102')
    expect(await closed).toBe('io server disconnect')
    expect(caseEvents(r.wire.slice(mark))).toEqual([])
  })
})
