import type { Page } from 'playwright-core'
import { describe, expect, it, onTestFinished } from 'vitest'
import { launchChromium } from '../helpers/browser.ts'
import { HOUR_MS, insertItem } from '../helpers/case-fixtures.ts'
import { makeRoleWorld } from '../helpers/roles.ts'
import { startTestApp } from '../helpers/test-app.ts'

const HOSTILE = '<img src=x onerror="window.__pwned=1;alert(1)">济南市历下区<script>window.__pwned=2</script>泉城路'

/** Records dialogs and CSP violations from the first script on: both must stay empty. */
async function watch(page: Page): Promise<{ dialogs: string[]; violations: () => Promise<string[]> }> {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  // Strings, not functions: this file is type-checked without the DOM library.
  await page.addInitScript(`window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI))`)
  return { dialogs, violations: () => page.evaluate<string[]>('window.__csp') }
}

describe('sign-in and kiosk pages in Chromium', () => {
  it('/wall without a session goes to /login, and signing in there comes back to the wall', async () => {
    const t = await startTestApp()
    const browser = await launchChromium({ anonymous: true })
    onTestFinished(() => browser.close())
    const page = await browser.newPage()
    const seen = await watch(page)
    await page.goto(`${t.baseUrl}/wall`)
    await page.waitForURL(/\/login\?next=%2Fwall$/)
    await page.getByTestId('login-username').fill('admin')
    await page.getByTestId('login-password').fill('wrong-password-123')
    await page.getByTestId('login-submit').click()
    await expect.poll(() => page.getByTestId('login-error').textContent()).toBe('用户名或密码错误')
    await page.getByTestId('login-password').fill(t.config.adminPassword!)
    await page.getByTestId('login-submit').click()
    await page.waitForURL(/\/wall$/)
    await expect.poll(() => page.getByTestId('connection-state').textContent()).toContain('实时')
    const cookies = await page.context().cookies()
    expect(cookies.find((c) => c.name === 'yq_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' })
    expect(await seen.violations()).toEqual([])
  })

  it('the kiosk link /wall?token= opens the live wall without an account', async () => {
    const t = await startTestApp()
    const world = await makeRoleWorld(t)
    await insertItem(t.app, new Date(), '烟台市芝罘区一小区停水超过两天')
    const browser = await launchChromium({ anonymous: true })
    onTestFinished(() => browser.close())
    const page = await browser.newPage()
    await page.goto(`${t.baseUrl}/wall?token=${encodeURIComponent(world.display.secret)}`)
    await expect.poll(() => page.getByTestId('connection-state').textContent()).toContain('实时')
    await expect.poll(() => page.getByTestId('wall-item').allTextContents()).toContainEqual(expect.stringContaining('烟台市芝罘区一小区停水超过两天'))
    // Cases reach a kiosk wall-shaped (no timeline): the tiles still show title, unit and countdown.
    await expect.poll(() => page.getByTestId('case-tile').allTextContents()).toContainEqual(expect.stringMatching(/泉城路商铺噪音扰民.*济南市历下区/s))
    expect(page.url()).toContain('/wall?token=')
  })

  it('feed-borne HTML in an item title renders as text and never runs on /wall or /cases/:id, with no CSP violation', async () => {
    const t = await startTestApp()
    const itemId = await insertItem(t.app, new Date(Date.now() - HOUR_MS), HOSTILE)
    const res = await fetch(`${t.baseUrl}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: HOSTILE, kind: 'opinion', level: 'III', item_ids: [itemId] }),
    })
    const { id } = (await res.json()) as { id: number }
    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    for (const path of ['/wall', `/cases/${id}`]) {
      const page = await browser.newPage()
      const seen = await watch(page)
      await page.goto(`${t.baseUrl}${path}`)
      await expect.poll(() => page.locator('body').textContent()).toContain('<img src=x onerror=')
      expect(await page.locator('img[src=x]').count()).toBe(0)
      expect(await page.evaluate('typeof window.__pwned')).toBe('undefined')
      expect(seen.dialogs).toEqual([])
      expect(await seen.violations()).toEqual([])
      await page.close()
    }
  })
})
