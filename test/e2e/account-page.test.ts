import { describe, expect, it, onTestFinished } from 'vitest'
import { rawFetch } from '../helpers/auth-session.ts'
import { launchChromium } from '../helpers/browser.ts'
import { PASSWORD, makeRoleWorld } from '../helpers/roles.ts'
import { startTestApp } from '../helpers/test-app.ts'

describe('/account in Chromium', () => {
  it('an operator changes their own password: mistakes beside the field, then every session ends and the new password signs in', async () => {
    const t = await startTestApp()
    await makeRoleWorld(t)
    const browser = await launchChromium({ anonymous: true })
    onTestFinished(() => browser.close())
    const page = await browser.newPage()
    await page.goto(`${t.baseUrl}/login`)
    await page.getByTestId('login-username').fill('operator')
    await page.getByTestId('login-password').fill(PASSWORD)
    await page.getByTestId('login-submit').click()
    await page.waitForURL(/\/triage$/)
    await page.getByTestId('nav-user').click()
    await page.waitForURL(/\/account$/)
    expect(await page.getByTestId('account-username').textContent()).toBe('operator')

    const fill = async (current: string, next: string, repeat: string) => {
      await page.getByTestId('password-current').fill(current)
      await page.getByTestId('password-new').fill(next)
      await page.getByTestId('password-repeat').fill(repeat)
      await page.getByTestId('password-submit').click()
    }
    await fill(PASSWORD, 'Qilu-duty-2026!', 'Qilu-duty-2026?')
    expect(await page.getByTestId('password-repeat-error').textContent()).toBe('两次输入的新密码不一致')
    await fill('not-my-password', 'Qilu-duty-2026!', 'Qilu-duty-2026!')
    await expect.poll(() => page.getByTestId('password-current-error').textContent()).toBe('当前密码不正确')
    await fill(PASSWORD, 'short', 'short')
    await expect.poll(() => page.getByTestId('password-new-error').textContent()).toMatch(/^密码太简单/)

    await fill(PASSWORD, 'Qilu-duty-2026!', 'Qilu-duty-2026!')
    await page.waitForURL(/\/login\?changed=1$/, { timeout: 10_000 })
    expect(await page.getByTestId('login-notice').textContent()).toContain('请用新密码重新登录')
    const tryLogin = (password: string) => rawFetch(`${t.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'operator', password }) })
    expect((await tryLogin(PASSWORD)).status).toBe(401)
    expect((await tryLogin('Qilu-duty-2026!')).status).toBe(200)
  })
})
