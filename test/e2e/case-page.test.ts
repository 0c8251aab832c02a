import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { toBeijingInput } from '@shared/format/beijing-input.ts'
import { launchChromium } from '../helpers/browser.ts'
import { api, HOUR_MS, insertItem } from '../helpers/case-fixtures.ts'
import { startTestApp } from '../helpers/test-app.ts'

describe('case page in Chromium', () => {
  it('CaseView shows the level and live countdowns and files an event that meets a deadline', async () => {
    const { app, baseUrl } = await startTestApp()
    const itemId = await insertItem(app, new Date(Date.now() - 6 * HOUR_MS), '济南市历下区一化工厂发生爆炸')
    const created = await api(baseUrl, 'POST', '/api/cases', { title: '历下区化工厂爆炸', kind: 'incident', level: 'II', item_ids: [itemId] })
    const id = created.body.id

    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(`${baseUrl}/cases/${id}`)

    const level = page.getByTestId('case-level')
    await expect.poll(() => level.textContent()).toBe('Ⅱ级')
    expect(await page.evaluate(`getComputedStyle(document.querySelector('[data-testid=case-level]')).backgroundColor`)).toBe('rgb(249, 115, 22)')
    const info = page.getByTestId('deadline-authoritative_info')
    const press = page.getByTestId('deadline-press_conference')
    await expect.poll(() => info.getAttribute('data-state')).toBe('overdue')
    expect(await info.getByTestId('countdown').textContent()).toMatch(/^超时未办 01:0\d:\d\d$/)
    expect(await press.getByTestId('countdown').textContent()).toMatch(/^剩余 17:5\d:\d\d$/)
    expect(await page.getByTestId('case-items').textContent()).toContain('济南市历下区一化工厂发生爆炸')

    // 1. A server-side refusal shows its reason and files nothing.
    const form = page.getByTestId('event-form')
    await form.locator('select[name=type]').selectOption('assessment')
    await form.locator('input[name=at]').fill(toBeijingInput(new Date(Date.now() + 2 * HOUR_MS)))
    await form.getByRole('button').click()
    await expect.poll(() => page.getByTestId('form-error').textContent()).toContain('发生时间不能晚于现在')
    expect(await page.getByTestId('case-timeline').locator('li').count()).toBe(2)

    // 2. Publishing authoritative information, with its link, meets the deadline (late).
    await form.locator('select[name=type]').selectOption('authoritative_info')
    await form.locator('input[name=url]').fill('https://www.jinan.gov.cn/art/2026/info.html')
    await form.getByRole('button').click()
    await expect.poll(() => page.getByTestId('form-saved').isVisible()).toBe(true)
    await expect.poll(() => info.getAttribute('data-state')).toBe('met_late')
    expect(await info.getByTestId('countdown').textContent()).toMatch(/^超时办结 01:0\d$/)
    const entry = page.getByTestId('case-timeline').locator('li[data-type=authoritative_info]')
    // The signed-in account is the actor on the timeline.
    expect(await entry.textContent()).toContain('admin')
    expect(await page.getByTestId('case-status').textContent()).toBe('回应')
    expect(await page.getByTestId('deadline-follow_up').textContent()).toContain('本部署设定')
    await page.screenshot({ path: path.join(os.tmpdir(), 'yq-case-page.png'), fullPage: true })

    const stored = await api(baseUrl, 'GET', `/api/cases/${id}`)
    expect(stored.body.timeline.find((e) => e.type === 'authoritative_info')).toMatchObject({ url: 'https://www.jinan.gov.cn/art/2026/info.html', actor: 'admin' })
  })
})
