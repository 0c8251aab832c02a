import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { login, rawFetch, sessionHeaders, type Session } from '../../helpers/auth-session.ts'
import { startChannelServer } from '../../helpers/channel-server.ts'
import { renderRss, type FeedEntry } from '../../helpers/feed-server.ts'
import { WEBHOOK_SECRET, waitFor } from '../../helpers/notify-fixtures.ts'
import { startOwnRedis } from '../../helpers/redis-server.ts'
import { peekStore, type Peek } from '../../helpers/store-peek.ts'
import { freePort, startServerProcess, waitForExit, type ServerProcess } from '../../helpers/server-process.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { tempDataDir } from '../../helpers/test-app.ts'

const HOUR_MS = 3_600_000
/** Generous: delivery is asserted, not its speed (the machine is shared). */
const ARRIVES_MS = 20_000
const LEASE_MS = 3_000
/** Well under the ~36 s a publish waited in ioredis's offline queue while Redis was down. */
const OWN_WALL_MS = 12_000

async function call<T>(baseUrl: string, method: string, p: string, body?: unknown, as?: Session): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { ...(as ? sessionHeaders(as, method) : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) }
  const res = await (as ? rawFetch : fetch)(`${baseUrl}${p}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: res.status, body: (await res.json()) as T }
}

async function ok<T>(baseUrl: string, method: string, p: string, body?: unknown): Promise<T> {
  const res = await call<T>(baseUrl, method, p, body)
  if (res.status >= 300) throw new Error(`${method} ${p}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

/**
 * Two `npm start` processes over one store and the test's own Redis, one started after the other:
 * one SQLite file, or on the PostgreSQL pass (.ci/postgres-tests) one PostgreSQL database.
 */
async function startTwo(extra: Record<string, string> = {}) {
  const redis = await startOwnRedis()
  const dataDir = tempDataDir('yq-two-')
  const env = {
    YQ_DATA_DIR: dataDir,
    YQ_DEMO: '0',
    YQ_ALLOW_PRIVATE_FEEDS: '1',
    YQ_POLL_TICK_MS: '50',
    YQ_NOTIFY_TICK_MS: '50',
    YQ_DEADLINE_TICK_MS: '100',
    YQ_LEASE_MS: String(LEASE_MS),
    YQ_REDIS_URL: redis.url,
    YQ_REDIS_PREFIX: `yqtwo${process.pid}:`,
    ...extra,
  }
  const a = await startServerProcess(env, await freePort())
  const b = await startServerProcess(env, await freePort())
  return { redis, a, b, db: await peekStore(dataDir) }
}

function pidOf(holder: string): number {
  return Number(holder.split(':').at(-2))
}

async function processHolding(db: Peek, sql: string, procs: ServerProcess[]): Promise<ServerProcess | undefined> {
  const holder = (await db(sql))?.holder
  return typeof holder === 'string' ? procs.find((p) => p.child.pid === pidOf(holder)) : undefined
}

/** A case on 历下区 whose 1 h 签收 clock (a 转办 filed at `forwardedAt`) runs out an hour after it. */
async function forwardedCase(baseUrl: string, title: string, forwardedAt: Date): Promise<Case> {
  const c = await ok<Case>(baseUrl, 'POST', '/api/cases', { title, kind: 'opinion', level: 'IV', item_ids: [], unit_id: '370102', clock_start: new Date(Date.now() - 2 * HOUR_MS).toISOString(), clock_start_reason: '群众来电反映' })
  await ok(baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: forwardedAt.toISOString(), unit_id: '370102' })
  return c
}

