import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { releaseLease, takeLease } from '../../../server/cluster/leases.ts'
import { renewSource, takeSource } from '../../../server/ingest/source-leases.ts'
import { openDatabase } from '../../../server/db/plugin.ts'
import { allMigrations } from '../../../server/migrations.ts'
import { addUser } from '../../../server/auth/users.ts'
import { openCaseOn } from '../../helpers/case-fixtures.ts'
import { callOn, expectCatalogueEditOnAUsedByB, startPair } from '../../helpers/cluster-apps.ts'
import { renderRss } from '../../helpers/feed-server.ts'
import { WEBHOOK_SECRET, waitFor } from '../../helpers/notify-fixtures.ts'
import { startChannelServer } from '../../helpers/channel-server.ts'
import { startOwnRedis } from '../../helpers/redis-server.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { tempDataDir } from '../../helpers/test-app.ts'

const HOUR_MS = 3_600_000

async function twoConnections() {
  const file = `${tempDataDir('yq-lease-')}/db.sqlite`
  const a = await openDatabase(file, allMigrations)
  const b = await openDatabase(file, allMigrations)
  onTestFinished(async () => {
    await a.destroy()
    await b.destroy()
  })
  return { a, b }
}

describe('leases over one database shared by two connections (two processes)', () => {
  it('one of two takers wins a lease; the other wins only once it has run out; a release hands it over at once', async () => {
    const { a, b } = await twoConnections()
    let now = new Date('2026-12-01T08:00:00.000Z')
    const clock = { now: () => now, leaseMs: 10_000 }
    const [x, y] = await Promise.all([takeLease(a, 'notify', 'A', clock), takeLease(b, 'notify', 'B', clock)])
    expect([x, y].filter(Boolean)).toHaveLength(1)
    const winner = x ? 'A' : 'B'
    const loser = x ? 'B' : 'A'
    expect(await takeLease(a, 'notify', winner, clock)).toBe(true)
    expect(await takeLease(b, 'notify', loser, clock)).toBe(false)
    now = new Date(now.getTime() + 10_001)
    expect(await takeLease(b, 'notify', loser, clock)).toBe(true)
    expect(await takeLease(a, 'notify', winner, clock)).toBe(false)
    await releaseLease(a, 'notify', loser)
    expect(await takeLease(b, 'notify', winner, clock)).toBe(true)
  })

  it('a source lease: one poller at a time, a scheduled take refuses a source no longer due, a lost lease is not renewed', async () => {
    const { a, b } = await twoConnections()
    const now = new Date('2026-12-01T08:00:00.000Z')
    const clock = { now: () => now, leaseMs: 10_000 }
    const { id } = await a.insertInto('sources').values({ name: 's', url: 'http://127.0.0.1:9/feed.xml', interval_s: 60, next_poll_at: now.toISOString(), created_at: now.toISOString() }).returning('id').executeTakeFirstOrThrow()
    const takes = await Promise.all([takeSource(a, id, 'A', clock), takeSource(b, id, 'B', clock)])
    expect(takes.filter(Boolean)).toHaveLength(1)
    const loser = takes[0] ? 'B' : 'A'
    expect(await renewSource(b, id, loser, clock)).toBe(false)
    const later = { now: () => new Date(now.getTime() + 10_001), leaseMs: 10_000 }
    // Run out, but the source was polled meanwhile and is due only in a minute: not taken for a scheduled poll…
    await a.updateTable('sources').set({ next_poll_at: new Date(now.getTime() + 60_000).toISOString() }).where('id', '=', id).execute()
    expect(await takeSource(b, id, loser, later, later.now().toISOString())).toBe(false)
    // …but a poll asked for now (POST /api/sources/:id/poll) may take it.
    expect(await takeSource(b, id, loser, later)).toBe(true)
  })
})

