import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { lastEventSeq } from '../../server/db/event-log.ts'
import { BEAT_WAIT_MS, expectPositionsPerAudience } from '../helpers/audience-positions.ts'
import { rawFetch } from '../helpers/auth-session.ts'
import { openCaseOn } from '../helpers/case-fixtures.ts'
import { callOn, expectCatalogueEditOnAUsedByB, startPostgresPair } from '../helpers/cluster-apps.ts'
import { connectSocket, nextEvent } from '../helpers/socket-client.ts'
import type { TestApp } from '../helpers/test-app.ts'

describe('several processes over PostgreSQL alone (the socket.io Postgres adapter, LISTEN/NOTIFY)', () => {
  it('a case opened on A reaches a wall on B, a packet too large for one NOTIFY too; a catalogue edit on A is used by B', async () => {
    const [a, b] = await startPostgresPair()
    expect(a.app.cluster.shared && b.app.cluster.shared).toBe(true)
    const { secret } = await callOn<{ secret: string }>(a, 'POST', '/api/display-tokens', { name: '指挥大厅大屏' })
    const wall = await connectSocket(b.baseUrl, { auth: { token: secret } })

    const seen = nextEvent(wall, 'case:created', (e) => e.data.title === '济南市历下区仅PG部署事项', 20_000)
    const opened = await openCaseOn(a, '济南市历下区仅PG部署事项')
    expect((await seen).data.id).toBe(opened.id)

    // Over 8000 bytes: the adapter stores it in its table and notifies its id.
    const long = '历下区某小区居民反映供暖不足。'.repeat(400)
    const office = await connectSocket(b.baseUrl, { extraHeaders: { cookie: b.admin.cookie } })
    const big = nextEvent(office, 'case:updated', (e) => e.data.title === long, 20_000)
    a.app.realtime.publish('case:updated', { seq: 0, data: { ...opened, title: long } }, ['role:admin'])
    expect((await big).data.id).toBe(opened.id)

    await expectCatalogueEditOnAUsedByB(a, b)
  })

  it('counts sign-in attempts across processes in the database: failures on A count on B, and a new minute starts afresh', async () => {
    // Each app's own admin sign-in at start counts too: 2 of the 6.
    const [a, b] = await startPostgresPair({ YQ_LOGIN_RATE_MAX: '6' })
    const attempt = async (t: TestApp) =>
      (await rawFetch(`${t.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'nobody', password: 'wrong-password' }) })).status
    expect([await attempt(a), await attempt(a), await attempt(b), await attempt(b)]).toEqual([401, 401, 401, 401])
    expect(await attempt(b)).toBe(429)
    expect(await attempt(a)).toBe(429)
    // The window ends (moved back rather than waited for): both processes let sign-ins through again.
    await a.app.db.updateTable('login_rate_hits').set({ window_ends_at: new Date(Date.now() - 1).toISOString() }).execute()
    expect(await attempt(b)).toBe(401)
  })

  it('positions per audience: a sign-in on A moves no wall, a case on A moves B\'s; with the LISTEN connections cut, B\'s walls hear the stored seq pass what reached them', async () => {
    const [a, b] = await startPostgresPair()
    const [, wallB] = await expectPositionsPerAudience(a, b)

    // Every process's socket.io LISTEN connection cut: a NOTIFY sent before they are back is lost to them.
    const admin = new pg.Client({ connectionString: a.config.databaseUrl! })
    await admin.connect()
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'LISTEN %socket.io#/%'`)
    await admin.end()
    await openCaseOn(a, '济南市历下区监听中断期间事项')
    const stored = await lastEventSeq(a.app.db)
    await nextEvent(wallB!.socket, 'server:heartbeat', (h) => h.seq >= stored, 2 * BEAT_WAIT_MS)
  })

  it('the demo source goes on when the process that started last (the one its stored URL names) stops: each process reads it from itself', async () => {
    const [a, b] = await startPostgresPair({ YQ_DEMO: '1' })
    const demo = await a.app.db.selectFrom('sources').select(['id', 'url']).where('builtin', '=', 1).executeTakeFirstOrThrow()
    expect(demo.url).toBe(`${b.baseUrl}/demo/feed.xml`)
    await b.app.close()
    const outcome = await a.app.poller.pollNow(demo.id)
    expect(outcome.error).toBeNull()
    const stored = await a.app.db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).where('source_id', '=', demo.id).executeTakeFirstOrThrow()
    expect(Number(stored.n)).toBeGreaterThan(0)
  })
})
