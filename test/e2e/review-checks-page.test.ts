import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it, onTestFinished } from 'vitest'
import { beijingDate } from '@shared/review/periods.ts'
import { launchChromium } from '../helpers/browser.ts'
import { HOUR_MS } from '../helpers/case-fixtures.ts'
import { fileEvent, openCase, seeded, startReviewApp } from '../helpers/review-fixtures.ts'
import { PASSWORD, makeRoleWorld } from '../helpers/roles.ts'

const DAY = 24 * HOUR_MS
const iso = (t: number) => new Date(t).toISOString()

async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`)
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(PASSWORD)
  await page.getByTestId('login-submit').click()
  await page.waitForURL((url) => url.pathname !== '/login' && url.pathname !== '/')
}

describe('不定期检查 page in Chromium, as the reviewer', () => {
  it('draws closed cases, refuses a 不合格 without its reason, files it, and sees it in the review and the 通报 against the receiving unit', { timeout: 120_000 }, async () => {
    const t = await startReviewApp(seeded(11))
    await makeRoleWorld(t)
    const start = Date.now() - 10 * DAY
    // 历下区's own case, and one 济南市 forwarded to 历城区 (历城区 answered it).
    const lixia = await openCase(t.baseUrl, { title: '历下区某小区供暖不热', unit_id: '370102', clock_start: iso(start) })
    const licheng = await openCase(t.baseUrl, { title: '历城区道路施工夜间扰民', unit_id: '370100', clock_start: iso(start) })
    await fileEvent(t.baseUrl, licheng, 'forwarded', iso(start + HOUR_MS / 2), { unit_id: '370112' })
    await fileEvent(t.baseUrl, licheng, 'acknowledged', iso(start + HOUR_MS), { unit_id: '370112' })
    for (const id of [lixia, licheng]) {
      await fileEvent(t.baseUrl, id, 'response', iso(start + 2 * HOUR_MS))
      await fileEvent(t.baseUrl, id, 'closed', iso(start + DAY))
    }

    const browser = await launchChromium({ anonymous: true })
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await signIn(page, t.baseUrl, 'reviewer')
    // The reviewer reaches the page from the navigation.
    await page.getByRole('link', { name: '不定期检查' }).click()
    await page.waitForURL((url) => url.pathname === '/review/checks')
    await expect.poll(() => page.getByTestId('check-list-empty').textContent()).toBe('没有符合条件的检查记录')

    // 1. Draw from the last two weeks, all units.
    const draw = page.getByTestId('check-draw')
    await draw.locator('input[name=first]').fill(beijingDate(iso(Date.now() - 14 * DAY)))
    await draw.getByTestId('check-draw-submit').click()
    const form = page.getByTestId('check-record')
    await form.waitFor()
    const drawn = await form.getByTestId('check-case').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-case'))).sort())
    // The two open cases of the role world are not closed, so never drawn.
    expect(drawn).toEqual([lixia, licheng].sort())
    expect(await page.getByTestId('check-row').locator('[data-outcome=open]').count()).toBe(2)

    // 2. 不合格 without a reason, and a case with nothing ticked: both said in words beside the case, nothing recorded.
    const caseBox = (id: number) => form.locator(`[data-testid=check-case][data-case="${id}"]`)
    await caseBox(licheng).getByTestId('outcome-fail').check()
    await caseBox(licheng).getByTestId('aspect-response_content').check()
    await caseBox(licheng).getByTestId('aspect-public_link').check()
    await form.getByTestId('check-record-submit').click()
    expect(await caseBox(licheng).getByTestId('check-case-problem').textContent()).toBe('不合格须填写原因')
    expect(await caseBox(lixia).getByTestId('check-case-problem').textContent()).toBe('请至少勾选一项检查内容')
    expect(await page.getByTestId('check-row').locator('[data-outcome=open]').count()).toBe(2)

    // 3. Complete and file.
    await caseBox(lixia).getByTestId('aspect-timeliness').check()
    await caseBox(licheng).getByTestId('check-note').fill('回应未说明施工期限，链接打不开')
    await form.getByTestId('check-record-submit').click()
    await expect.poll(() => page.getByTestId('check-saved').textContent()).toBe('检查结果已登记')
    const failedLine = page.getByTestId('check-row').locator(`[data-case="${licheng}"][data-outcome=fail]`)
    await expect.poll(() => failedLine.textContent()).toContain('不合格（回应内容、回应链接）')
    expect(await failedLine.textContent()).toContain('济南市历城区')
    expect(await failedLine.textContent()).toContain('回应未说明施工期限，链接打不开')
    expect(await page.getByTestId('check-row').locator(`[data-case="${lixia}"][data-outcome=pass]`).textContent()).toContain('合格（回应时效）')

    // 4. The list filters: by outcome and by unit.
    const filters = page.getByTestId('check-filters')
    await filters.getByTestId('check-filter-status').selectOption('open')
    await filters.getByTestId('check-filter-apply').click()
    await expect.poll(() => page.getByTestId('check-list-empty').count()).toBe(1)
    await filters.getByTestId('check-filter-status').selectOption('fail')
    await filters.getByTestId('check-filter-apply').click()
    await expect.poll(() => page.getByTestId('check-row').count()).toBe(1)
    await filters.getByTestId('check-filter-status').selectOption('')
    await filters.getByTestId('check-filter-unit').fill('青岛市市南区')
    await filters.getByTestId('check-filter-unit').dispatchEvent('change')
    await filters.getByTestId('check-filter-apply').click()
    await expect.poll(() => page.getByTestId('check-list-empty').count()).toBe(1)
    await filters.getByTestId('check-filter-unit').fill('')
    await filters.getByTestId('check-filter-unit').dispatchEvent('change')
    await filters.getByTestId('check-filter-apply').click()
    await expect.poll(() => page.getByTestId('check-row').count()).toBe(1)
    await page.screenshot({ path: path.join(os.tmpdir(), 'yq-review-checks.png'), fullPage: true })

    // 5. The review counts it for 历城区 (the unit responsible when checked), not 济南市.
    const from = iso(Date.now() - 14 * DAY)
    const to = iso(Date.now() + DAY)
    await page.goto(`${t.baseUrl}/review?preset=custom&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`)
    const table = page.getByTestId('review-table')
    await table.waitFor()
    const failedByGroup = await table.locator('tr.group').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-group'), r.querySelector('[data-testid=checks-failed]')!.textContent]).filter(([, n]) => n !== '0'))
    expect(failedByGroup).toEqual([['370112', '1']])
    expect(await table.locator('tfoot [data-testid=checks-failed]').textContent()).toBe('1')
    await table.locator('tr.group[data-group="370112"]').click()
    expect(await page.getByTestId('check-failed').textContent()).toContain('不定期检查不合格')

    // 6. The 通报 the page links to: 历城区's row counts it and is criticised; the item is listed with its reason.
    const href = await page.getByTestId('bulletin-html').getAttribute('href')
    await page.goto(`${t.baseUrl}${href}`)
    const unitRow = page.locator('table.ranking tr[data-unit="370112"]')
    expect(await unitRow.locator('[data-fig=checks_failed]').textContent()).toBe('1')
    expect(await unitRow.textContent()).toContain('通报批评')
    expect(await page.locator('[data-list=criticise]').textContent()).toContain('济南市历城区')
    const listed = page.locator(`table.checks tr[data-case="${licheng}"]`)
    expect(await listed.locator('td').allTextContents()).toEqual([String(licheng), '历城区道路施工夜间扰民', '济南市历城区', expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/), '回应内容、回应链接', '回应未说明施工期限，链接打不开'])
  })

  it('an operator is not offered the page and lands on its own first page when it opens it', async () => {
    const t = await startReviewApp(seeded(1))
    await makeRoleWorld(t)
    const browser = await launchChromium({ anonymous: true })
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await signIn(page, t.baseUrl, 'operator')
    expect(await page.getByRole('link', { name: '不定期检查' }).count()).toBe(0)
    await page.goto(`${t.baseUrl}/review/checks`)
    await page.waitForURL((url) => url.pathname === '/triage')
  })
})
