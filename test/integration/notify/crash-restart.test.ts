import type http from 'node:http'
import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { startChannelServer } from '../../helpers/channel-server.ts'
import { freePort, startServerProcess, waitForExit } from '../../helpers/server-process.ts'
import { tempDataDir } from '../../helpers/test-app.ts'
import { waitFor, WEBHOOK_SECRET } from '../../helpers/notify-fixtures.ts'

const HOUR_MS = 3_600_000

async function call<T>(baseUrl: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/** A case on 历下区 (no items: the clock starts two hours ago, with a reason), 转办 at `forwardedAt`. */
async function forwardedCase(baseUrl: string, forwardedAt: Date): Promise<Case> {
  const c = await call<Case>(baseUrl, 'POST', '/api/cases', {
    title: '历下区某小区停水三天无人回应',
    kind: 'opinion',
    level: 'IV',
    item_ids: [],
    unit_id: '370102',
    clock_start: new Date(Date.now() - 2 * HOUR_MS).toISOString(),
    clock_start_reason: '群众来电反映',
  })
  await call(baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: forwardedAt.toISOString(), unit_id: '370102' })
  return c
}

type Body = { event: string; idempotency_key: string }
const bodies = (received: { text: string }[]): Body[] => received.map((r) => JSON.parse(r.text) as Body)

// Several real server processes in a row; allow for a loaded machine.
describe('notify: server process killed or stopped', { timeout: 300_000 }, () => {
  it('kill -9 while the channel is still answering: after restart the message is delivered, the receiver dedupes to one, the timeline agrees', async () => {
    let hold = true
    const held: http.ServerResponse[] = []
    const robot = await startChannelServer((_req, res) => {
      if (hold) held.push(res)
      else res.writeHead(204).end()
    })
    const env = { YQ_DATA_DIR: tempDataDir(), YQ_DEMO: '0', YQ_ALLOW_PRIVATE_FEEDS: '1', YQ_NOTIFY_TICK_MS: '50', YQ_DEADLINE_TICK_MS: '100' }
    const port = await freePort()
    const first = await startServerProcess(env, port)
    await call(first.baseUrl, 'POST', '/api/notify/channels', { owner_type: 'unit', owner_id: '370102', kind: 'webhook', name: '历下区值班群', config: { url: robot.url(), secret: WEBHOOK_SECRET } })
    const c = await forwardedCase(first.baseUrl, new Date())
    // 1. The outbox row is written and the robot has the request, but has not answered: kill -9 now.
    await waitFor(() => robot.received.length === 1, 10_000, 'the first attempt')
    first.child.kill('SIGKILL')
    await waitForExit(first.child)
    for (const res of held) res.destroy()
    hold = false

    // 2. Second life: the row is still pending and goes again, with the same idempotency key.
    const second = await startServerProcess(env, port)
    await waitFor(() => robot.received.length >= 2, 20_000, 'the delivery after restart')
    await new Promise((r) => setTimeout(r, 500))
    const keys = bodies(robot.received).map((b) => b.idempotency_key)
    expect(keys).toHaveLength(2)
    expect(new Set(keys).size).toBe(1)
    const log = await call<{ deliveries: { status: string; idempotency_key: string }[] }>(second.baseUrl, 'GET', `/api/notify/deliveries?case_id=${c.id}`)
    expect(log.deliveries).toMatchObject([{ status: 'sent', idempotency_key: keys[0] }])
    const got = await call<Case>(second.baseUrl, 'GET', `/api/cases/${c.id}`)
    expect(got.timeline.filter((e) => e.type === 'notified')).toHaveLength(1)
  })

  it('a deadline that falls due while the server is down is announced once after start, never twice across two restarts', async () => {
    const robot = await startChannelServer((_req, res) => res.writeHead(204).end())
    const env = { YQ_DATA_DIR: tempDataDir(), YQ_DEMO: '0', YQ_ALLOW_PRIVATE_FEEDS: '1', YQ_NOTIFY_TICK_MS: '50', YQ_DEADLINE_TICK_MS: '100' }
    const port = await freePort()
    const first = await startServerProcess(env, port)
    await call(first.baseUrl, 'POST', '/api/notify/channels', { owner_type: 'unit', owner_id: '370102', kind: 'webhook', name: '历下区值班群', config: { url: robot.url(), secret: WEBHOOK_SECRET } })
    // The 1 h 签收 clock of a 转办 filed as 59 min 54 s ago runs out 6 s from now.
    const dueAt = Date.now() + 6000
    const c = await forwardedCase(first.baseUrl, new Date(dueAt - HOUR_MS))
    await waitFor(() => bodies(robot.received).some((b) => b.event === 'forwarded'), 10_000, 'the 转办 message')
    first.child.kill('SIGTERM')
    expect(await waitForExit(first.child)).toBe(0)
    const overdue = () => bodies(robot.received).filter((b) => b.event === 'overdue')
    expect(overdue()).toHaveLength(0)
    await new Promise((r) => setTimeout(r, Math.max(0, dueAt - Date.now() + 500)))

    // 1. Second life: the crossing is caught up and its message sent once.
    const second = await startServerProcess(env, port)
    await waitFor(() => overdue().length === 1, 20_000, 'the overdue notice')
    second.child.kill('SIGTERM')
    expect(await waitForExit(second.child)).toBe(0)

    // 2. Third life: nothing is announced again.
    const third = await startServerProcess(env, port)
    await new Promise((r) => setTimeout(r, 2000))
    expect(overdue()).toHaveLength(1)
    expect(bodies(robot.received).filter((b) => b.event === 'forwarded')).toHaveLength(1)
    const got = await call<Case>(third.baseUrl, 'GET', `/api/cases/${c.id}`)
    expect(got.timeline.filter((e) => e.type === 'notified' && e.cause === 'overdue')).toHaveLength(1)
  })
})
