import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { formatBeijingDateTime } from '@shared/review/format.ts'
import { addUser } from '../../server/auth/users.ts'
import { rawFetch } from '../helpers/auth-session.ts'
import { launchChromium } from '../helpers/browser.ts'
import { HOUR_MS } from '../helpers/case-fixtures.ts'
import { fileEvent, openCase } from '../helpers/review-fixtures.ts'
import { startTestApp } from '../helpers/test-app.ts'

const iso = (t: number) => new Date(t).toISOString()

describe('review page for a forwarded case in Chromium', () => {
  it('the receiving unit is credited on the page, and a deadline met by a backdated entry shows both its claimed and recorded times', { timeout: 90_000 }, async () => {
    const t = await startTestApp()
    const { baseUrl } = t
    await addUser(t.app.db, { username: 'lixia', password: 'review-forward-pass-01', role: 'unit', unit_id: '370102' }, 'test')
    const lixia = await t.login('lixia', 'review-forward-pass-01')
    // Forwarded 1 h after its clock started, 47 h 50 min ago; 历下区 signs through the office and answers itself,
    // dating its answer 20 min back (within the tolerance): it is on time, at the claimed time.
    const s = Date.now() - 47 * HOUR_MS - 50 * 60_000
    const id = await openCase(baseUrl, { title: '历下区一商场消防通道被占', unit_id: '370100-yjj', clock_start: iso(s) })
    await fileEvent(baseUrl, id, 'forwarded', iso(s + HOUR_MS), { unit_id: '370102' })
    await fileEvent(baseUrl, id, 'acknowledged', iso(s + 1.5 * HOUR_MS))
    const claimed = iso(Date.now() - 20 * 60_000)
    const res = await rawFetch(`${baseUrl}/api/cases/${id}/events`, { method: 'POST', headers: { ...t.as(lixia, 'POST'), 'content-type': 'application/json' }, body: JSON.stringify({ type: 'response', at: claimed, url: 'https://www.jinan.gov.cn/art/1.html' }) })
    expect(res.status).toBe(201)
    const recorded = ((await res.json()) as { timeline: { type: string; recorded_at: string }[] }).timeline.find((e) => e.type === 'response')!.recorded_at

    const from = iso(s - 24 * HOUR_MS)
    const to = iso(Date.now() + HOUR_MS)
    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(`${baseUrl}/review?preset=custom&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`)
    const table = page.getByTestId('review-table')
    await table.waitFor()
    expect(await table.locator('[data-group="370100-yjj"]').count()).toBe(0)
    await table.locator('[data-group="370102"]').click()
    const row = page.locator(`[data-case="${id}"]`)
    await expect.poll(() => row.textContent()).toContain('济南市历下区')
    const claims = await row.getByTestId('met-claim').allTextContents()
    expect(claims).toContain(`· 所填 ${formatBeijingDateTime(claimed)} · 录入 ${formatBeijingDateTime(recorded)}`)
    await page.screenshot({ path: path.join(os.tmpdir(), 'yq-review-forwarded.png') })
  })
})
