import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it, onTestFinished } from 'vitest'
import { toBeijingInput } from '@shared/format/beijing-input.ts'
import { formatBeijingDateTime } from '@shared/review/format.ts'
import { addUser } from '../../server/auth/users.ts'
import { launchChromium, signInContext } from '../helpers/browser.ts'
import { api, HOUR_MS, insertItem } from '../helpers/case-fixtures.ts'
import { fileEvent, openCase } from '../helpers/review-fixtures.ts'
import { PASSWORD } from '../helpers/roles.ts'
import { startTestApp, type TestApp } from '../helpers/test-app.ts'

const iso = (t: number) => new Date(t).toISOString()

async function pageAs(t: TestApp, username: string, role: 'operator' | 'unit' | 'reviewer', unitId?: string): Promise<Page> {
  await addUser(t.app.db, { username, password: PASSWORD, role, ...(unitId ? { unit_id: unitId } : {}) }, 'test')
  const session = await t.login(username, PASSWORD)
  const browser = await launchChromium({ anonymous: true })
  onTestFinished(() => browser.close())
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  await signInContext(context, t.baseUrl, session.cookie)
  return context.newPage()
}

/** Types a unit's name into a picker and leaves the field, as a person picks from the suggestions. */
async function pick(page: Page, testid: string, name: string): Promise<void> {
  const input = page.getByTestId(testid)
  await input.fill(name)
  await input.press('Tab')
}

/** A case of 济南市应急管理局's, forwarded (转办) ten minutes ago to 历下区. */
async function forwardedToLixia(t: TestApp): Promise<number> {
  const id = await openCase(t.baseUrl, { title: '历下区一工地夜间施工扰民', unit_id: '370100-yjj', clock_start: iso(Date.now() - 2 * HOUR_MS) })
  await fileEvent(t.baseUrl, id, 'forwarded', iso(Date.now() - 10 * 60_000), { unit_id: '370102' })
  return id
}

/** Opens a case page and waits for its event form. */
async function eventForm(page: Page, t: TestApp, id: number) {
  await page.goto(`${t.baseUrl}/cases/${id}`)
  const form = page.getByTestId('event-form')
  await form.waitFor()
  return form
}

const entries = (page: Page, type: string) => page.getByTestId('case-timeline').locator(`li[data-type=${type}]`)

