import { describe, expect, it, onTestFinished } from 'vitest'
import { launchChromium } from '../helpers/browser.ts'
import { startTestApp } from '../helpers/test-app.ts'

describe('/admin/units and /admin/policy in Chromium', () => {
  it('an admin finds 历下区 by search and in the tree, a bad phone is refused beside the field keeping the text, a good one is saved and shown', async () => {
    const t = await startTestApp()
    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage()
    await page.goto(`${t.baseUrl}/admin/units`)
    await page.locator('[data-unit-node="370100"] > .row [data-testid=unit-toggle]').click()
    await page.locator('[data-unit-node="370102"]').waitFor()
    await page.getByTestId('unit-search').fill('历下')
    const entry = page.locator('[data-testid=unit-results] [data-unit-id="370102"]')
    await expect.poll(() => entry.textContent()).toContain('山东省 › 济南市')
    await entry.getByTestId('unit-edit').click()
    await entry.getByTestId('unit-phone').fill('值班室电话')
    await entry.getByTestId('unit-person').fill('张伟')
    await entry.getByTestId('unit-save').click()
    expect(await entry.getByTestId('unit-phone-error').textContent()).toBe('电话号码格式不正确（如 0531-86061234）')
    expect(await entry.getByTestId('unit-person').inputValue()).toBe('张伟')
    await entry.getByTestId('unit-phone').fill('0531-86061234')
    await entry.getByTestId('unit-save').click()
    await expect.poll(() => entry.getByTestId('unit-contacts').textContent()).toBe('☎ 0531-86061234联系人：张伟')
    const stored = ((await (await fetch(`${t.baseUrl}/api/units`)).json()) as { units: { id: string; duty_phone: string | null }[] }).units
    expect(stored.find((u) => u.id === '370102')?.duty_phone).toBe('0531-86061234')
  })

  it('/admin/policy shows each interval with its origin and the notice words', async () => {
    const t = await startTestApp()
    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage()
    await page.goto(`${t.baseUrl}/admin/policy`)
    const row = (kind: string) => page.locator(`[data-testid=policy-row][data-kind="${kind}"]`)
    await expect.poll(() => row('authoritative_info').getByTestId('policy-interval').textContent()).toBe('5 小时')
    expect(await row('authoritative_info').getByTestId('policy-origin').textContent()).toBe('通知规定')
    expect(await row('authoritative_info').getByTestId('policy-quote').textContent()).toContain('最迟要在5小时内发布权威信息')
    expect(await row('response').getByTestId('policy-interval').textContent()).toBe('48 小时')
    expect(await row('acknowledgement').getByTestId('policy-interval').textContent()).toBe('1 小时')
    expect(await row('acknowledgement').getByTestId('policy-origin').textContent()).toBe('本部署自定')
    expect(await row('follow_up').getByTestId('policy-origin').textContent()).toBe('本部署自定')
    // 预警推送: the reminder and escalation delays, each the deployment's own choice.
    const notify = (kind: string) => page.locator(`[data-testid=policy-notify-row][data-kind="${kind}"]`)
    expect(await notify('still_overdue_major').textContent()).toContain('30 分钟')
    expect(await notify('escalate_city').textContent()).toContain('到时即告知')
    expect(await notify('escalate_province').textContent()).toContain('1 小时')
    expect(await page.getByTestId('policy-notify-table').textContent()).toContain('本部署自定')
  })
})
