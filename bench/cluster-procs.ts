/**
 * Helpers for the scale benchmarks (bench/scale.ts): server processes as `npm start` runs them,
 * a redis-server of the bench's own on a random loopback port, loopback feeds. No run(): not a benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
// @ts-expect-error -- plain JavaScript module shared with `npm start`
import { buildServerIfStale, root, serverBundle } from '../scripts/build-if-stale.mjs'
import { freePort } from '../test/helpers/free-port.ts'
import { BENCH_ADMIN_PASSWORD } from './lib.ts'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function until<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const v = await check()
    if (v !== undefined && v !== false) return v
    if (Date.now() > end) throw new Error(`bench: timed out waiting for ${what}`)
    await sleep(20)
  }
}

export interface Proc {
  child: ChildProcess
  baseUrl: string
}

export async function startProc(env: Record<string, string>): Promise<Proc> {
  await (buildServerIfStale as (log: (line: string) => void) => Promise<void>)(() => {})
  const port = await freePort()
  const child = spawn(process.execPath, [serverBundle as string], {
    cwd: root as string,
    env: { PATH: process.env.PATH, YQ_LOG_LEVEL: 'warn', YQ_PORT: String(port), YQ_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD, YQ_SCRYPT_LOG_N: '10', YQ_LOGIN_RATE_MAX: '10000', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const baseUrl = `http://127.0.0.1:${port}`
  await until(async () => child.exitCode === null && (await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)), 90_000, `process on ${port}`)
  return { child, baseUrl }
}

export async function stopProc(p: Proc): Promise<void> {
  // A process killed by a signal has signalCode set and exitCode null.
  if (p.child.exitCode !== null || p.child.signalCode !== null) return
  const exited = new Promise((resolve) => p.child.once('exit', resolve))
  p.child.kill('SIGKILL')
  await exited
}

export async function ownRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-bench-redis-'))
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' })
  await until(() => new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1')
    s.once('connect', () => s.write('PING\r\n'))
    s.once('data', (d) => (s.destroy(), resolve(d.toString().startsWith('+PONG'))))
    s.once('error', () => resolve(false))
  }), 10_000, 'redis-server')
  return {
    url: `redis://127.0.0.1:${port}/0`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGKILL')
      await exited
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Feeds on 127.0.0.1–127.0.0.8 (the per-host politeness limit applies per host), `/f/N.xml` carrying `perFeed` items each. */
export async function loopbackFeeds(count: number, perFeed: number, hold?: () => boolean): Promise<{ urls: string[]; requests: Map<number, number[]>; close: () => Promise<void>; held: http.ServerResponse[] }> {
  const hosts = 8
  const servers: http.Server[] = []
  const urls: string[] = []
  const requests = new Map<number, number[]>()
  const held: http.ServerResponse[] = []
  const render = (n: number) => {
    const items = Array.from({ length: perFeed }, (_, i) => `<item><guid>f${n}-${i}</guid><title>第${n}号源第${i}条：济南市历下区民生诉求办理情况通报${n * perFeed + i}</title><link>https://news${n % 9}.example.cn/${n}/${i}</link><description>市民反映的问题已转交相关部门办理。</description></item>`)
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>源${n}</title><link>https://news.example.cn/${n}</link>${items.join('')}</channel></rss>`
  }
  for (let h = 0; h < hosts; h++) {
    const server = http.createServer((req, res) => {
      const n = Number(/\/f\/(\d+)\.xml/.exec(req.url ?? '')?.[1] ?? -1)
      if (n < 0) return res.writeHead(404).end()
      requests.set(n, [...(requests.get(n) ?? []), Date.now()])
      if (hold?.()) return void held.push(res)
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(render(n))
    })
    const host = `127.0.0.${h + 1}`
    await new Promise<void>((resolve) => server.listen(0, host, resolve))
    servers.push(server)
    const port = (server.address() as net.AddressInfo).port
    for (let n = h; n < count; n += hosts) urls[n] = `http://${host}:${port}/f/${n}.xml`
  }
  return {
    urls,
    requests,
    held,
    close: async () => {
      for (const res of held) res.destroy()
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))))
    },
  }
}
