import { describe, expect, it } from 'vitest'
import { api, HOUR_MS } from '../../helpers/case-fixtures.ts'
import { addChannel, openCase, waitFor, WEBHOOK_SECRET, webhookReceiver } from '../../helpers/notify-fixtures.ts'
import { startTestApp, tempDataDir } from '../../helpers/test-app.ts'

describe('notify: still overdue', () => {
  it('re-announces an overdue deadline every interval while it stays unmet, each reminder once, and stops once it is met', async () => {
    // Reminder every 1.5 s instead of 2 h; the ladder pushed out of the way.
    const t = await startTestApp({ YQ_NOTIFY_TICK_MS: '50', YQ_DEADLINE_TICK_MS: '100' }, tempDataDir(), { notify: { intervals: { still_overdue_other: 1500, escalate_city: HOUR_MS, escalate_province: HOUR_MS } } })
    const robot = await webhookReceiver()
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370102' }, 'webhook', '历下区', { url: robot.url(), secret: WEBHOOK_SECRET })
    const c = await openCase(t.app, t.baseUrl, { level: 'IV', kind: 'opinion', ageMs: 2 * HOUR_MS })
    await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: new Date(Date.now() - HOUR_MS + 1000).toISOString(), unit_id: '370102' })
    const reminders = () => robot.bodies().filter((b) => b.event === 'still_overdue')
    await waitFor(() => reminders().length >= 2, 20_000, 'two reminders')
    const keys = reminders().map((b) => String(b.idempotency_key))
    expect(new Set(keys).size).toBe(keys.length)
    // Keyed by the reminder's number: increasing, each once (a slow pass may skip to the latest one).
    const numbers = keys.map((k) => Number(/\|acknowledgement@[^|]+\|(\d+)$/.exec(k)?.[1]))
    expect(numbers[0]).toBeGreaterThanOrEqual(1)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    expect(String(reminders()[0]!.text)).toMatch(/（已超时 \d+ 分钟）/)
    await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'acknowledged', at: new Date().toISOString() })
    const after = reminders().length
    await new Promise((r) => setTimeout(r, 3500))
    expect(reminders().length).toBeLessThanOrEqual(after + 1)
    const settled = reminders().length
    await new Promise((r) => setTimeout(r, 2000))
    expect(reminders().length).toBe(settled)
  })
})
