import type { Page } from 'playwright-core'
import { describe, expect, it, onTestFinished } from 'vitest'
import { presetPeriod } from '@shared/review/periods.ts'
import type { Case } from '@shared/types/case.ts'
import { launchChromium } from '../helpers/browser.ts'
import { api, HOUR_MS, insertItem } from '../helpers/case-fixtures.ts'
import { PASSWORD, makeRoleWorld } from '../helpers/roles.ts'
import { startTestApp, type TestApp } from '../helpers/test-app.ts'

const DAY_MS = 24 * HOUR_MS

/** Opens a case (as the office) whose clock started at `firstSeen`. */
async function open(t: TestApp, title: string, unitId: string, firstSeen: number): Promise<number> {
  const item = await insertItem(t.app, new Date(firstSeen), title, unitId)
  const res = await api(t.baseUrl, 'POST', '/api/cases', { title, kind: 'opinion', level: 'III', item_ids: [item], unit_id: unitId })
  if (res.status !== 201) throw new Error(`open: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.id
}

async function file(t: TestApp, id: number, body: Record<string, string>): Promise<void> {
  const res = await api(t.baseUrl, 'POST', `/api/cases/${id}/events`, { at: new Date().toISOString(), ...body })
  if (res.status !== 201) throw new Error(`event: ${res.status} ${JSON.stringify(res.body)}`)
}

async function signIn(page: Page, t: TestApp, username: string, password: string): Promise<void> {
  await page.goto(`${t.baseUrl}/login`)
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.waitForURL((url) => url.pathname !== '/login' && url.pathname !== '/')
}

const rowIds = (page: Page, list: string) => page.getByTestId(list).getByTestId('todo-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-case-id'))))

describe('a unit account\'s 待办 in Chromium', () => {
  it('lixia lands on /todo, signs for a 转办 with one tap, sees its overdue work and its own on-time rate with counts', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const now = Date.now()
    // Forwarded by 济南市 to 历下区 a moment ago: 签收 due within the hour.
    const forwarded = await open(t, '济南市 泉城广场 夜间施工扰民', '370100', now - HOUR_MS)
    await file(t, forwarded, { type: 'forwarded', unit_id: '370102' })
    // 历下区's own case whose 48 h response fell due this week and is still not filed.
    const weekStart = Date.parse(presetPeriod('week', new Date(now)).from)
    const overdueDue = now - Math.min(2 * HOUR_MS, (now - weekStart) / 2)
    const late = await open(t, '历下区 老旧小区 加装电梯纠纷', '370102', overdueDue - 48 * HOUR_MS)
    // Last week: one response on time, one late.
    const lastWeek = weekStart - 7 * DAY_MS
    const onTime = await open(t, '历下区 芙蓉街 商户占道', '370102', lastWeek + DAY_MS)
    await file(t, onTime, { type: 'response', url: 'https://www.lixia.gov.cn/r/1', at: new Date(lastWeek + DAY_MS + 6 * HOUR_MS).toISOString() })
    const metLate = await open(t, '历下区 燕山立交 积水', '370102', lastWeek + 12 * HOUR_MS)
    await file(t, metLate, { type: 'response', url: 'https://www.lixia.gov.cn/r/2', at: new Date(lastWeek + 70 * HOUR_MS).toISOString() })

    const browser = await launchChromium({ anonymous: true })
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await signIn(page, t, 'lixia', PASSWORD)
    expect(new URL(page.url()).pathname).toBe('/todo')
    expect(await page.getByTestId('nav-todo').textContent()).toBe('待办')

    await expect.poll(() => rowIds(page, 'todo-forwarded')).toEqual([forwarded])
    await expect.poll(() => rowIds(page, 'todo-overdue')).toEqual([late])
    const overdueRow = page.getByTestId('todo-overdue').getByTestId('todo-row')
    expect(await overdueRow.getByTestId('todo-countdown').getAttribute('data-state')).toBe('overdue')
    expect(await overdueRow.getByTestId('todo-countdown').textContent()).toMatch(/^回应超时未办 \d\d:\d\d:\d\d$/)
    // Not yet due: the world's own 历下区 case and the forwarded case's response; the 签收 clock is under 转办给我 only.
    expect((await rowIds(page, 'todo-upcoming')).sort()).toEqual([w.lixia.id, forwarded].sort())
    const forwardedRow = page.getByTestId('todo-forwarded').getByTestId('todo-row')
    expect(await forwardedRow.getByTestId('todo-countdown').textContent()).toMatch(/^签收剩余 00:[45]\d:\d\d$/)
    expect(await forwardedRow.getByRole('link').getAttribute('href')).toBe(`/cases/${forwarded}`)

    // This week: the overdue response is due and not met; last week one of two on time.
    expect(await page.getByTestId('todo-rate-this').getByTestId('todo-rate-value').textContent()).toBe('0.0%')
    expect(await page.getByTestId('todo-rate-this').getByTestId('todo-rate-counts').textContent()).toBe('按时办结 0 / 应办 1')
    expect(await page.getByTestId('todo-rate-last').getByTestId('todo-rate-value').textContent()).toBe('50.0%')
    expect(await page.getByTestId('todo-rate-last').getByTestId('todo-rate-counts').textContent()).toBe('按时办结 1 / 应办 2')

    // One tap: the row leaves 转办给我 and the case's 签收 clock is met, on time.
    await forwardedRow.getByTestId('todo-ack').click()
    await expect.poll(() => page.getByTestId('todo-forwarded').getByTestId('todo-empty').textContent()).toBe('没有待签收的转办')
    const signed = (await api<Case>(t.baseUrl, 'GET', `/api/cases/${forwarded}`)).body
    expect(signed.deadlines.find((d) => d.kind === 'acknowledgement')?.state).toBe('met')
    expect(signed.timeline.find((e) => e.type === 'acknowledged')).toMatchObject({ actor: 'lixia', unit_id: '370102' })

    // Live: a new 转办 from the office appears without a reload.
    const again = await open(t, '济南市 趵突泉 游客滞留', '370100', Date.now() - HOUR_MS)
    await file(t, again, { type: 'forwarded', unit_id: '370102' })
    await expect.poll(() => rowIds(page, 'todo-forwarded')).toEqual([again])

    // A 签收 that cannot reach the server says so in words and leaves the row; once back, the tap works.
    await page.context().setOffline(true)
    await page.getByTestId('todo-forwarded').getByTestId('todo-ack').click()
    await expect.poll(() => page.getByTestId('todo-ack-error').textContent()).toBe('签收未成功：无法连接服务器：数据可能已过期，连接恢复后会自动更新')
    expect(await rowIds(page, 'todo-forwarded')).toEqual([again])
    await page.context().setOffline(false)
    await page.getByTestId('todo-forwarded').getByTestId('todo-ack').click()
    await expect.poll(() => rowIds(page, 'todo-forwarded')).toEqual([])
    expect(await page.getByTestId('todo-ack-error').count()).toBe(0)
  })
})

describe('/cases keyword search in Chromium', () => {
  it('the keyword narrows the list, is kept in the address and survives a reload', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(`${t.baseUrl}/cases`)
    const ids = () => page.getByTestId('case-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-case-id'))).sort((a, b) => a - b))
    await expect.poll(ids).toEqual([w.lixia.id, w.qingdao.id].sort((a, b) => a - b))
    await page.getByTestId('f-q').fill('浴场')
    await page.getByTestId('f-q').press('Enter')
    await expect.poll(ids).toEqual([w.qingdao.id])
    expect(new URL(page.url()).searchParams.get('q')).toBe('浴场')
    await page.reload()
    await expect.poll(ids).toEqual([w.qingdao.id])
    expect(await page.getByTestId('f-q').inputValue()).toBe('浴场')
    // A unit's name finds its cases too; a wildcard is a character.
    await page.getByTestId('f-q').fill('历下区')
    await page.getByTestId('f-q').press('Enter')
    await expect.poll(ids).toEqual([w.lixia.id])
    await page.getByTestId('f-q').fill('%')
    await page.getByTestId('f-q').press('Enter')
    await expect.poll(() => page.getByTestId('cases-empty').isVisible()).toBe(true)
  })
})
