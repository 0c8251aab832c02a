/**
 * ingest.item_to_socket_*: a feed server on 127.0.0.1 publishes an item, the poller is
 * triggered, and 200 socket.io clients record when item:created arrives; the figure is the time
 * until the last of them has it.
 *
 * The clients run in a child process, as walls run on other machines: in the server's process
 * their own parsing would share its event loop and be counted as the server's latency. Arrival is
 * read on the monotonic clock both processes share (`process.hrtime`, CLOCK_MONOTONIC), by the
 * child, so the report back does not wait on the server's busy loop either.
 *
 * The baselines are a bare socket.io server (defaults, in-memory adapter) in this same process,
 * with its own 200 clients in the same child. "raw" broadcasts what our server sends its clients
 * for one new item, the very item:created and story:updated payloads ours carried, in one run
 * (the same input); "raw, one event" broadcasts item:created alone, the baseline before the
 * eighth pass, kept as its own figure. Both time until the last client has item:created, as ours
 * does. (The bare server writes each event to every socket before the next, ours writes both in
 * one write per socket: measured, the two baselines differ little at p50.) Rounds alternate raw /
 * raw one event / ours, so all see the same machine.
 *
 * BENCH_BUSY=<n> starts n processes that spin for the whole run (the "machine busy" figure).
 */