describe('case page daily work in Chromium (issue #14)', () => {
  it('an operator sets 督办 and 演练, 改派s with the unit picker and a reason, moves the clock start earlier, and 转办s with the picker', { timeout: 120_000 }, async () => {
    const t = await startTestApp()
    const item = await insertItem(t.app, new Date(Date.now() - 2 * HOUR_MS), '历下区一小区电梯频繁故障', '370102')
    const c = (await api(t.baseUrl, 'POST', '/api/cases', { title: '历下区小区电梯故障', kind: 'opinion', level: 'III', item_ids: [item], unit_id: '370102' })).body
    const page = await pageAs(t, 'operator', 'operator')
    await page.goto(`${t.baseUrl}/cases/${c.id}`)
    const office = page.getByTestId('office-panel')
    await office.waitFor()

    // 1. 督办 and 演练, each audited; a drill is marked across the page.
    await page.getByTestId('toggle-supervised').click()
    await page.getByTestId('tag-supervised').waitFor()
    await expect.poll(() => entries(page, 'updated').last().textContent()).toContain('督办：否 → 是')
    expect(await entries(page, 'updated').last().textContent()).toContain('operator')
    await page.getByTestId('toggle-drill').click()
    await expect.poll(() => page.getByTestId('drill-banner').textContent()).toBe('演练事项：不计入时效考核和通报')
    expect(await page.getByTestId('toggle-drill').textContent()).toContain('取消演练')
    await page.getByTestId('toggle-drill').click()
    await expect.poll(() => page.getByTestId('drill-banner').count()).toBe(0)

    // 2. 改派: the picker, never a dropdown; a reason is asked for before anything is sent.
    expect(await page.getByTestId('reassign-form').locator('select').count()).toBe(0)
    await pick(page, 'reassign-unit', '济南市应急管理局')
    await pick(page, 'reassign-coop', '济南市历下区')
    await page.getByTestId('reassign-add').click()
    await expect.poll(() => page.getByTestId('reassign-cooperating').textContent()).toContain('济南市历下区')
    const reassign = page.getByTestId('reassign-form')
    await reassign.locator('button[type=submit]').click()
    await expect.poll(() => page.getByTestId('reassign-error').textContent()).toBe('请填写原因')
    expect(await page.locator('body').textContent()).toContain('第一责任主体：济南市历下区')
    await reassign.locator('textarea[name=reassign_reason]').fill('涉及全市电梯安全监管')
    await reassign.locator('button[type=submit]').click()
    await page.getByTestId('reassign-saved').waitFor()
    await expect.poll(() => page.locator('body').textContent()).toContain('第一责任主体：济南市应急管理局')
    const moved = await entries(page, 'updated').last().textContent()
    expect(moved).toContain('第一责任主体：济南市历下区 → 济南市应急管理局')
    expect(moved).toContain('配合单位：无 → 济南市历下区')
    expect(moved).toContain('涉及全市电梯安全监管')
    // A name that is no unit is told about, not sent.
    await pick(page, 'reassign-unit', '不存在的单位')
    await reassign.locator('button[type=submit]').click()
    await expect.poll(() => page.getByTestId('reassign-error').textContent()).toBe('未找到该单位，请从列表中选择')

    // 3. The clock start: later is refused on the page, earlier with a reason recomputes the deadline.
    const clock = page.getByTestId('clock-form')
    await clock.locator('input[name=clock_start]').fill(toBeijingInput(new Date(Date.parse(c.clock_start) + HOUR_MS)))
    await clock.locator('textarea[name=clock_reason]').fill('晚一点')
    await clock.locator('button[type=submit]').click()
    await expect.poll(() => page.getByTestId('clock-error').textContent()).toContain('计时起点只能提前')
    // The field holds whole seconds.
    const earlier = new Date(Math.floor((Date.parse(c.clock_start) - 3 * HOUR_MS) / 1000) * 1000)
    await clock.locator('input[name=clock_start]').fill(toBeijingInput(earlier))
    await clock.locator('textarea[name=clock_reason]').fill('群众来电早于网络发现')
    await clock.locator('button[type=submit]').click()
    await page.getByTestId('clock-saved').waitFor()
    const due = formatBeijingDateTime(iso(earlier.getTime() + 48 * HOUR_MS)).slice(5)
    await expect.poll(() => page.getByTestId('deadline-response').textContent()).toContain(due.slice(0, 11))
    expect(await entries(page, 'clock_moved').textContent()).toContain('群众来电早于网络发现')
    await page.screenshot({ path: path.join(os.tmpdir(), 'yq-case-actions-office.png'), fullPage: true })

    // 4. 转办 names its unit with the picker over the whole directory.
    const form = page.getByTestId('event-form')
    await form.locator('select[name=type]').selectOption('forwarded')
    expect(await form.locator('select[name=unit_id]').count()).toBe(0)
    expect(await page.locator('#event-unit-list option').count()).toBeGreaterThan(5000)
    await pick(page, 'event-unit', '济南市市中区')
    await form.locator('button[type=submit]').click()
    await page.getByTestId('form-saved').waitFor()
    await expect.poll(() => entries(page, 'forwarded').textContent()).toContain('济南市市中区')
    await expect.poll(() => page.locator('body').textContent()).toContain('第一责任主体：济南市市中区')
    const stored = (await api(t.baseUrl, 'GET', `/api/cases/${c.id}`)).body
    expect(stored).toMatchObject({ supervised: true, drill: false, unit: { id: '370103' }, clock_start: earlier.toISOString(), cooperating_units: [{ id: '370102' }] })
  })

  it('a unit adds a 备注, asks for a 延期, and 退回s a 转办; the office approves the 延期; the review shows both', { timeout: 150_000 }, async () => {
    const t = await startTestApp()
    const own = await openCase(t.baseUrl, { title: '历下区芙蓉街商户占道经营', unit_id: '370102', clock_start: iso(Date.now() - 40 * HOUR_MS) })
    const forwarded = await forwardedToLixia(t)
    const unit = await pageAs(t, 'lixia', 'unit', '370102')

    // 1. 备注 and 延期申请 on its own case.
    const form = await eventForm(unit, t, own)
    const offered = await form.locator('select[name=type] option').allTextContents()
    for (const word of ['备注', '退回', '延期申请']) expect(offered).toContain(word)
    expect(offered).not.toContain('延期审批')
    expect(await unit.getByTestId('office-panel').count()).toBe(0)
    await form.locator('select[name=type]').selectOption('noted')
    await form.locator('button[type=submit]').click()
    await expect.poll(() => unit.getByTestId('form-error').textContent()).toBe('请填写原因')
    await form.locator('textarea[name=note]').fill('已与商户电话沟通，明日现场核查')
    await form.locator('button[type=submit]').click()
    await expect.poll(() => entries(unit, 'noted').textContent()).toContain('已与商户电话沟通')

    await form.locator('select[name=type]').selectOption('extension_requested')
    const response = (await api(t.baseUrl, 'GET', `/api/cases/${own}`)).body.deadlines[0]!
    await form.locator('select[name=deadline]').selectOption('response:0')
    const to = new Date(Date.parse(response.due_at) + 24 * HOUR_MS)
    await form.locator('input[name=extend_to]').fill(toBeijingInput(to))
    await form.locator('textarea[name=reason]').fill('需会同住建部门现场核查')
    await form.locator('button[type=submit]').click()
    await unit.getByTestId('form-saved').waitFor()
    const request = unit.getByTestId('extensions').locator('li')
    await expect.poll(() => request.textContent()).toContain('待审批')
    expect(await request.textContent()).toContain('需会同住建部门现场核查')
    // A unit cannot decide its own request.
    expect(await unit.getByTestId('extensions').locator('button').count()).toBe(0)

    // 2. 退回 on the forwarded case: a reason first, then the case is 济南市应急管理局's again.
    await eventForm(unit, t, forwarded)
    await form.locator('select[name=type]').selectOption('returned')
    await form.locator('button[type=submit]').click()
    await expect.poll(() => unit.getByTestId('form-error').textContent()).toBe('请填写原因')
    await form.locator('textarea[name=reason]').fill('涉事工地属市级重点工程')
    await form.locator('button[type=submit]').click()
    await unit.getByTestId('form-saved').waitFor()
    await expect.poll(() => unit.locator('body').textContent()).toContain('第一责任主体：济南市应急管理局')
    expect(await entries(unit, 'returned').textContent()).toContain('退回给 济南市应急管理局')
    // Twice is refused in words.
    await form.locator('textarea[name=reason]').fill('再退一次')
    await form.locator('button[type=submit]').click()
    await expect.poll(() => unit.getByTestId('form-error').textContent()).toBe('不能退回：本事项的转办已经退回')
    await unit.screenshot({ path: path.join(os.tmpdir(), 'yq-case-actions-unit.png'), fullPage: true })

    // 3. The office approves the 延期 on the case page; the clock shows the extension and who approved.
    const office = await pageAs(t, 'operator', 'operator')
    await office.goto(`${t.baseUrl}/cases/${own}`)
    const ext = office.getByTestId('extensions')
    await ext.waitFor()
    const requestId = (await api(t.baseUrl, 'GET', `/api/cases/${own}`)).body.timeline.find((e) => e.type === 'extension_requested')!.id
    await office.getByTestId(`ext-approve-${requestId}`).click()
    await expect.poll(() => ext.locator('li').textContent()).toContain('已批准（operator）')
    await expect.poll(() => office.getByTestId('deadline-extended').textContent()).toContain('operator 批准')
    expect(await office.getByTestId('deadline-response').textContent()).toContain(formatBeijingDateTime(to.toISOString()).slice(5, 16))
    expect(await entries(office, 'extension_decided').textContent()).toContain('批准「回应」延至')

    // 4. The review: the extended deadline with its original due time and approver; the 退回 on 历下区's row.
    const from = iso(Date.now() - 3 * 24 * HOUR_MS)
    const until = iso(Date.now() + 4 * 24 * HOUR_MS)
    await office.goto(`${t.baseUrl}/review?preset=custom&from=${encodeURIComponent(from)}&to=${encodeURIComponent(until)}`)
    const table = office.getByTestId('review-table')
    await table.waitFor()
    await table.locator('[data-group="370102"]').click()
    const ownRow = office.locator(`[data-case="${own}"]`)
    await expect.poll(() => ownRow.getByTestId('extended').textContent()).toBe(`· 已延期：原截止 ${formatBeijingDateTime(response.due_at)}，operator 批准`)
    const returnedRow = office.locator(`[data-case="${forwarded}"]`).filter({ hasText: '退回' })
    await expect.poll(() => returnedRow.getByTestId('returned').textContent()).toContain('退回给 济南市应急管理局')
    expect(await returnedRow.getByTestId('returned').textContent()).toContain('涉事工地属市级重点工程')
  })

  it('after a 退回 the 签收 clock reads as returned, by whom and when, in the state the server recorded — never as signed', { timeout: 90_000 }, async () => {
    const t = await startTestApp()
    const id = await forwardedToLixia(t)
    const unit = await pageAs(t, 'lixia', 'unit', '370102')
    const form = await eventForm(unit, t, id)
    const clock = unit.getByTestId('deadline-acknowledgement')
    expect(await clock.getByTestId('countdown').textContent()).toContain('剩余')
    await form.locator('select[name=type]').selectOption('returned')
    await form.locator('textarea[name=reason]').fill('涉事工地属市级重点工程')
    await form.locator('button[type=submit]').click()
    await unit.getByTestId('form-saved').waitFor()
    await expect.poll(() => clock.getByTestId('countdown').textContent()).toMatch(/^已退回 \d\d:\d\d$/)
    expect(await clock.textContent()).not.toContain('✓')
    expect(await clock.getByTestId('deadline-returned').textContent()).toMatch(/^济南市历下区 退回（lixia）· /)
    const stored = (await api(t.baseUrl, 'GET', `/api/cases/${id}`)).body.deadlines.find((d) => d.kind === 'acknowledgement')!
    expect(stored).toMatchObject({ state: 'met', met_by: { type: 'returned', actor: 'lixia', unit_id: '370102' } })
    expect(await clock.getAttribute('data-state')).toBe(stored.state)
    expect(await clock.getAttribute('data-met-by')).toBe('returned')
  })

  it('a reviewer is offered 标记问题 and 备注 only, files a flag, and gets no office panel', { timeout: 90_000 }, async () => {
    const t = await startTestApp()
    const id = await openCase(t.baseUrl, { title: '历下区一路段积水', unit_id: '370102', clock_start: iso(Date.now() - 3 * HOUR_MS) })
    const page = await pageAs(t, 'reviewer', 'reviewer')
    await page.goto(`${t.baseUrl}/cases/${id}`)
    const form = page.getByTestId('event-form')
    await form.waitFor()
    expect(await form.locator('select[name=type] option').allTextContents()).toEqual(['标记问题', '备注'])
    expect(await page.getByTestId('office-panel').count()).toBe(0)
    await form.locator('select[name=flag]').selectOption('late_report')
    await form.locator('button[type=submit]').click()
    await page.getByTestId('form-saved').waitFor()
    await expect.poll(() => entries(page, 'flagged').textContent()).toContain('报告不及时')
    expect(await entries(page, 'flagged').textContent()).toContain('reviewer')
  })
})
