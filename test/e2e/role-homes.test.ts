import type { Browser } from 'playwright-core'
import { describe, expect, it, onTestFinished } from 'vitest'
import { launchChromium } from '../helpers/browser.ts'
import { PASSWORD, makeRoleWorld } from '../helpers/roles.ts'
import { startTestApp, type TestApp } from '../helpers/test-app.ts'

async function signIn(browser: Browser, t: TestApp, username: string, password: string): Promise<string> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${t.baseUrl}/login`)
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.waitForURL((url) => url.pathname !== '/login' && url.pathname !== '/')
  const landed = new URL(page.url()).pathname
  await context.close()
  return landed
}

describe('each role lands on its own work, and the way back is always there', () => {
  it('after signing in: operator → 研判台, reviewer → 时效考核, unit → 待办, admin → 事项, never the wall', async () => {
    const t = await startTestApp()
    await makeRoleWorld(t)
    const landed: Record<string, string> = {}
    const browser = await launchChromium({ anonymous: true })
    onTestFinished(() => browser.close())
    for (const [username, password] of [['operator', PASSWORD], ['reviewer', PASSWORD], ['lixia', PASSWORD], ['admin', t.config.adminPassword!]] as const) {
      landed[username] = await signIn(browser, t, username, password)
    }
    expect(landed).toEqual({ operator: '/triage', reviewer: '/review', lixia: '/todo', admin: '/cases' })
  })

  it('the wall offers a signed-in person a way back to their page, and a kiosk none', async () => {
    const t = await startTestApp()
    const world = await makeRoleWorld(t)
    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const desk = await browser.newPage()
    await desk.goto(`${t.baseUrl}/wall`)
    await expect.poll(() => desk.getByTestId('connection-state').textContent()).toContain('实时')
    await expect.poll(() => desk.getByTestId('wall-back').getAttribute('href')).toBe('/cases')
    expect(await desk.getByTestId('wall-back').textContent()).toBe('返回工作台')

    const kioskBrowser = await launchChromium({ anonymous: true })
    onTestFinished(() => kioskBrowser.close())
    const kiosk = await kioskBrowser.newPage()
    await kiosk.goto(`${t.baseUrl}/wall?token=${encodeURIComponent(world.display.secret)}`)
    await expect.poll(() => kiosk.getByTestId('connection-state').textContent()).toContain('实时')
    expect(await kiosk.getByTestId('wall-back').count()).toBe(0)
  })

  it('an unknown address shows a page in words with the navigation and a link home; the API keeps its JSON 404', async () => {
    const t = await startTestApp()
    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage()
    for (const path of ['/admin/nothing-here', '/no-such-page']) {
      const res = await page.goto(`${t.baseUrl}${path}`)
      expect(res?.status()).toBe(404)
      await expect.poll(() => page.getByTestId('not-found').textContent()).toContain('页面不存在')
      expect(await page.getByTestId('not-found').textContent()).toContain(path)
      expect(await page.getByTestId('not-found-home').getAttribute('href')).toBe('/cases')
      expect(await page.locator('nav').count()).toBeGreaterThan(0)
    }
    await page.goto(`${t.baseUrl}/admin`)
    await page.waitForURL(/\/admin\/sources$/)
    const api = await fetch(`${t.baseUrl}/api/no-such-thing`, { headers: { accept: 'text/html' } })
    expect(api.status).toBe(404)
    expect(api.headers.get('content-type')).toMatch(/json/)
  })
})