describe('two server processes (YQ_REDIS_URL) over one database', { timeout: 300_000 }, () => {
  it('walls and operators on each: a case opened on A reaches the walls on B; a claim taken on A blocks the story on B; after a Redis restart events flow again', async () => {
    const { redis, a, b, db } = await startTwo()
    await ok(a.baseUrl, 'POST', '/api/users', { username: 'op-a', password: 'operator-password-01', role: 'operator' })
    await ok(a.baseUrl, 'POST', '/api/users', { username: 'op-b', password: 'operator-password-01', role: 'operator' })
    const opA = await login(a.baseUrl, 'op-a', 'operator-password-01')
    const opB = await login(b.baseUrl, 'op-b', 'operator-password-01')
    const { secret } = await ok<{ secret: string }>(a.baseUrl, 'POST', '/api/display-tokens', { name: '指挥大厅大屏' })
    const wallA = await connectSocket(a.baseUrl, { auth: { token: secret } })
    const wallB = await connectSocket(b.baseUrl, { auth: { token: secret } })
    const operatorB = await connectSocket(b.baseUrl, { extraHeaders: { cookie: opB.cookie } })

    // 1. A case opened on A is on both walls.
    const onWallB = nextEvent(wallB, 'case:created', (e) => e.data.title === '济南市历下区跨进程大屏事项', ARRIVES_MS)
    const onWallA = nextEvent(wallA, 'case:created', (e) => e.data.title === '济南市历下区跨进程大屏事项', ARRIVES_MS)
    const opened = await forwardedCase(a.baseUrl, '济南市历下区跨进程大屏事项', new Date())
    expect((await onWallB).data.id).toBe(opened.id)
    expect((await onWallA).data.id).toBe(opened.id)

    // 2. A story polled by either process, claimed by the operator on A: the operator on B is refused, and sees who has it.
    const feed = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(renderRss([{ guid: 's-1', title: '淄博市张店区一小区电梯频繁故障' }])))
    await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve))
    onTestFinished(() => new Promise<void>((resolve) => feed.close(() => resolve())))
    await ok(a.baseUrl, 'POST', '/api/sources', { name: '电梯源', url: `http://127.0.0.1:${(feed.address() as AddressInfo).port}/feed.xml`, interval_s: 60 })
    // Tagging waits for jieba to load in each process: slow on a loaded machine.
    const story = await waitFor(async () => (await db('select id from stories limit 1')) as { id: number } | undefined, 60_000, 'the story')
    const claimSeen = nextEvent(operatorB, 'story:claimed', (e) => e.data.story_id === story.id, ARRIVES_MS)
    expect((await call(a.baseUrl, 'POST', '/api/triage/claims', { story_ids: [story.id] }, opA)).status).toBe(200)
    expect((await claimSeen).data.actor).toBe('op-a')
    const refused = await call<{ code: string }>(b.baseUrl, 'POST', '/api/triage/claims', { story_ids: [story.id] }, opB)
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe('YQ_ERR_STORY_CLAIMED')

    // 3. Redis restarted (empty): the walls on B hear the stored seq move past theirs (and resync), then events flow again.
    await redis.stop()
    await forwardedCase(a.baseUrl, '济南市历下区Redis中断期间事项', new Date())
    const stored = ((await db('select max(id) as seq from events')) as { seq: number }).seq
    await nextEvent(wallB, 'server:heartbeat', (h) => h.seq >= stored, ARRIVES_MS)
    // A case opened on B meanwhile is on B's own walls at once (its publish fails fast, not after
    // ioredis's 20 reconnection attempts), and B's walls keep hearing heartbeats after it.
    const ownCase = nextEvent(wallB, 'case:created', (e) => e.data.title === '济南市历下区Redis中断期间本进程事项', OWN_WALL_MS)
    await forwardedCase(b.baseUrl, '济南市历下区Redis中断期间本进程事项', new Date())
    await ownCase
    await nextEvent(wallB, 'server:heartbeat', () => true, OWN_WALL_MS)
    await redis.start()
    const afterRestart = nextEvent(wallB, 'case:created', (e) => e.data.title === '济南市历下区Redis恢复后事项', 40_000)
    await forwardedCase(a.baseUrl, '济南市历下区Redis恢复后事项', new Date())
    expect((await afterRestart).data.title).toBe('济南市历下区Redis恢复后事项')
  })

  it('kill -9 of the process mid-poll: the other polls the orphaned source within the lease time and announces the deadline, nothing lost, nothing twice', async () => {
    const robot = await startChannelServer((_req, res) => res.writeHead(204).end())
    let hold = true
    const held: http.ServerResponse[] = []
    let requests = 0
    const entries: FeedEntry[] = Array.from({ length: 200 }, (_, i) => ({ guid: `k-${i}`, title: `日照市东港区第${i}号民生诉求办理情况` }))
    const feed = http.createServer((_req, res) => {
      requests++
      if (hold) return void held.push(res)
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(renderRss(entries))
    })
    await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve))
    onTestFinished(() => {
      for (const res of held) res.destroy()
      return new Promise<void>((resolve) => feed.close(() => resolve()))
    })
    const { a, b, db } = await startTwo()
    await ok(a.baseUrl, 'POST', '/api/notify/channels', { owner_type: 'unit', owner_id: '370102', kind: 'webhook', name: '历下区值班群', config: { url: robot.url(), secret: WEBHOOK_SECRET } })
    const bodies = () => robot.received.map((r) => JSON.parse(r.text) as { event: string; idempotency_key: string })
    // The 签收 clock runs out 10 s from now: after the kill, so the survivor has to announce it.
    const c = await forwardedCase(b.baseUrl, '历下区某小区停水三天无人回应', new Date(Date.now() + 10_000 - HOUR_MS))
    await waitFor(() => bodies().some((m) => m.event === 'forwarded'), ARRIVES_MS, 'the 转办 message')

    // 1. A poll is under way (the feed holds it): kill -9 whichever process holds the source's lease.
    await ok(a.baseUrl, 'POST', '/api/sources', { name: '压力源', url: `http://127.0.0.1:${(feed.address() as AddressInfo).port}/feed.xml`, interval_s: 5 })
    await waitFor(() => held.length > 0, ARRIVES_MS, 'a poll under way')
    const poller = await waitFor(() => processHolding(db, 'select lease_holder as holder from sources', [a, b]), ARRIVES_MS, 'the lease holder')
    const survivor = poller === a ? b : a
    poller.child.kill('SIGKILL')
    await waitForExit(poller.child)
    const killedAt = Date.now()
    for (const res of held.splice(0)) res.destroy()
    hold = false
    const before = requests

    // 2. The survivor takes the orphaned source over once the lease ran out, and stores every item once.
    await waitFor(() => requests > before, LEASE_MS + ARRIVES_MS, 'the survivor polling the source')
    expect(Date.now() - killedAt).toBeGreaterThanOrEqual(0)
    const count = async () => (await db('select count(*) as n, count(distinct guid) as d from items')) as { n: number; d: number }
    await waitFor(async () => (await count()).n === 200, ARRIVES_MS, 'all 200 items')
    entries.unshift({ guid: 'after-kill', title: '德州市禹城市农村公路改造提速' })
    await waitFor(async () => (await count()).n === 201, ARRIVES_MS, 'the item published after the kill')
    expect((await count()).d).toBe(201)

    // 3. The deadline crossing after the kill is announced by the survivor, once.
    await waitFor(() => bodies().some((m) => m.event === 'overdue'), 30_000, 'the overdue notice')
    await new Promise((r) => setTimeout(r, 1500))
    expect(bodies().filter((m) => m.event === 'overdue')).toHaveLength(1)
    expect(new Set(bodies().filter((m) => m.event === 'forwarded').map((m) => m.idempotency_key)).size).toBe(1)
    const got = await ok<Case>(survivor.baseUrl, 'GET', `/api/cases/${c.id}`)
    expect(got.timeline.filter((e) => e.type === 'notified' && e.cause === 'overdue')).toHaveLength(1)
  })
})
