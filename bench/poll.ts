import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import { insertSource } from '../server/ingest/source-store.ts'
import type { BenchFigure } from './parse.ts'

export const SOURCES = 500
/** Distinct loopback addresses (127.0.0.N all reach this machine): real feeds sit on many hosts. */
const HOSTS = 25
const ITEMS_PER_FEED = 20

/** Common characters of news headlines; titles are drawn from them with a seeded generator. */
const CHARS = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质民族'
const EVENTS = 3000

function eventTitle(k: number): string {
  let x = (k + 1) * 2654435761
  let out = ''
  for (let i = 0; i < 16; i++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + 374761393) >>> 0
    out += CHARS[x % CHARS.length]
  }
  return out
}

/**
 * Source n carries 20 of 3,000 events; sources overlap, as when several sites report one event.
 * Sources 500–999 are the second cycle's: 3,000 other events, an hour later.
 */
export function feedFor(n: number): string {
  const later = n >= SOURCES ? 1 : 0
  const items = Array.from({ length: ITEMS_PER_FEED }, (_, i) => {
    const k = ((n * 7 + i * 131) % EVENTS) + later * 2 * EVENTS
    const date = new Date(Date.UTC(2025, 5, 10) + later * 3_600_000 - i * 60_000).toUTCString()
    return `<item><guid>s${n}-${i}</guid><title>${eventTitle(k)}</title><link>https://news${n % 50}.example.cn/${k}</link><pubDate>${date}</pubDate><description>来源${n}报道：${eventTitle(k + EVENTS)}。</description></item>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>源${n}</title><link>https://news.example.cn/${n}</link>${items.join('')}</channel></rss>`
}

/** The 500 feeds on 25 loopback hosts, served in this process (by the child that startServers spawns). */
async function serveFeeds(): Promise<{ urls: string[]; close: () => Promise<void> }> {
  const servers: http.Server[] = []
  const urls: string[] = []
  for (let h = 0; h < HOSTS; h++) {
    const server = http.createServer((req, res) => {
      const n = Number(/\/f\/(\d+)\.xml/.exec(req.url ?? '')?.[1] ?? -1)
      if (n < 0) return res.writeHead(404).end()
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feedFor(n))
    })
    const host = `127.0.0.${h + 1}`
    await new Promise<void>((resolve) => server.listen(0, host, resolve))
    servers.push(server)
    const port = (server.address() as { port: number }).port
    for (let n = h; n < 2 * SOURCES; n += HOSTS) urls[n] = `http://${host}:${port}/f/${n}.xml`
  }
  return { urls, close: async () => void (await Promise.all(servers.map((s) => new Promise((r) => s.close(r))))) }
}

/**
 * The feed servers run in a child process, so the CPU time measured here is the server's own:
 * making and serving 500 feeds was counted in this process's CPU before (docs/performance.md).
 */
async function startServers(): Promise<{ urls: string[]; close: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve-feeds'], { stdio: ['pipe', 'pipe', 'inherit'] })
  const line = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')))
    })
    child.once('exit', (code) => reject(new Error(`the feed servers exited with ${code}`)))
  })
  return {
    urls: JSON.parse(line) as string[],
    close: async () => {
      child.kill()
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r))
    },
  }
}

interface Cycle {
  outcomes: Awaited<ReturnType<Awaited<ReturnType<typeof buildApp>>['poller']['pollDue']>>
  seconds: number
  cpu: NodeJS.CpuUsage
  items: number
}

/** Adds these sources (due now) and polls them once, measuring wall and process CPU time. */
async function cycle(app: Awaited<ReturnType<typeof buildApp>>, urls: string[]): Promise<Cycle> {
  const now = new Date()
  for (const url of urls) await insertSource(app.db, { name: `源${/\/f\/(\d+)\.xml/.exec(url)![1]}`, url, kind: 'rss', interval_s: 300 }, now)
  const start = process.hrtime.bigint()
  const cpuStart = process.cpuUsage()
  // The sources of an earlier cycle are not due again for five minutes.
  const outcomes = await app.poller.pollDue()
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const cpu = process.cpuUsage(cpuStart)
  return { outcomes, seconds, cpu, items: outcomes.reduce((sum, o) => sum + o.newItems, 0) }
}

/** poll.500_sources_s: one cycle over 500 loopback sources (25 hosts × 20), each a 20-item Chinese feed; then a second, warm one. */
export async function run(): Promise<BenchFigure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-bench-poll-'))
  const servers = await startServers()
  // Demo off, private allowed (loopback); the poller is driven by hand, not by its timer.
  const app = await buildApp(loadConfig({ YQ_DATA_DIR: dataDir, YQ_DEMO: '0', YQ_ALLOW_PRIVATE_FEEDS: '1', YQ_LOG_LEVEL: 'silent', YQ_POLL_TICK_MS: '60000' }))
  // The cost per item in a running server: the dictionary's load at start (seconds) is not an item's.
  await app.taggingReady
  try {
    let peakRss = process.memoryUsage.rss()
    // rss() alone: memoryUsage() also walks the heap's spaces, which this process's CPU would count.
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 10)
    const first = await cycle(app, servers.urls.slice(0, SOURCES))
    // The same server, its code now compiled by V8's optimising tiers: 10,000 other new items.
    const warm = await cycle(app, servers.urls.slice(SOURCES))
    clearInterval(sampler)
    peakRss = Math.max(peakRss, process.memoryUsage.rss())
    const { outcomes, seconds, cpu, items } = first
    const failed = outcomes.filter((o) => o.error).length
    const reasons = [...new Set(outcomes.map((o) => o.error).filter(Boolean))].slice(0, 3).join("; ")
    const stories = await app.db.selectFrom('stories').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    const note = `${outcomes.length} sources polled (${failed} failed), ${items} new items; ${HOSTS} loopback hosts, ≤4 polls per host, ≤32 at once`
    const perItem = (c: NodeJS.CpuUsage, n: number) => Number(((c.user + c.system) / 1000 / Math.max(1, n)).toFixed(3))
    return [
      { name: 'poll.500_sources_s', value: Number(seconds.toFixed(2)), unit: 's', note: reasons ? `${note}; failures: ${reasons}` : note },
      // Wall time depends on what else the machine runs; CPU time is the steadier figure.
      { name: 'poll.500_sources_cpu_s', value: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)), unit: 's', note: 'CPU time of the server process (user + system, every thread) during the cycle; the feed servers run in a child process' },
      {
        name: 'ingest.cpu_ms_per_item',
        value: perItem(cpu, items),
        unit: 'ms',
        note: `the whole path (fetch, read, tag, dedupe and stories, store, events, publish), every thread of the process, over the ${items} items of the first cycle after start; target ≤ 0.6 ms`,
      },
      {
        name: 'ingest.cpu_ms_per_item_warm',
        value: perItem(warm.cpu, warm.items),
        unit: 'ms',
        note: `the same, over a second cycle right after the first: 500 other sources, ${warm.items} other new items (${warm.outcomes.filter((o) => o.error).length} failed), in a server whose code the first cycle warmed up; ${stories.n} stories after both`,
      },
      { name: 'poll.500_sources_peak_rss_mb', value: Math.round(peakRss / 1048576), unit: 'MB', note: 'peak resident set of the whole process during both cycles (20,000 items stored by the end)' },
    ]
  } finally {
    await app.close()
    await servers.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--serve-feeds')) {
    const { urls } = await serveFeeds()
    console.log(JSON.stringify(urls))
  } else {
    for (const figure of await run()) console.log(JSON.stringify(figure))
  }
}