describe('two processes over one SQLite file and one Redis', () => {
  it('poll each source from one process at a time: the feed never sees two polls of it at once, and every item is stored once', async () => {
    let open = 0
    let most = 0
    let requests = 0
    const entries = Array.from({ length: 30 }, (_, i) => ({ guid: `g-${i}`, title: `聊城市东昌府区第${i}号民生诉求办理情况` }))
    const feed = http.createServer((_req, res) => {
      requests++
      most = Math.max(most, ++open)
      // Slow enough that both processes would be in it together without the lease.
      setTimeout(() => {
        open--
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(renderRss(entries))
      }, 300)
    })
    await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve))
    onTestFinished(() => new Promise<void>((resolve) => feed.close(() => resolve())))
    const redis = await startOwnRedis()
    const [a, b] = await startPair(redis.url, { YQ_POLL_TICK_MS: '20' })
    const source = await callOn<{ id: number }>(a, 'POST', '/api/sources', { name: '慢源', url: `http://127.0.0.1:${(feed.address() as AddressInfo).port}/feed.xml`, interval_s: 5 })
    // Both processes find the source due at the same moment, five times over (their own timers tick meanwhile too).
    for (let round = 0; round < 5; round++) {
      await a.app.db.updateTable('sources').set({ next_poll_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', source.id).execute()
      const outcomes = (await Promise.all([a.app.poller.pollDue(), b.app.poller.pollDue()])).flat()
      expect(outcomes.filter((o) => o.error !== null)).toEqual([])
    }
    expect(requests).toBeGreaterThanOrEqual(5)
    expect(most).toBe(1)
    const stored = await a.app.db.selectFrom('items').select('guid').execute()
    expect(stored.map((r) => r.guid).sort()).toEqual(entries.map((e) => e.guid).sort())
  }, 60_000)

  it('delivers a notification once though both processes run the dispatcher', async () => {
    const robot = await startChannelServer((_req, res) => res.writeHead(204).end())
    const redis = await startOwnRedis()
    const [a, b] = await startPair(redis.url, { YQ_NOTIFY_TICK_MS: '20' })
    await callOn(a, 'POST', '/api/notify/channels', { owner_type: 'unit', owner_id: '370102', kind: 'webhook', name: '历下区值班群', config: { url: robot.url(), secret: WEBHOOK_SECRET } })
    const c = await callOn<Case>(b, 'POST', '/api/cases', { title: '历下区某小区停水三天无人回应', kind: 'opinion', level: 'IV', item_ids: [], unit_id: '370102', clock_start: new Date(Date.now() - 2 * HOUR_MS).toISOString(), clock_start_reason: '群众来电反映' })
    await callOn(b, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: new Date().toISOString(), unit_id: '370102' })
    await waitFor(() => robot.received.length >= 1, 15_000, 'the 转办 message')
    // Many ticks of both dispatchers later, still one.
    await new Promise((r) => setTimeout(r, 1500))
    const forwarded = robot.received.map((r) => JSON.parse(r.text) as { event: string }).filter((m) => m.event === 'forwarded')
    expect(forwarded).toHaveLength(1)
  }, 60_000)

  it('a catalogue edit on A is used by B: B lists it, tags with it, and routes the new units\' cases to the units above them', async () => {
    const redis = await startOwnRedis()
    const [a, b] = await startPair(redis.url)
    await expectCatalogueEditOnAUsedByB(a, b)

    // The new county unit's case reaches an account of the unit above it, connected to B, though A synced the units.
    await waitFor(async () => (await a.app.db.selectFrom('units').select('id').where('id', '=', '370102-xsc').executeTakeFirst()) !== undefined, 15_000, 'the new units')
    const unit = await b.app.db.selectFrom('units').select('parent_id').where('id', '=', '370102-xsc').executeTakeFirstOrThrow()
    expect(unit.parent_id).not.toBeNull()
    await addUser(b.app.db, { username: 'above', password: 'role-password-0001', role: 'unit', unit_id: unit.parent_id! }, 'test')
    const above = await b.login('above', 'role-password-0001')
    const probe = { id: -1, unit: { id: '370102-xsc' }, lead_unit: null, cooperating_units: [], timeline: [] } as unknown as Case
    await expect.poll(() => b.app.realtime.audienceOf('case:created', { seq: 0, data: probe }), { timeout: 15_000 }).toContain(`unit:${unit.parent_id}`)
    const socket = await connectSocket(b.baseUrl, { extraHeaders: { cookie: above.cookie } })
    const seen = nextEvent(socket, 'case:created', (e) => e.data.title === '历下区学生午餐问题', 15_000)
    await openCaseOn(b, '历下区学生午餐问题', '370102-xsc')
    expect((await seen).data.unit?.id).toBe('370102-xsc')
  }, 60_000)
})
