/**
 * Several server processes on loopback, in three stores: one SQLite file (WAL) and one Redis
 * (YQ_REDIS_URL); a fresh PostgreSQL database on 127.0.0.1:5432 and Redis (figure names end in
 * `_pg_redis`); that database alone, events over LISTEN/NOTIFY (`_pg`). The PostgreSQL runs are
 * skipped with one line on stderr when no server answers there (YQ_BENCH_PG_URL names another).
 * YQ_BENCH_SCALE_STORES=sqlite,pg_redis,pg picks stores, YQ_BENCH_SCALE_ONLY=ingest|fanout|failover a part.
 * - scale.ingest_items_per_s_{1,2,4}_procs: 40 feeds × 50 items, polled, stored, tagged and published
 *   (counted as item:created on a socket of the first process) by N processes sharing the sources by lease.
 * - scale.fanout_p99_ms_1000_clients_2_procs: 500 sockets on each of 2 processes; 20 cases opened on
 *   the first; latency from the case's stored created_at to its arrival at each socket.
 * - scale.failover_s: 20 feeds; kill -9 of the process holding the most source leases mid-poll → the
 *   other process has polled every source the dead one held (YQ_LEASE_MS 5000).
 * Bounded: every wait has a time limit, and every process and server is stopped at the end.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import crypto from 'node:crypto'
import Sqlite from 'better-sqlite3'
import pg from 'pg'
import { io, type Socket } from 'socket.io-client'
import { loopbackFeeds, ownRedis, startProc, stopProc, until, type Proc } from './cluster-procs.ts'
import { isMain, percentile, signInAdmin } from './lib.ts'
import type { BenchFigure } from './parse.ts'

const FEEDS = 40
const PER_FEED = 50
const LEASE_MS = 5_000

type Store = 'sqlite' | 'pg_redis' | 'pg'
const STORES: Store[] = ['sqlite', 'pg_redis', 'pg']
const PG_SERVER = process.env.YQ_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** What a figure's name ends in and its note says, per store (SQLite keeps the names it always had). */
const SUFFIX: Record<Store, string> = { sqlite: '', pg_redis: '_pg_redis', pg: '_pg' }
const OVER: Record<Store, string> = { sqlite: 'one SQLite file and Redis', pg_redis: 'one PostgreSQL database and Redis', pg: 'one PostgreSQL database alone (LISTEN/NOTIFY)' }

/** Reads the store the processes share, `?` placeholders in both engines. */
interface Peek {
  all: <T>(query: string, params?: unknown[]) => Promise<T[]>
  close: () => Promise<void>
}

interface Cluster {
  procs: Proc[]
  db: Peek
  stop: () => Promise<void>
}

async function onPgServer<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_SERVER, connectionTimeoutMillis: 3_000 })
  await c.connect()
  try {
    return await run(c)
  } finally {
    await c.end()
  }
}

/** Why the PostgreSQL runs cannot happen here, or null when a server answers. */
async function pgUnavailable(): Promise<string | null> {
  try {
    await onPgServer((c) => c.query('select 1'))
    return null
  } catch (err) {
    return (err as Error).message || String(err)
  }
}

