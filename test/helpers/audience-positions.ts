import { expect } from 'vitest'
import { HEARTBEAT_INTERVAL_MS } from '@shared/realtime/events.ts'
import { lastEventSeq } from '../../server/db/event-log.ts'
import { rawFetch, sessionHeaders, TEST_ADMIN_PASSWORD } from './auth-session.ts'
import { openCaseOn } from './case-fixtures.ts'
import { connectSocket, nextEvent, type TestSocket } from './socket-client.ts'
import type { TestApp } from './test-app.ts'

/** Long enough for a heartbeat sent after now (one interval, and slack for a loaded machine). */
export const BEAT_WAIT_MS = HEARTBEAT_INTERVAL_MS * 2 + 1000
/** Delivery is asserted, not its speed. */
const ARRIVES_MS = 15_000

const WALL_NAMES = ['kiosk on A', 'kiosk on B', 'office on B']

/** A socket with the highest seq it was sent, as the client's StreamPosition counts it. */
export interface Wall {
  socket: TestSocket
  received: () => number
}

async function wall(baseUrl: string, opts: Parameters<typeof connectSocket>[1]): Promise<Wall & { hello: number }> {
  const socket = await connectSocket(baseUrl, { ...opts, autoConnect: false })
  let seq = 0
  socket.onAny((event: string, payload: { seq?: unknown }) => {
    if (!event.startsWith('server:') && typeof payload.seq === 'number') seq = Math.max(seq, payload.seq)
  })
  const hello = (await nextEvent(socket, 'server:hello')).seq
  seq = Math.max(seq, hello)
  return { socket, received: () => seq, hello }
}

/** The next heartbeat of each wall. */
export const nextBeats = (walls: readonly Wall[]) => Promise.all(walls.map((w) => nextEvent(w.socket, 'server:heartbeat', () => true, BEAT_WAIT_MS).then((h) => h.seq)))

/**
 * Two processes of a cluster: a kiosk wall on each and an office (admin) on B. A sign-in on A (an
 * audited event no socket is sent) moves no one's heartbeat position; a case opened on A reaches
 * B's walls, and their heartbeats then say exactly what they were sent: no gap claimed, none hidden.
 */
export async function expectPositionsPerAudience(a: TestApp, b: TestApp): Promise<Wall[]> {
  const res = await rawFetch(`${a.baseUrl}/api/display-tokens`, { method: 'POST', headers: { ...sessionHeaders(a.admin, 'POST'), 'content-type': 'application/json' }, body: JSON.stringify({ name: '指挥大厅大屏' }) })
  const { secret } = (await res.json()) as { secret: string }
  const walls = await Promise.all([wall(a.baseUrl, { auth: { token: secret } }), wall(b.baseUrl, { auth: { token: secret } }), wall(b.baseUrl, { extraHeaders: { cookie: b.admin.cookie } })])

  await a.login('admin', TEST_ADMIN_PASSWORD)
  expect(await lastEventSeq(a.app.db)).toBeGreaterThan(Math.max(...walls.map((w) => w.hello)))
  expect(await nextBeats(walls)).toEqual(walls.map((w) => w.hello))

  const title = '济南市历下区跨进程位置事项'
  const seen = walls.map((w) => nextEvent(w.socket, 'case:created', (e) => e.data.title === title, ARRIVES_MS))
  await openCaseOn(a, title)
  const settled = await Promise.allSettled(seen)
  // Which of them missed it says where the event stopped: on A (all three), between the processes (B's two), or one room.
  const missed = settled.flatMap((r, i) => (r.status === 'rejected' ? [WALL_NAMES[i]] : []))
  expect(missed, 'walls that never received the case').toEqual([])
  const created = settled.map((r) => (r as PromiseFulfilledResult<Awaited<(typeof seen)[number]>>).value)
  const beats = await nextBeats(walls)
  for (const [i, w] of walls.entries()) {
    expect(beats[i]).toBeGreaterThanOrEqual(created[i]!.seq)
    expect(beats[i]).toBe(w.received())
  }
  return walls
}
