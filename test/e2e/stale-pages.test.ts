import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, it, onTestFinished } from 'vitest'
import { buildApp } from '../../server/app.ts'
import { TEST_ADMIN_PASSWORD, sessionHeaders } from '../helpers/auth-session.ts'
import { launchChromium } from '../helpers/browser.ts'
import { PASSWORD, makeRoleWorld } from '../helpers/roles.ts'
import { startTestApp, tempDataDir } from '../helpers/test-app.ts'

const BANNER = /^与服务器的连接已中断，数据已过期：最后更新 (\d{2}):(\d{2}):(\d{2})（北京时间）倒计时按本机时钟推算，未实时更新；连接恢复后自动同步。$/

async function signedInPage(browser: Browser, baseUrl: string, username: string, password: string, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/login`)
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.waitForURL((u) => u.pathname !== '/login' && u.pathname !== '/')
  await page.goto(`${baseUrl}${url}`)
  return page
}

/** The not-live mark pages.css puts after a live value while the banner shows ('none' otherwise). */
const markOf = (page: Page, selector: string) => page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)}), '::after').content`) as Promise<string>

/** Seconds between a shown 北京时间 hh:mm:ss and now (within a day). */
function secondsAgo(h: string, m: string, s: string): number {
  const shown = (Number(h) - 8 + 24) % 24 * 3600 + Number(m) * 60 + Number(s)
  const d = new Date()
  const nowS = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds()
  return (nowS - shown + 86_400) % 86_400
}

describe('the stale rule on the working pages in Chromium', () => {
  it('triage (operator), the case list (admin) and the case page (unit) show the stale banner and mark countdowns not live while the server is gone, and resync after its restart', { timeout: 120_000 }, async () => {
    const dataDir = tempDataDir()
    const t = await startTestApp({}, dataDir)
    const w = await makeRoleWorld(t)
    const port = Number(new URL(t.baseUrl).port)

    const browser = await launchChromium({ anonymous: true })
    onTestFinished(() => browser.close())
    const triage = await signedInPage(browser, t.baseUrl, 'operator', PASSWORD, '/triage')
    const list = await signedInPage(browser, t.baseUrl, 'admin', TEST_ADMIN_PASSWORD, '/cases')
    const kase = await signedInPage(browser, t.baseUrl, 'lixia', PASSWORD, `/cases/${w.lixia.id}`)
    await triage.getByTestId('count-untriaged').filter({ hasText: /\d/ }).waitFor()
    await list.locator(`[data-testid=case-row][data-case-id="${w.lixia.id}"]`).waitFor()
    await kase.getByTestId('countdown').first().waitFor()
    // A fourth page that will show the case page again only once the server is gone (back from /account).
    const reopen = await signedInPage(browser, t.baseUrl, 'lixia', PASSWORD, `/cases/${w.lixia.id}`)
    await reopen.getByTestId('countdown').first().waitFor()
    await reopen.getByTestId('nav-user').click()
    await reopen.waitForURL((u) => u.pathname === '/account')
    const pages = [triage, list, kase]
    const live = { [triage.url()]: '[data-testid=count-untriaged]', [list.url()]: '[data-testid=row-countdown] .text', [kase.url()]: '[data-testid=countdown]' }
    for (const page of pages) {
      expect(await page.getByTestId('stale-banner').count()).toBe(0)
      expect(await markOf(page, live[page.url()]!)).toBe('none')
    }

    // 1. The server goes away under the open pages.
    await t.app.close()
    for (const page of pages) {
      await expect.poll(() => page.getByTestId('stale-banner').textContent(), { timeout: 15_000 }).toMatch(BANNER)
      const [, h, m, s] = BANNER.exec((await page.getByTestId('stale-banner').textContent())!)!
      // The time of last contact, in 北京时间: a heartbeat at most a few seconds before the server went.
      expect(secondsAgo(h!, m!, s!)).toBeLessThan(60)
      expect(await markOf(page, live[page.url()]!)).toBe('"（未实时）"')
      // Every glyph of the banner is in a font already loaded (fetched while the server was there): no boxes.
      const glyphsLoaded = await page.evaluate(`[...document.querySelectorAll('[data-testid=stale-banner] > *')].every((e) => {
        const s = getComputedStyle(e)
        return document.fonts.check(s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily, e.textContent)
      })`)
      expect(glyphsLoaded).toBe(true)
    }
    // A case page opened while the server is gone says it could not read the case, not that there is none.
    await reopen.goBack()
    await expect.poll(() => reopen.locator('p.status').textContent(), { timeout: 15_000 }).toMatch(/^暂时无法读取本事项：.+。连接恢复后自动重新加载。$/)
    expect(await reopen.getByText('未找到该事项').count()).toBe(0)
    // The countdowns still tick (derived from the clock), visibly marked.
    expect(await kase.getByTestId('countdown').first().textContent()).toMatch(/剩余|即将超时|超时/)
    await kase.screenshot({ path: path.join(os.tmpdir(), 'yq-stale-case.png') })
    await list.screenshot({ path: path.join(os.tmpdir(), 'yq-stale-cases.png') })
    await triage.screenshot({ path: path.join(os.tmpdir(), 'yq-stale-triage.png') })

    // 2. While no page can hear it, the office files a 研判 on the case and opens a new one; then the server listens again on the same port.
    const app = await buildApp(t.config)
    onTestFinished(() => app.close())
    const headers = { ...sessionHeaders(t.admin, 'POST'), 'content-type': 'application/json' }
    const filed = await app.inject({ method: 'POST', url: `/api/cases/${w.lixia.id}/events`, headers, payload: { type: 'assessment', note: '断线期间录入的研判' } })
    expect(filed.statusCode, filed.body).toBe(201)
    const opened = await app.inject({ method: 'POST', url: '/api/cases', headers, payload: { title: '断线期间新开的事项', kind: 'opinion', level: 'IV', item_ids: [], unit_id: '370102', clock_start: new Date(Date.now() - 3_600_000).toISOString(), clock_start_reason: '电话报送' } })
    expect(opened.statusCode, opened.body).toBe(201)
    const newId = (JSON.parse(opened.body) as { id: number }).id
    await app.listen({ host: '127.0.0.1', port })

    for (const page of pages) {
      await expect.poll(() => page.getByTestId('stale-banner').count(), { timeout: 20_000 }).toBe(0)
      expect(await markOf(page, live[page.url()]!)).toBe('none')
    }
    // The case page that could not read the case reads it once the server is back.
    await expect.poll(() => reopen.getByTestId('countdown').count(), { timeout: 20_000 }).toBeGreaterThan(0)
    // 3. Each page resynced: what was written while it was cut off is there without a reload.
    await expect.poll(() => kase.locator('[data-testid=case-timeline] li[data-type=assessment]').textContent(), { timeout: 10_000 }).toContain('断线期间录入的研判')
    await expect.poll(() => list.locator(`[data-testid=case-row][data-case-id="${newId}"]`).count(), { timeout: 10_000 }).toBe(1)
    expect(await triage.getByTestId('count-untriaged').textContent()).toMatch(/^\d+$/)
  })
})