/** A fresh database of the bench's own (dropped in stop()), so nothing another user keeps there is touched. */
async function pgDatabase(): Promise<{ url: string; peek: Peek; drop: () => Promise<void> }> {
  const name = `yq_bench_${crypto.randomBytes(5).toString('hex')}`
  await onPgServer((c) => c.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`))
  const u = new URL(PG_SERVER)
  u.pathname = `/${name}`
  // count(*) is int8: as numbers, as SQLite gives them.
  const pool = new pg.Pool({ connectionString: u.href, max: 2, types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format ?? 'text'))) as pg.CustomTypesConfig['getTypeParser'] } })
  pool.on('error', () => undefined)
  const peek: Peek = {
    all: async <T>(query: string, params: unknown[] = []) => {
      let i = 0
      return (await pool.query(query.replace(/\?/g, () => `$${++i}`), params)).rows as T[]
    },
    close: () => pool.end(),
  }
  return { url: u.href, peek, drop: () => onPgServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) }
}

async function cluster(store: Store, n: number, extra: Record<string, string> = {}): Promise<Cluster> {
  const redis = store === 'pg' ? null : await ownRedis()
  const pgDb = store === 'sqlite' ? null : await pgDatabase()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-bench-scale-'))
  const env: Record<string, string> = { YQ_DATA_DIR: dataDir, YQ_DEMO: '0', YQ_ALLOW_PRIVATE_FEEDS: '1', YQ_POLL_TICK_MS: '100', YQ_LEASE_MS: String(LEASE_MS), YQ_NOTIFY_TICK_MS: '0', YQ_REDIS_PREFIX: `yqbench${process.pid}:`, ...extra }
  if (redis) env.YQ_REDIS_URL = redis.url
  if (pgDb) env.YQ_DATABASE_URL = pgDb.url
  const procs: Proc[] = []
  // One after the other: the first runs the migrations.
  for (let i = 0; i < n; i++) procs.push(await startProc(env))
  let db: Peek
  if (pgDb) db = pgDb.peek
  else {
    const file = new Sqlite(path.join(dataDir, 'yuqing.sqlite'), { readonly: true })
    db = { all: async <T>(query: string, params: unknown[] = []) => file.prepare(query).all(...params) as T[], close: async () => void file.close() }
  }
  return {
    procs,
    db,
    stop: async () => {
      await db.close()
      for (const p of procs) await stopProc(p)
      await redis?.stop()
      await pgDb?.drop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

function socketTo(baseUrl: string, cookie: string): Promise<Socket> {
  const s = io(baseUrl, { transports: ['websocket'], reconnection: false, extraHeaders: { cookie } })
  return new Promise((resolve, reject) => {
    s.once('connect', () => resolve(s))
    s.once('connect_error', reject)
  })
}

async function addSource(base: string, name: string, url: string, intervalS = 5): Promise<void> {
  const res = await fetch(`${base}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, url, interval_s: intervalS }) })
  if (res.status !== 201) throw new Error(`bench: add source ${res.status} ${await res.text()}`)
}

async function ingest(store: Store, n: number): Promise<number> {
  const c = await cluster(store, n)
  const feeds = await loopbackFeeds(FEEDS, PER_FEED)
  try {
    const cookie = await signInAdmin(c.procs[0]!.baseUrl)
    const socket = await socketTo(c.procs[0]!.baseUrl, cookie)
    // Each process loads jieba on its tagging thread after start: let that finish before timing.
    await new Promise((r) => setTimeout(r, 10_000))
    let published = 0
    socket.on('item:created', () => void published++)
    const t0 = Date.now()
    for (let i = 0; i < FEEDS; i++) await addSource(c.procs[0]!.baseUrl, `源${i}`, feeds.urls[i]!)
    await until(() => published >= FEEDS * PER_FEED, 180_000, `${FEEDS * PER_FEED} items published by ${n} process(es)`)
    const seconds = (Date.now() - t0) / 1000
    socket.close()
    const [stored] = await c.db.all<{ n: number; d: number }>('select count(*) as n, count(distinct guid) as d from items')
    if (!stored) throw new Error('bench: no count')
    if (stored.n !== FEEDS * PER_FEED || stored.d !== stored.n) throw new Error(`bench: stored ${stored.n} items (${stored.d} distinct)`)
    return (FEEDS * PER_FEED) / seconds
  } finally {
    await feeds.close()
    await c.stop()
  }
}

