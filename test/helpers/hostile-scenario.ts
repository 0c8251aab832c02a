import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { TEST_ADMIN_PASSWORD, login, rawFetch, setAdminSession } from './auth-session.ts'
import { renderRss, type FeedEntry } from './feed-server.ts'
import { freePort, SERVER_READY_TIMEOUT_MS } from './server-process.ts'

/**
 * The hostile-feed scenario of issue #15, shared by its acceptance test and bench/hostile-feeds.ts:
 * a server process polls, every 5 s, a nested feed, a 20,000-item feed and a feed of huge fields
 * beside one good feed, and receives a push of nested <div>s, while /api/health is probed every
 * 100 ms and the process's resident memory is sampled.
 */
export interface HostileOutcome {
  probes: number
  /** Probes that got a 200 within the hang guard. */
  answered: number
  maxHealthMs: number
  p99HealthMs: number
  rssPeakMb: number
  goodItems: number
  manyItems: number
  longestTitle: number
  pushStatus: number
  sources: { name: string; health: string; last_error: string | null }[]
}

export const GOOD_ITEMS = 40
export const MANY_ITEMS = 20_000
const PROBE_EVERY_MS = 100

/** 1.4 MB of elements opened and never closed inside one item. */
function nestedFeed(): string {
  return renderRss([{ guid: 'n-1', title: '嵌套' }]).replace('</item>', `${'<x>a'.repeat(350_000)}</item>`)
}

function manyFeed(): string {
  const entries: FeedEntry[] = Array.from({ length: MANY_ITEMS }, (_, i) => ({ guid: `m-${i}`, title: `第${i}号公告 关于开展专项整治行动的通知`, description: `正文 ${i}` }))
  return renderRss(entries)
}

function hugeFieldFeed(): string {
  return renderRss([
    { guid: 'h-1', title: '长'.repeat(700_000), description: '文'.repeat(1_000_000) },
    { guid: 'h-2', title: '正常标题', description: '<p>'.repeat(1000) },
  ])
}

/** 18 posts of 200,000 characters of nested <div>s: a 3.6 MB push. */
function nestedPush(): string {
  const html = `${'<div>'.repeat(19_990)}深层${'</div>'.repeat(19_990)}`.slice(0, 200_000)
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: Array.from({ length: 18 }, (_, i) => ({ id: `p-${i}`, title: `推送${i}`, content_html: html })) })
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  return kb / 1024
}

type Cleanup = (fn: () => void | Promise<void>) => void

/** The feeds on loopback: the good one and the three hostile ones. */
async function serveFeeds(cleanup: Cleanup): Promise<(p: string) => string> {
  const good = renderRss(Array.from({ length: GOOD_ITEMS }, (_, i) => ({ guid: `g-${i}`, title: `济南市第${i}号通报` })))
  const bodies: Record<string, string> = { '/good.xml': good, '/nested.xml': nestedFeed(), '/many.xml': manyFeed(), '/huge.xml': hugeFieldFeed() }
  const server = http.createServer((req, res) => {
    const body = bodies[req.url ?? '']
    if (body === undefined) return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanup(() => {
    server.closeAllConnections()
    server.close()
  })
  return (p) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${p}`
}

/** The server bundle as its own process (as npm start runs it), signed in as admin; killed at cleanup. */
async function spawnServer(cleanup: Cleanup): Promise<{ pid: number; base: string }> {
  const root = path.resolve(import.meta.dirname, '../..')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-hostile-'))
  const port = await freePort()
  const env = { PATH: process.env.PATH, YQ_LOG_LEVEL: 'warn', YQ_PORT: String(port), YQ_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, YQ_SCRYPT_LOG_N: '10', YQ_DATA_DIR: dataDir, YQ_DEMO: '0', YQ_ALLOW_PRIVATE_FEEDS: '1', YQ_POLL_TICK_MS: '100' }
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.mjs'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
  cleanup(() => {
    child.kill('SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
  })
  const base = `http://127.0.0.1:${port}`
  for (const deadline = Date.now() + SERVER_READY_TIMEOUT_MS; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    if (child.exitCode !== null) throw new Error('the server exited early')
    const ok = await rawFetch(`${base}/api/health`).then((r) => r.ok, () => false)
    if (ok) {
      setAdminSession(base, await login(base, 'admin', TEST_ADMIN_PASSWORD))
      return { pid: child.pid!, base }
    }
  }
  throw new Error('the server did not become healthy')
}

export async function runHostileScenario(cleanup: Cleanup, durationMs: number, hangGuardMs = 2000): Promise<HostileOutcome> {
  const feedUrl = await serveFeeds(cleanup)
  const { pid, base } = await spawnServer(cleanup)
  const latencies: number[] = []
  let probes = 0
  let rssPeakMb = rssMb(pid)
  const probe = async (): Promise<void> => {
    probes++
    const started = performance.now()
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(hangGuardMs) })
      await res.arrayBuffer()
      if (res.ok) latencies.push(performance.now() - started)
    } catch {
      // not answered within the guard: counted by probes − answered
    }
  }
  const pending: Promise<void>[] = []
  const probeTimer = setInterval(() => pending.push(probe()), PROBE_EVERY_MS)
  const rssTimer = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, rssMb(pid))), PROBE_EVERY_MS)
  try {
    const add = async (name: string, body: object) => {
      const res = await fetch(`${base}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, ...body }) })
      if (res.status !== 201) throw new Error(`adding ${name}: ${res.status} ${await res.text()}`)
      return (await res.json()) as { id: number; push_token?: string }
    }
    const good = await add('good', { url: feedUrl('/good.xml'), interval_s: 5 })
    const many = await add('many', { url: feedUrl('/many.xml'), interval_s: 5 })
    await add('nested', { url: feedUrl('/nested.xml'), interval_s: 5 })
    const huge = await add('huge', { url: feedUrl('/huge.xml'), interval_s: 5 })
    const pushSource = await add('push', { kind: 'push', interval_s: 60 })
    const pushed = await fetch(`${base}/api/sources/${pushSource.id}/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${pushSource.push_token}` },
      body: nestedPush(),
    })
    await new Promise((r) => setTimeout(r, durationMs))
    clearInterval(probeTimer)
    await Promise.all(pending)

    const count = async (id: number) => {
      let n = 0
      let cursor: number | null = null
      let longest = 0
      do {
        const page = (await (await fetch(`${base}/api/items?limit=500&source_id=${id}${cursor ? `&cursor=${cursor}` : ''}`)).json()) as { items: { title: string }[]; next_cursor: number | null }
        n += page.items.length
        for (const i of page.items) longest = Math.max(longest, i.title.length)
        cursor = page.next_cursor
      } while (cursor)
      return { n, longest }
    }
    const { sources } = (await (await fetch(`${base}/api/sources`)).json()) as { sources: { name: string; health: string; last_error: string | null }[] }
    const sorted = [...latencies].sort((a, b) => a - b)
    return {
      probes,
      answered: latencies.length,
      maxHealthMs: sorted[sorted.length - 1] ?? NaN,
      p99HealthMs: sorted[Math.max(0, Math.ceil(sorted.length * 0.99) - 1)] ?? NaN,
      rssPeakMb,
      goodItems: (await count(good.id)).n,
      manyItems: (await count(many.id)).n,
      longestTitle: (await count(huge.id)).longest,
      pushStatus: pushed.status,
      sources: sources.map(({ name, health, last_error }) => ({ name, health, last_error })),
    }
  } finally {
    clearInterval(probeTimer)
    clearInterval(rssTimer)
  }
}
