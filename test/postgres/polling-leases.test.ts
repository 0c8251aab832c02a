import http from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { describe, expect, it, onTestFinished } from 'vitest'
import { takeDueSources } from '../../server/ingest/source-leases.ts'
import { openDatabase } from '../../server/db/plugin.ts'
import { allMigrations } from '../../server/migrations.ts'
import { renderRss } from '../helpers/feed-server.ts'
import { waitFor } from '../helpers/notify-fixtures.ts'
import { createTestDatabase } from '../helpers/pg-database.ts'
import { freePort, startServerProcess } from '../helpers/server-process.ts'
import { tempDataDir } from '../helpers/test-app.ts'

const T0 = '2026-12-01T08:00:00.000Z'

/** Two pools on one database: what two server processes have. */
async function twoProcessesStores() {
  const url = await createTestDatabase()
  const a = await openDatabase(url, allMigrations)
  const b = await openDatabase(url, allMigrations)
  onTestFinished(async () => {
    await a.destroy()
    await b.destroy()
  })
  return { url, a, b }
}

describe('polling leases on PostgreSQL (FOR UPDATE SKIP LOCKED, with expiry)', () => {
  it('two processes taking due sources at once get disjoint sets; a row another is taking is skipped, not waited for; an expired lease is taken over', async () => {
    const { url, a, b } = await twoProcessesStores()
    const rows = Array.from({ length: 40 }, (_, i) => ({ name: `源${i}`, url: `http://127.0.0.1:9/${i}.xml`, interval_s: 60, next_poll_at: T0, created_at: T0 }))
    const ids = (await a.insertInto('sources').values(rows).returning('id').execute()).map((r) => r.id)
    let now = new Date(T0)
    const clock = { now: () => now, leaseMs: 10_000 }

    // 1. Both at once, over the same candidates: every source is taken once.
    const [byA, byB] = await Promise.all([takeDueSources(a, ids, 'A', clock, T0), takeDueSources(b, ids, 'B', clock, T0)])
    expect(byA.filter((id) => byB.includes(id))).toEqual([])
    expect([...byA, ...byB].sort((x, y) => x - y)).toEqual(ids)
    // Held: neither takes any again while the leases run.
    expect(await takeDueSources(b, ids, 'C', clock, T0)).toEqual([])

    // 2. The leases ran out (their holders died); a third connection is in the middle of taking one
    // source (its row locked): the other sources are taken at once, that one is left to it.
    now = new Date(now.getTime() + 10_001)
    const held = new pg.Client({ connectionString: url })
    // A connection ended under it at teardown must not crash the worker as an unhandled 'error'.
    held.on('error', () => undefined)
    await held.connect()
    onTestFinished(() => held.end())
    await held.query('BEGIN')
    await held.query('SELECT id FROM sources WHERE id = $1 FOR UPDATE', [ids[0]])
    // A hang here (waiting for the row lock) fails the test by its timeout.
    const meanwhile = await takeDueSources(a, ids, 'A2', clock, T0)
    expect(meanwhile).toEqual(ids.slice(1))
    await held.query('COMMIT')
    expect(await takeDueSources(b, ids, 'B2', clock, T0)).toEqual([ids[0]])
    const holders = await a.selectFrom('sources').select(['id', 'lease_holder']).orderBy('id').execute()
    expect(holders.map((h) => h.lease_holder)).toEqual(['B2', ...ids.slice(1).map(() => 'A2')])

    // 3. A source polled meanwhile (no longer due by the tick's time) is not taken.
    await a.updateTable('sources').set({ lease_holder: null, lease_expires_at: null, next_poll_at: '2026-12-01T09:00:00.000Z' }).where('id', '=', ids[1]!).execute()
    expect(await takeDueSources(a, [ids[1]!], 'A3', clock, T0)).toEqual([])
  })

  it('two server processes over PostgreSQL alone, every source always due: no source is ever fetched by both at once, and all are polled', async () => {
    const active = new Map<string, number>()
    const most = new Map<string, number>()
    const polls = new Map<string, number>()
    const feed = http.createServer((req, res) => {
      const path = req.url ?? '/'
      active.set(path, (active.get(path) ?? 0) + 1)
      most.set(path, Math.max(most.get(path) ?? 0, active.get(path)!))
      polls.set(path, (polls.get(path) ?? 0) + 1)
      // Held a while, so a second poller arriving meanwhile would be seen.
      setTimeout(() => {
        active.set(path, active.get(path)! - 1)
        // The poller may have been killed meanwhile (the test's end): nothing left to answer.
        if (res.destroyed) return
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(renderRss([{ guid: `${path}-1`, title: '潍坊市奎文区一路段积水严重' }]))
      }, 150)
    })
    await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve))
    onTestFinished(() => {
      feed.closeAllConnections()
      return new Promise<void>((resolve) => feed.close(() => resolve()))
    })
    const port = (feed.address() as AddressInfo).port

    const url = await createTestDatabase()
    const env = {
      YQ_DATA_DIR: tempDataDir('yq-pglease-'),
      YQ_DATABASE_URL: url,
      YQ_DEMO: '0',
      YQ_ALLOW_PRIVATE_FEEDS: '1',
      YQ_POLL_TICK_MS: '20',
      YQ_LEASE_MS: '3000',
      // PostgreSQL is the only shared service: leases are taken all the same.
    }
    await startServerProcess(env, await freePort())
    await startServerProcess(env, await freePort())
    const store = new pg.Pool({ connectionString: url, max: 1 })
    store.on('error', () => undefined) // an idle connection ended at teardown, as in server/db/dialect/postgres-pool.ts
    onTestFinished(() => store.end())
    const paths = Array.from({ length: 8 }, (_, i) => `/feed-${i}.xml`)
    const now = new Date().toISOString()
    for (const p of paths) await store.query(`INSERT INTO sources (name, url, interval_s, next_poll_at, created_at) VALUES ($1, $2, 5, $3, $3)`, [p, `http://127.0.0.1:${port}${p}`, now])

    // Every source due again as soon as a poll moved it on: both processes want all of them, all the time.
    const due = setInterval(() => void store.query(`UPDATE sources SET next_poll_at = '2000-01-01T00:00:00.000Z'`).catch(() => undefined), 30)
    onTestFinished(() => clearInterval(due))
    await waitFor(() => paths.every((p) => (polls.get(p) ?? 0) >= 4), 60_000, 'every source polled four times')
    clearInterval(due)
    expect(Object.fromEntries(paths.map((p) => [p, most.get(p)]))).toEqual(Object.fromEntries(paths.map((p) => [p, 1])))
    const { rows } = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM items')
    expect(rows[0]!.n).toBe(8)
  })
})
