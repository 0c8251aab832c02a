import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { api } from '../../helpers/case-fixtures.ts'
import { json, startChannelServer } from '../../helpers/channel-server.ts'
import { addChannel, openCase, waitFor, WEBHOOK_SECRET } from '../../helpers/notify-fixtures.ts'
import { startTestApp, tempDataDir } from '../../helpers/test-app.ts'

const CASES = 6
/** Stands for the provider's minute of 限流: the robot refuses everything this long. */
const LIMITED_MS = 3000

describe('notify: a channel that answers "too many"', () => {
  it('loses nothing, sends nothing twice, and delivers what was held back as one digest once it allows again', async () => {
    const t = await startTestApp({ YQ_NOTIFY_TICK_MS: '50', YQ_DEADLINE_TICK_MS: '0' }, tempDataDir(), { notify: { rateLimitHoldMs: 500 } })
    let limitedUntil = 0
    const accepted: Record<string, unknown>[] = []
    const robot = await startChannelServer((req, res) => {
      if (limitedUntil === 0) limitedUntil = Date.now() + LIMITED_MS
      if (Date.now() < limitedUntil) return json(res, 429, { error: 'too many requests' })
      accepted.push(JSON.parse(req.text) as Record<string, unknown>)
      res.writeHead(204).end()
    })
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370102' }, 'webhook', '历下区值班群', { url: robot.url(), secret: WEBHOOK_SECRET })
    const cases: Case[] = []
    for (let i = 0; i < CASES; i++) cases.push(await openCase(t.app, t.baseUrl, { title: `历下区舆情线索第${i + 1}条`, level: 'III', kind: 'opinion', ageMs: 60_000 }))
    for (const c of cases) await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: new Date().toISOString(), unit_id: '370102' })

    await waitFor(() => accepted.length > 0, 15_000, 'a delivery after the limit')
    await new Promise((r) => setTimeout(r, 500))
    // 1. One digest carried every held-back message; nothing went one by one after the limit.
    expect(accepted).toHaveLength(1)
    const digest = accepted[0]!
    expect(digest.title).toBe(`【预警汇总】${CASES} 条`)
    for (const c of cases) expect(digest.text).toContain(`【Ⅲ级·转办】${c.title}`)
    expect(String(digest.idempotency_key)).toMatch(/^digest\|ch:\d+\|\d+-\d+\|1$/)
    // 2. The robot was asked again while limited, but never more than about once per hold.
    expect(robot.received.length).toBeLessThan(1 + LIMITED_MS / 500 + 3)

    // 3. The log and each timeline agree: sent once, in that digest.
    const log = await api<{ deliveries: { status: string; digest_key: string | null; attempts: number }[] }>(t.baseUrl, 'GET', '/api/notify/deliveries?limit=50')
    expect(log.body.deliveries).toHaveLength(CASES)
    expect(new Set(log.body.deliveries.map((d) => `${d.status} ${d.digest_key}`))).toEqual(new Set([`sent ${String(digest.idempotency_key)}`]))
    for (const c of cases) {
      const got = (await api<Case>(t.baseUrl, 'GET', `/api/cases/${c.id}`)).body
      expect(got.timeline.filter((e) => e.type === 'notified')).toHaveLength(1)
      expect(got.reach.state).toBe('sent')
    }
  })
})
