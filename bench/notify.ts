/**
 * notify.crossing_to_webhook_p99_ms: 500 cases whose 签收 clocks run out over 10 s; a loopback
 * webhook records when each overdue notice arrives, against the deadline's due instant. Default
 * ticks (deadline 1 s, delivery 250 ms), the same as production.
 *
 * notify.digest_under_rate_limit: 1,000 messages due at once to one 钉钉-style robot that takes
 * 20 a minute (and answers its rate-limit error past that). Time is simulated: the dispatcher and
 * the robot share a clock that moves 1 s per pass, so minutes of provider time take seconds here.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { buildApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import { createCase } from '../server/cases/case-write.ts'
import { enqueueCaseNotice } from '../server/notify/enqueue.ts'
import { BENCH_ADMIN_PASSWORD, isMain, percentile, report, signInAdmin } from './lib.ts'

const H = 3_600_000
const CASES = 500
const SPREAD_MS = 10_000
const UNITS = ['370102', '370103', '370202', '370211', '370602']

async function listen(handler: http.RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(handler)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) }
}

function body(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })
}

async function post(base: string, p: string, payload: unknown): Promise<{ id: number }> {
  const res = await fetch(`${base}${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) })
  if (res.status >= 300) throw new Error(`${p}: ${res.status} ${await res.text()}`)
  return (await res.json()) as { id: number }
}

export async function crossingLatency(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-bench-'))
  const arrived = new Map<number, number>()
  const robot = await listen(async (req, res) => {
    const msg = JSON.parse(await body(req)) as { event: string; case_id: number }
    if (msg.event === 'overdue' && !arrived.has(msg.case_id)) arrived.set(msg.case_id, Date.now())
    res.writeHead(204).end()
  })
  const config = loadConfig({ YQ_DATA_DIR: dir, YQ_DEMO: '0', YQ_ALLOW_PRIVATE_FEEDS: '1', YQ_LOG_LEVEL: 'silent', YQ_POLL_TICK_MS: '60000', YQ_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD })
  const app = await buildApp(config)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  await signInAdmin(base)
  for (const unit of UNITS) await post(base, '/api/notify/channels', { owner_type: 'unit', owner_id: unit, kind: 'webhook', name: `bench-${unit}`, config: { url: robot.url, secret: 'bench' } })
  // Setup takes a while on a loaded machine: the clocks run out from a point after it.
  const firstDue = Date.now() + 60_000
  const due = new Map<number, number>()
  for (let i = 0; i < CASES; i++) {
    const at = firstDue + Math.round((i * SPREAD_MS) / CASES)
    const unit = UNITS[i % UNITS.length]!
    const c = await post(base, '/api/cases', { title: `基准案件${i}`, kind: 'opinion', level: 'III', item_ids: [], unit_id: unit, clock_start: new Date(Date.now() - 2 * H).toISOString(), clock_start_reason: 'bench' })
    await post(base, `/api/cases/${c.id}/events`, { type: 'forwarded', at: new Date(at - H).toISOString(), unit_id: unit })
    due.set(c.id, at)
  }
  if (Date.now() > firstDue) throw new Error('setup took longer than the head start; raise it')
  const end = firstDue + SPREAD_MS + 30_000
  while (arrived.size < CASES && Date.now() < end) await new Promise((r) => setTimeout(r, 100))
  const latencies = [...due].map(([id, at]) => (arrived.get(id) ?? Infinity) - at).sort((a, b) => a - b)
  // Where the time goes: the deadline scheduler's tick, then the outbox's wait for the dispatcher.
  const crossings = await app.db.selectFrom('deadline_crossings').select(['due_at', 'emitted_at']).where('crossing', '=', 'overdue').execute()
  const crossingMs = crossings.map((r) => Date.parse(r.emitted_at) - Date.parse(r.due_at)).sort((a, b) => a - b)
  report('notify.crossing_to_webhook_p99_ms', percentile(latencies, 99), 'ms', `deadline due → loopback webhook has the overdue notice; ${CASES} cases over ${SPREAD_MS / 1000} s, 5 unit channels, default ticks; p50 ${Math.round(percentile(latencies, 50))} ms; the crossing itself p99 ${Math.round(percentile(crossingMs, 99))} ms after due (deadline tick 1 s); ${arrived.size}/${CASES} arrived`)
  await app.close()
  await robot.close()
  fs.rmSync(dir, { recursive: true, force: true })
}

async function digestUnderRateLimit(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-bench-'))
  let clock = Date.parse('2026-12-01T02:00:00Z')
  const now = () => new Date(clock)
  const accepted: number[] = []
  let refused = 0
  const carried = new Set<string>()
  const robot = await listen(async (req, res) => {
    const msg = JSON.parse(await body(req)) as { markdown: { text: string } }
    while (accepted.length && clock - accepted[0]! >= 60_000) accepted.shift()
    res.writeHead(200, { 'content-type': 'application/json' })
    if (accepted.length >= 20) {
      refused++
      return res.end('{"errcode":130101,"errmsg":"send too fast, exceed 20 times per minute"}')
    }
    accepted.push(clock)
    for (const m of msg.markdown.text.matchAll(/基准消息(\d+)/g)) carried.add(m[1]!)
    res.end('{"errcode":0,"errmsg":"ok"}')
  })
  const config = loadConfig({ YQ_DATA_DIR: dir, YQ_DEMO: '0', YQ_ALLOW_PRIVATE_FEEDS: '1', YQ_LOG_LEVEL: 'silent', YQ_POLL_TICK_MS: '60000', YQ_DEADLINE_TICK_MS: '0', YQ_NOTIFY_TICK_MS: '0', YQ_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD })
  const app = await buildApp(config, { notify: { now } })
  await app.ready()
  const nowIso = now().toISOString()
  await app.db.insertInto('notify_channels').values({ owner_type: 'unit', owner_id: '370102', kind: 'dingtalk', name: 'bench', config: JSON.stringify({ url: `${robot.url}/robot/send?access_token=bench`, secret: 'SEC-bench' }), created_at: nowIso, updated_at: nowIso }).execute()
  const MESSAGES = 1000
  for (let i = 0; i < MESSAGES; i++) {
    const { id } = await createCase(app.db, { title: `基准消息${i}`, kind: 'opinion', level: 'IV', item_ids: [], unit_id: '370102', clock_start: new Date(clock - H).toISOString(), clock_start_reason: 'bench' }, 'bench', now())
    await app.db.transaction().execute((trx) => enqueueCaseNotice(trx, { case_id: id, cause: 'overdue', occasion: 'bench', deadline: { kind: 'response', due_at: new Date(clock).toISOString() } }, now()))
  }
  const start = clock
  for (let pass = 0; pass < 3600; pass++) {
    await app.notifyDispatcher.tick()
    const left = await app.db.selectFrom('notify_outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '!=', 'sent').executeTakeFirstOrThrow()
    if (Number(left.n) === 0) break
    clock += 1000
  }
  const minutes = (clock - start) / 60_000
  const lost = MESSAGES - carried.size
  const sent = await app.db.selectFrom('notify_outbox').select('digest_key').distinct().execute()
  report('notify.digest_under_rate_limit', minutes, 'min', `${MESSAGES} messages due at once to one 钉钉-style robot at 20/min (it answers 130101 past that): simulated minutes from due until the last is delivered (clock moves 1 s per dispatcher pass); ${sent.length} digests sent, ${refused} refused by the robot, ${lost} lost, ${carried.size} distinct messages carried`)
  await app.close()
  await robot.close()
  fs.rmSync(dir, { recursive: true, force: true })
}

export async function run(): Promise<void> {
  await crossingLatency()
  await digestUnderRateLimit()
}

if (isMain(import.meta.url)) await run()
