/**
 * ingest.item_to_socket_*: a feed server on 127.0.0.1 publishes an item, the poller is
 * triggered, and a socket.io client records when item:created arrives.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { io } from 'socket.io-client'
import { buildApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import { BENCH_ADMIN_PASSWORD, isMain, percentile, report, signInAdmin } from './lib.ts'

const ITEMS = 250
/** Walls and operators connected at once; latency is until the last of them has the event. */
const CLIENTS = 200

export async function run(): Promise<void> {
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
  const clients = Array.from({ length: CLIENTS }, () => io(base, { transports: ['websocket'], forceNew: true, extraHeaders: { cookie } }))
  await Promise.all(clients.map((c) => new Promise<void>((r) => c.once('connect', () => r()))))
  const allReceive = (event: string) =>
    Promise.all(clients.map((c) => new Promise<void>((r) => c.once(event, () => r())))).then(() => performance.now())

  // Baseline: the raw socket.io broadcast of a payload of the same size, to the same clients.
  const raw: number[] = []
  for (let i = 0; i < ITEMS; i++) {
    const arrived = allReceive('bench:raw')
    const t0 = performance.now()
    ;(app.realtime.io.emit as (e: string, p: unknown) => void)('bench:raw', { seq: i, data: { title: '泰安市泰山区测试信息'.repeat(4) } })
    raw.push((await arrived) - t0)
  }

  const latencies: number[] = []
  for (let i = 0; i < ITEMS; i++) {
    const arrived = allReceive('item:created')
    const t0 = performance.now()
    entries.unshift(`<item><guid>b-${i}</guid><title>泰安市泰山区第${i}条测试信息</title><description>基准测试</description></item>`)
    if (entries.length > 30) entries.pop()
    await app.poller.pollNow(source.id)
    latencies.push((await arrived) - t0)
  }
  latencies.sort((a, b) => a - b)
  raw.sort((a, b) => a - b)
  const note = `${ITEMS} items, one at a time: publish on a loopback feed → poll → stored → item:created at all ${CLIENTS} socket.io clients`
  report('ingest.item_to_socket_p50_ms', percentile(latencies, 50), 'ms', note)
  report('ingest.item_to_socket_p99_ms', percentile(latencies, 99), 'ms', `${note}; target ≤ 100 ms`)
  report('ingest.raw_broadcast_p99_ms', percentile(raw, 99), 'ms', `raw io.emit to the same ${CLIENTS} clients, same run`)
  report('ingest.item_to_socket_p99_ratio_to_raw', percentile(latencies, 99) / percentile(raw, 99), 'ratio', 'p99 end-to-end / p99 raw broadcast')

  for (const c of clients) c.close()
  await app.close()
  await new Promise<void>((r) => feed.close(() => r()))
  fs.rmSync(dir, { recursive: true, force: true })
}

if (isMain(import.meta.url)) await run()
