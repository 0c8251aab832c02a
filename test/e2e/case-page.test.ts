import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { toBeijingInput } from '@shared/format/beijing-input.ts'
import { addUser } from '../../server/auth/users.ts'
import { launchChromium, signInContext } from '../helpers/browser.ts'
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
    // Nothing was filed (the escalation ladder may add its own steps for the overdue clock meanwhile).
    expect(await page.getByTestId('case-timeline').locator('li[data-type=assessment]').count()).toBe(0)
    expect(await page.getByTestId('case-timeline').locator('li[data-type=opened]').count()).toBe(1)

    // The office's own 补录 further back is announced as such, not refused.
    await form.locator('input[name=at]').fill(toBeijingInput(new Date(Date.now() - 3 * HOUR_MS)))
    await expect.poll(() => page.getByTestId('claim-warning').textContent()).toBe('所填时间早于提交时间超过30分钟：将作为办公室补录，按所填时间计算，并记录录入人')

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

  it('a 回应 submitted after its deadline from a page opened before it is 超时办结 (late), and a claim too far back is warned about', async () => {
    const t = await startTestApp()
    const { app, baseUrl } = t
    await addUser(app.db, { username: 'lixia', password: 'case-page-password-01', role: 'unit', unit_id: '370102' }, 'test')
    const unit = await t.login('lixia', 'case-page-password-01')
    // First seen 48 h minus 15 s ago: the 48 h response clock runs out while the page is open.
    const itemId = await insertItem(app, new Date(Date.now() - 48 * HOUR_MS + 15_000), '历下区一小区电梯频繁故障', '370102')
    const created = await api(baseUrl, 'POST', '/api/cases', { title: '历下区小区电梯故障', kind: 'opinion', level: 'III', item_ids: [itemId], unit_id: '370102' })
    const id = created.body.id

    const browser = await launchChromium({ anonymous: true })
    onTestFinished(() => browser.close())
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    await signInContext(context, baseUrl, unit.cookie)
    const page = await context.newPage()
    await page.goto(`${baseUrl}/cases/${id}`)
    const response = page.getByTestId('deadline-response')
    await expect.poll(() => response.getAttribute('data-state')).toBe('due_soon')
    const form = page.getByTestId('event-form')
    // 0. A unit is offered only what it may file: its reports and 签收, never 办结, 转办 or a flag.
    const offered = await form.locator('select[name=type] option').allTextContents()
    expect(offered).toContain('签收')
    expect(offered).toContain('回应')
    for (const word of ['办结', '转办', '重新打开']) expect(offered).not.toContain(word)
    await form.locator('select[name=type]').selectOption('response')
    // 1. 发生时间 is left empty: it means "when submitted".
    expect(await form.locator('input[name=at]').inputValue()).toBe('')
    expect(await form.textContent()).toContain('留空：按提交时间记录')
    // 2. A time typed more than 30 min back is warned about before submitting.
    await form.locator('input[name=at]').fill(toBeijingInput(new Date(Date.now() - 2 * HOUR_MS)))
    await expect.poll(() => page.getByTestId('claim-warning').textContent()).toBe('所填时间早于提交时间超过30分钟，将按提交时间计算，除非办公室确认')
    await form.locator('input[name=at]').fill('')
    expect(await page.getByTestId('claim-warning').count()).toBe(0)

    // 3. The deadline passes while the page is open; the response is submitted after it.
    await expect.poll(() => response.getAttribute('data-state'), { timeout: 25_000 }).toBe('overdue')
    await form.locator('input[name=url]').fill('https://www.jinan.gov.cn/art/2026/lift.html')
    await form.getByRole('button').click()
    await expect.poll(() => page.getByTestId('form-saved').isVisible()).toBe(true)
    await expect.poll(() => response.getAttribute('data-state')).toBe('met_late')
    expect(await response.getByTestId('countdown').textContent()).toMatch(/^超时办结 00:0\d$/)
    await page.screenshot({ path: path.join(os.tmpdir(), 'yq-case-page-late.png') })

    const stored = await api(baseUrl, 'GET', `/api/cases/${id}`)
    const entry = stored.body.timeline.find((e) => e.type === 'response')!
    expect(Date.parse(entry.at)).toBeGreaterThan(Date.parse(stored.body.deadlines.find((d) => d.kind === 'response')!.due_at))
    expect(stored.body.deadlines.find((d) => d.kind === 'response')!.state).toBe('met_late')
  })

  it('the timeline shows when a backdated entry was recorded, whether the clocks took that time, and 代签收 by the office', async () => {
    const t = await startTestApp()
    const { app, baseUrl } = t
    await addUser(app.db, { username: 'lixia', password: 'case-page-password-01', role: 'unit', unit_id: '370102' }, 'test')
    const unit = await t.login('lixia', 'case-page-password-01')
    const itemId = await insertItem(app, new Date(Date.now() - 5 * HOUR_MS), '历下区一小区电梯频繁故障', '370100-yjj')
    const created = await api(baseUrl, 'POST', '/api/cases', { title: '历下区小区电梯故障', kind: 'opinion', level: 'III', item_ids: [itemId], unit_id: '370100-yjj' })
    const id = created.body.id
    await api(baseUrl, 'POST', `/api/cases/${id}/events`, { type: 'forwarded', unit_id: '370102', at: new Date(Date.now() - 4 * HOUR_MS).toISOString() })
    await api(baseUrl, 'POST', `/api/cases/${id}/events`, { type: 'acknowledged', note: '电话确认' })
    const assessed = new Date(Date.now() - 3 * HOUR_MS).toISOString()
    const res = await fetch(`${baseUrl}/api/cases/${id}/events`, { method: 'POST', headers: { ...t.as(unit, 'POST'), 'content-type': 'application/json' }, body: JSON.stringify({ type: 'assessment', at: assessed }) })
    expect(res.status).toBe(201)

    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(`${baseUrl}/cases/${id}`)
    const timeline = page.getByTestId('case-timeline')
    await expect.poll(() => timeline.locator('li[data-type=assessment]').count()).toBe(1)
    const assessment = await timeline.locator('li[data-type=assessment] [data-testid=recorded-at]').textContent()
    expect(assessment).toMatch(/^录入 \d\d-\d\d \d\d:\d\d:\d\d · 按录入时间计$/)
    expect(await timeline.locator('li[data-type=forwarded] [data-testid=recorded-at]').textContent()).toMatch(/· 办公室补录（admin）$/)
    expect(await timeline.locator('li[data-type=forwarded]').textContent()).toContain('原责任单位 济南市应急管理局')
    expect(await timeline.locator('li[data-type=acknowledged] .type').textContent()).toBe('代签收')
    // 转办 made 历下区 the responsible unit.
    expect(await page.locator('body').textContent()).toContain('第一责任主体：济南市历下区')
    await page.screenshot({ path: path.join(os.tmpdir(), 'yq-case-page-times.png') })
  })
})
