import { io } from 'socket.io-client'
import { describe, expect, it, onTestFinished } from 'vitest'
import { lastEventSeq } from '../../../server/db/event-log.ts'
import { rawFetch } from '../../helpers/auth-session.ts'
import { openCaseOn } from '../../helpers/case-fixtures.ts'
import { startPair, switchableProxy } from '../../helpers/cluster-apps.ts'
import { startOwnRedis } from '../../helpers/redis-server.ts'
import { connectSocket, nextEvent, type TestSocket } from '../../helpers/socket-client.ts'

/** Generous: delivery is asserted, not its speed (the machine is shared). */
const ARRIVES_MS = 15_000

describe('several processes over one Redis (YQ_REDIS_URL)', () => {
  it('a case opened on A reaches the sockets connected to B, and A\'s own', async () => {
    const redis = await startOwnRedis()
    const [a, b] = await startPair(redis.url)
    const onA = await connectSocket(a.baseUrl)
    const onB = await connectSocket(b.baseUrl)
    const seenB = nextEvent(onB, 'case:created', (e) => e.data.title === '济南市历下区跨进程事项', ARRIVES_MS)
    const seenA = nextEvent(onA, 'case:created', (e) => e.data.title === '济南市历下区跨进程事项', ARRIVES_MS)
    const opened = await openCaseOn(a, '济南市历下区跨进程事项')
    expect((await seenB).data.id).toBe(opened.id)
    expect((await seenA).data.id).toBe(opened.id)
  })

  it('rides out a Redis restart: while it is down B\'s walls hear the stored seq pass theirs (and resync); once back, events flow again', async () => {
    const redis = await startOwnRedis()
    const [a, b] = await startPair(redis.url)
    const onB = await connectSocket(b.baseUrl)
    const first = nextEvent(onB, 'case:created', (e) => e.data.title === '济南市历下区重启前事项', ARRIVES_MS)
    await openCaseOn(a, '济南市历下区重启前事项')
    const before = await first

    await redis.stop()
    const during = await openCaseOn(a, '济南市历下区中断期间事项')
    const stored = await lastEventSeq(a.app.db)
    expect(stored).toBeGreaterThan(before.seq)
    // The heartbeat is each process's own: it still reaches B's sockets, carrying a seq above the last event they got.
    await nextEvent(onB, 'server:heartbeat', (h) => h.seq >= stored, ARRIVES_MS)

    await redis.start()
    const after = nextEvent(onB, 'case:created', (e) => e.data.title === '济南市历下区恢复后事项', 30_000)
    await openCaseOn(a, '济南市历下区恢复后事项')
    expect((await after).data.title).toBe('济南市历下区恢复后事项')
    // B never showed a wrong state: what it got of the case opened during the outage is that case.
    const cases = (await (await rawFetch(`${b.baseUrl}/api/cases`, { headers: { cookie: b.admin.cookie } })).json()) as { cases?: { id: number }[] } | { id: number }[]
    const list = Array.isArray(cases) ? cases : (cases.cases ?? [])
    expect(list.map((c) => c.id)).toContain(during.id)
  }, 90_000)

  it('a wall that drops from A and comes back through the proxy to B recovers its session and gets what it missed, once', async () => {
    const redis = await startOwnRedis()
    const [a, b] = await startPair(redis.url)
    const proxy = await switchableProxy(a.baseUrl)
    const wire: string[] = []
    const socket: TestSocket = io(proxy.url, { transports: ['websocket'], reconnection: false, extraHeaders: { cookie: a.admin.cookie } })
    onTestFinished(() => {
      socket.close()
    })
    socket.io.on('packet', (p: { type: number; data?: unknown[] }) => {
      if (p.type === 2 && p.data && p.data[0] === 'case:created') wire.push((p.data[1] as { data: { title: string } }).data.title)
    })
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve())
      socket.once('connect_error', reject)
    })
    const primed = nextEvent(socket, 'case:created', (e) => e.data.title === '济南市历下区预热事项', ARRIVES_MS)
    await openCaseOn(a, '济南市历下区预热事项')
    await primed

    const id = socket.id!
    const dropped = new Promise((resolve) => socket.once('disconnect', resolve))
    proxy.switchTo(b.baseUrl)
    socket.io.engine.close()
    await dropped
    await expect.poll(() => a.app.realtime.io.of('/').sockets.has(id), { timeout: ARRIVES_MS }).toBe(false)
    await openCaseOn(a, '济南市历下区离线期间事项')

    const back = new Promise<boolean>((resolve, reject) => {
      socket.once('connect', () => resolve(socket.recovered))
      socket.once('connect_error', reject)
    })
    socket.connect()
    expect(await back).toBe(true)
    await expect.poll(() => wire.filter((t) => t === '济南市历下区离线期间事项').length, { timeout: ARRIVES_MS }).toBe(1)
    expect(b.app.realtime.io.of('/').sockets.size).toBe(1)
    // Live again on B: the next case arrives once too.
    await openCaseOn(a, '济南市历下区恢复后事项')
    await expect.poll(() => wire.filter((t) => t === '济南市历下区恢复后事项').length, { timeout: ARRIVES_MS }).toBe(1)
    expect(wire.filter((t) => t === '济南市历下区离线期间事项')).toHaveLength(1)
  }, 60_000)

  it('counts sign-in attempts across processes: the limit is per address, not per address per process', async () => {
    const redis = await startOwnRedis()
    // Each app's own admin sign-in at start counts too: 2 of the 6.
    const [a, b] = await startPair(redis.url, { YQ_LOGIN_RATE_MAX: '6' })
    const attempt = async (baseUrl: string) =>
      (await rawFetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'nobody', password: 'wrong-password' }) })).status
    expect([await attempt(a.baseUrl), await attempt(a.baseUrl), await attempt(b.baseUrl), await attempt(b.baseUrl)]).toEqual([401, 401, 401, 401])
    expect(await attempt(a.baseUrl)).toBe(429)
    expect(await attempt(b.baseUrl)).toBe(429)
  })
})

describe('what arrives on the cluster channel', () => {
  it('shrugs off garbage and ill-shaped announcements, and keeps following real ones', async () => {
    const redis = await startOwnRedis()
    const [a, b] = await startPair(redis.url)
    const { Redis } = await import('ioredis')
    const rogue = new Redis(redis.url)
    onTestFinished(() => void rogue.disconnect())
    const channel = `${b.config.redisPrefix}cluster`
    for (const raw of ['not json', '{"from":"x","topic":"nonsense","data":1}', JSON.stringify({ from: 'x', topic: 'case:units', data: { case_id: 'one', unit_ids: 'all' } }), JSON.stringify({ from: 'x', topic: 'case:units', data: null })]) {
      await rogue.publish(channel, raw)
    }
    // None of it stopped B: it still serves, and still delivers what A publishes.
    const onB = await connectSocket(b.baseUrl)
    const seen = nextEvent(onB, 'case:created', (e) => e.data.title === '济南市历下区垃圾消息之后事项', ARRIVES_MS)
    await openCaseOn(a, '济南市历下区垃圾消息之后事项')
    expect((await seen).data.title).toBe('济南市历下区垃圾消息之后事项')
    expect((await rawFetch(`${b.baseUrl}/api/health`)).status).toBe(200)
  })
})