import { fork, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import net, { type AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { Server } from 'socket.io'
import { io, type Socket } from 'socket.io-client'
import { buildApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import { BENCH_ADMIN_PASSWORD, isMain, percentile, report, signInAdmin } from './lib.ts'

/** Measured items per side, in ROUNDS alternating rounds. */
const ITEMS = 250
const ROUNDS = 10
const WARM_UP = 10
/** Walls and operators connected at once; latency is until the last of them has the event. */
const CLIENTS = 200

type ToChild =
  | { type: 'connect'; side: Side; url: string; cookie?: string; count: number }
  | { type: 'arm'; side: Side; event: string }
  | { type: 'close' }
/** `latest`: what the side's first client last received of each event, by event name. */
type FromChild = { type: 'connected' } | { type: 'armed' } | { type: 'arrived'; at: string; latest: Record<string, unknown> }
type Side = 'ours' | 'raw'
type Round = 'ours' | 'raw' | 'rawOneEvent'

/** The child: holds both sets of clients and reports when every client of one side has the armed event. */
async function clients(): Promise<void> {
  const sets: Record<Side, Socket[]> = { ours: [], raw: [] }
  const latest: Record<Side, Record<string, unknown>> = { ours: {}, raw: {} }
  const send = (m: FromChild) => process.send!(m)
  process.on('message', (m: ToChild) => {
    if (m.type === 'connect') {
      const set = Array.from({ length: m.count }, () =>
        io(m.url, { transports: ['websocket'], forceNew: true, ...(m.cookie ? { extraHeaders: { cookie: m.cookie } } : {}) }),
      )
      sets[m.side] = set
      const side = m.side
      set[0]!.onAny((event: string, p: unknown) => (latest[side][event] = p))
      void Promise.all(set.map((c) => new Promise<void>((r) => c.once('connect', () => r())))).then(() => send({ type: 'connected' }))
    } else if (m.type === 'arm') {
      let left = sets[m.side].length
      const side = m.side
      for (const c of sets[m.side]) {
        c.once(m.event, () => {
          if (--left === 0) send({ type: 'arrived', at: process.hrtime.bigint().toString(), latest: { ...latest[side] } })
        })
      }
      send({ type: 'armed' })
    } else {
      for (const c of [...sets.ours, ...sets.raw]) c.close()
      process.exit(0)
    }
  })
}

function talk(child: ChildProcess) {
  const waiting: ((m: FromChild) => void)[] = []
  child.on('message', (m: FromChild) => waiting.shift()?.(m))
  return (m: ToChild): Promise<FromChild> =>
    new Promise((resolve) => {
      waiting.push(resolve)
      child.send(m)
    })
}

export async function run(): Promise<void> {
  const busy = Array.from({ length: Number(process.env.BENCH_BUSY ?? 0) }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  )
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-bench-'))
  const entries: string[] = []
  const feed = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
    res.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>b</title>${entries.join('')}</channel></rss>`)
  })
  await new Promise<void>((r) => feed.listen(0, '127.0.0.1', r))
  const feedUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/feed.xml`

  const config = loadConfig({ YQ_DATA_DIR: dir, YQ_DEMO: '0', YQ_ALLOW_PRIVATE_FEEDS: '1', YQ_LOG_LEVEL: 'silent', YQ_POLL_TICK_MS: '60000', YQ_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD })
  const app = await buildApp(config)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  const cookie = await signInAdmin(base)
  const source = (await (
    await fetch(`${base}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'bench', url: feedUrl, interval_s: 3600 }) })
  ).json()) as { id: number }

  // The baseline: socket.io as it comes, nothing of ours on the path.
  const rawHttp = http.createServer()
  const rawIo = new Server(rawHttp, { serveClient: false })
  await new Promise<void>((r) => rawHttp.listen(0, '127.0.0.1', r))
  const rawUrl = `http://127.0.0.1:${(rawHttp.address() as AddressInfo).port}`

  const child = fork(fileURLToPath(import.meta.url), ['--clients'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const ask = talk(child)
  await ask({ type: 'connect', side: 'ours', url: base, cookie, count: CLIENTS })
  await ask({ type: 'connect', side: 'raw', url: rawUrl, count: CLIENTS })

  // TCP writes (each a write or writev system call) the two servers make to their clients, by port.
  const writes = new Map<number, number>()
  const proto = net.Socket.prototype as unknown as Record<'_write' | '_writev', (this: net.Socket, ...args: unknown[]) => unknown>
  for (const method of ['_write', '_writev'] as const) {
    const original = proto[method]
    proto[method] = function (this: net.Socket, ...args: unknown[]) {
      writes.set(this.localPort ?? 0, (writes.get(this.localPort ?? 0) ?? 0) + 1)
      return original.apply(this, args)
    }
  }
  const oursPort = (app.server.address() as AddressInfo).port
  const rawPort = (rawHttp.address() as AddressInfo).port

  let n = 0
  // What our clients last received for an item: the baselines broadcast these very payloads.
  let sent: Record<string, unknown> = {}
  const ours = async (): Promise<number> => {
    await ask({ type: 'arm', side: 'ours', event: 'item:created' })
    const arrived = new Promise<FromChild>((r) => child.once('message', r))
    const t0 = process.hrtime.bigint()
    const i = n++
    entries.unshift(`<item><guid>b-${i}</guid><title>泰安市泰山区第${i}条测试信息</title><description>基准测试</description></item>`)
    if (entries.length > 30) entries.pop()
    await app.poller.pollNow(source.id)
    const m = (await arrived) as Extract<FromChild, { type: 'arrived' }>
    sent = m.latest
    return Number(BigInt(m.at) - t0) / 1e6
  }
  const raw = async (events: readonly string[]): Promise<number> => {
    await ask({ type: 'arm', side: 'raw', event: 'item:created' })
    const arrived = new Promise<FromChild>((r) => child.once('message', r))
    const t0 = process.hrtime.bigint()
    for (const event of events) rawIo.emit(event, sent[event])
    const m = (await arrived) as Extract<FromChild, { type: 'arrived' }>
    return Number(BigInt(m.at) - t0) / 1e6
  }
  const ourEvents = (): string[] => ['item:created', 'story:updated'].filter((e) => e in sent)
  const measure = (round: Round): Promise<number> =>
    round === 'ours' ? ours() : raw(round === 'raw' ? ourEvents() : ['item:created'])

  for (let i = 0; i < WARM_UP; i++) await ours()
  for (let i = 0; i < WARM_UP; i++) await measure('raw')
  for (let i = 0; i < WARM_UP; i++) await measure('rawOneEvent')
  const load: number[] = [os.loadavg()[0]!]
  writes.clear()
  const times: Record<Round, number[]> = { ours: [], raw: [], rawOneEvent: [] }
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of ['raw', 'rawOneEvent', 'ours'] as const) {
      for (let i = 0; i < ITEMS / ROUNDS; i++) times[side].push(await measure(side))
    }
  }
  load.push(os.loadavg()[0]!)
  for (const t of Object.values(times)) t.sort((a, b) => a - b)
  const setting = `${CLIENTS} socket.io clients in a child process; ${ROUNDS} alternating rounds raw/raw one event/ours; load average ${load.map((l) => l.toFixed(1)).join('→')}${busy.length ? `; ${busy.length} spinning processes` : ''}`
  const note = `${ITEMS} items, one at a time: publish on a loopback feed → poll → stored → item:created at all clients; ${setting}`
  const same = `a bare socket.io server broadcasting what ours sent its clients for the item (${ourEvents().join(' + ')}, the same payloads), until the last client has item:created; ${setting}`
  const one = `a bare socket.io server broadcasting the same item:created payload alone; ${setting}`
  report('ingest.item_to_socket_p50_ms', percentile(times.ours, 50), 'ms', note)
  report('ingest.item_to_socket_p99_ms', percentile(times.ours, 99), 'ms', `${note}; target ≤ 100 ms busy, ≤ 2× raw quiet`)
  report('ingest.raw_broadcast_p50_ms', percentile(times.raw, 50), 'ms', same)
  report('ingest.raw_broadcast_p99_ms', percentile(times.raw, 99), 'ms', same)
  report('ingest.raw_broadcast_one_event_p50_ms', percentile(times.rawOneEvent, 50), 'ms', one)
  report('ingest.raw_broadcast_one_event_p99_ms', percentile(times.rawOneEvent, 99), 'ms', one)
  report('ingest.tcp_writes_per_item', (writes.get(oursPort) ?? 0) / ITEMS, 'writes', `TCP writes to the ${CLIENTS} clients per item (item:created, story:updated, heartbeats)`)
  report('ingest.raw_tcp_writes_per_item', (writes.get(rawPort) ?? 0) / (2 * ITEMS), 'writes', `TCP writes of the bare socket.io server to its ${CLIENTS} clients per broadcast, both baselines (engine.io writes each packet on its own)`)
  report('ingest.item_to_socket_p99_ratio_to_raw', percentile(times.ours, 99) / percentile(times.raw, 99), 'ratio', 'p99 end-to-end / p99 of the bare server broadcasting the same events, same run; target ≤ 2 quiet')
  report('ingest.item_to_socket_p99_ratio_to_raw_one_event', percentile(times.ours, 99) / percentile(times.rawOneEvent, 99), 'ratio', 'p99 end-to-end / p99 of the bare server broadcasting item:created alone (the baseline before the eighth pass), same run')

  child.send({ type: 'close' } satisfies ToChild)
  await new Promise((r) => child.once('exit', r))
  for (const b of busy) b.kill()
  await new Promise<void>((r) => rawIo.close(() => r()))
  await app.close()
  await new Promise<void>((r) => feed.close(() => r()))
  fs.rmSync(dir, { recursive: true, force: true })
}

if (isMain(import.meta.url)) {
  if (process.argv.includes('--clients')) await clients()
  else await run()
}