async function fanout(store: Store): Promise<{ p99: number; p50: number; samples: number }> {
  const c = await cluster(store, 2)
  try {
    const cookies = [await signInAdmin(c.procs[0]!.baseUrl), await signInAdmin(c.procs[1]!.baseUrl)]
    const latencies: number[] = []
    const sockets: Socket[] = []
    for (let i = 0; i < 1000; i++) {
      const at = i % 2
      const s = await socketTo(c.procs[at]!.baseUrl, cookies[at]!)
      s.on('case:created', (e: { data: { created_at: string } }) => latencies.push(Date.now() - Date.parse(e.data.created_at)))
      sockets.push(s)
    }
    const CASES = 20
    for (let k = 0; k < CASES; k++) {
      const res = await fetch(`${c.procs[0]!.baseUrl}/api/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: `济南市历下区扇出测试事项${k}`, kind: 'opinion', level: 'IV', item_ids: [], unit_id: '370102', clock_start: new Date(Date.now() - 60_000).toISOString(), clock_start_reason: '压测' }),
      })
      if (res.status !== 201) throw new Error(`bench: open case ${res.status}`)
      await new Promise((r) => setTimeout(r, 250))
    }
    await until(() => latencies.length >= CASES * 1000, 60_000, 'every case on every socket')
    for (const s of sockets) s.close()
    latencies.sort((a, b) => a - b)
    return { p99: percentile(latencies, 99), p50: percentile(latencies, 50), samples: latencies.length }
  } finally {
    await c.stop()
  }
}

async function failover(store: Store): Promise<number> {
  let hold = true
  const feeds = await loopbackFeeds(20, 10, () => hold)
  const c = await cluster(store, 2)
  try {
    await signInAdmin(c.procs[0]!.baseUrl)
    for (let i = 0; i < 20; i++) await addSource(c.procs[0]!.baseUrl, `源${i}`, feeds.urls[i]!)
    // Polls are under way (held by the feeds): the victim is whoever holds the most leases.
    await until(async () => feeds.held.length >= 20 || (await c.db.all<{ n: number }>('select count(*) as n from sources where lease_holder is not null'))[0]!.n >= 20, 30_000, 'polls under way')
    const holders = await c.db.all<{ id: number; lease_holder: string }>('select id, lease_holder from sources where lease_holder is not null')
    const pids = holders.map((h) => Number(h.lease_holder.split(':').at(-2)))
    const victimPid = pids.sort((a, b) => pids.filter((p) => p === b).length - pids.filter((p) => p === a).length)[0]
    const victim = c.procs.find((p) => p.child.pid === victimPid)!
    await stopProc(victim)
    const killedAt = Date.now()
    // Read after the kill: a dead process changes no lease, so these are exactly the sources it left orphaned.
    const orphaned = (await c.db.all<{ id: number }>('select id from sources where lease_holder = ?', [holders.find((h) => Number(h.lease_holder.split(':').at(-2)) === victimPid)!.lease_holder])).map((r) => r.id - 1)
    const seen = new Map(orphaned.map((n) => [n, feeds.requests.get(n)?.length ?? 0]))
    hold = false
    for (const res of feeds.held.splice(0)) res.destroy()
    await until(() => orphaned.length > 0 && orphaned.every((n) => (feeds.requests.get(n)?.length ?? 0) > seen.get(n)!), 60_000, 'every orphaned source polled by the survivor')
    return (Date.now() - killedAt) / 1000
  } finally {
    await feeds.close()
    await c.stop()
  }
}

/** Prints each figure as soon as it is measured, so a run cut short still reports what it has. */
function emit(figure: BenchFigure): void {
  console.log(JSON.stringify(figure))
}

export async function run(): Promise<void> {
  const only = process.env.YQ_BENCH_SCALE_ONLY
  const picked = (process.env.YQ_BENCH_SCALE_STORES?.split(',') ?? STORES).filter((s): s is Store => (STORES as string[]).includes(s))
  const wantPg = picked.filter((s) => s !== 'sqlite')
  const noPg = wantPg.length > 0 ? await pgUnavailable() : null
  if (noPg !== null) console.error(`bench scale: ${wantPg.join(', ')} runs skipped, no PostgreSQL at ${new URL(PG_SERVER).host} (${noPg})`)
  for (const store of picked) if (store === 'sqlite' || noPg === null) await runStore(store, only)
}

async function runStore(store: Store, only: string | undefined): Promise<void> {
  const sfx = SUFFIX[store]
  if (!only || only === 'ingest') {
    const rates: Record<number, number> = {}
    for (const n of [1, 2, 4]) {
      rates[n] = await ingest(store, n)
      const ratio = rates[n] / rates[1]!
      emit({ name: `scale.ingest_items_per_s_${n}_procs${sfx}`, value: Math.round(rates[n] * 10) / 10, unit: 'items/s', note: `${FEEDS} loopback feeds × ${PER_FEED} items, polled/stored/tagged/published by ${n} process(es) over ${OVER[store]}; ratio to 1 process ${ratio.toFixed(2)}; 2-core machine, load ${os.loadavg()[0]!.toFixed(1)}` })
    }
  }
  if (!only || only === 'fanout') {
    const f = await fanout(store)
    emit({ name: `scale.fanout_p99_ms_1000_clients_2_procs${sfx}`, value: f.p99, unit: 'ms', note: `500 sockets on each of 2 processes over ${OVER[store]}, 20 cases opened on one, stored created_at → arrival; p50 ${f.p50} ms over ${f.samples} deliveries; load ${os.loadavg()[0]!.toFixed(1)}` })
  }
  if (!only || only === 'failover') {
    const s = await failover(store)
    emit({ name: `scale.failover_s${sfx}`, value: Math.round(s * 100) / 100, unit: 's', note: `over ${OVER[store]}: kill -9 of the process holding the most source leases mid-poll → the other has polled every source the dead one held; YQ_LEASE_MS ${LEASE_MS} (renewed every third of it, so the wait is 2/3 to 1 lease); load ${os.loadavg()[0]!.toFixed(1)}` })
  }
}

if (isMain(import.meta.url)) {
  await run()
  process.exit(0)
}
