import fs from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, it, onTestFinished } from 'vitest'
import { rawFetch } from '../helpers/auth-session.ts'
import { launchChromium } from '../helpers/browser.ts'
import { HOUR_MS, insertItem } from '../helpers/case-fixtures.ts'
import { startTestApp, type TestApp } from '../helpers/test-app.ts'

async function openCase(t: TestApp, title: string, unit_id: string, hoursAgo: number, extra: Record<string, unknown> = {}): Promise<number> {
  const item = await insertItem(t.app, new Date(Date.now() - hoursAgo * HOUR_MS), title, unit_id)
  const res = await fetch(`${t.baseUrl}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title, kind: 'opinion', level: 'III', item_ids: [item], unit_id, ...extra }) })
  expect(res.status).toBe(201)
  return ((await res.json()) as { id: number }).id
}

const rowIds = async (page: Page) => (await page.getByTestId('case-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-case-id')))))

async function browserFor(anonymous = false): Promise<Browser> {
  const browser = await launchChromium({ anonymous })
  onTestFinished(() => browser.close())
  return browser
}

describe('/cases and /admin pages in Chromium', () => {
  it('an admin creates a 历下区 unit account in /admin/users (bad input refused beside each field, nothing typed lost); it signs in and /cases shows only its territory', async () => {
    const t = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' })
    const lixia = await openCase(t, '济南市历下区泉城路商铺噪音扰民', '370102', 2)
    await openCase(t, '青岛市市南区海水浴场管理混乱', '370202', 3)
    await openCase(t, '济南市市中区道路施工扰民', '370103', 1)
    const page = await (await browserFor()).newPage()
    await page.goto(`${t.baseUrl}/admin/users`)
    await page.getByTestId('new-username').fill('lixia-duty')
    await page.getByTestId('new-password').fill('short')
    await page.getByTestId('new-role').selectOption('unit')
    await page.getByTestId('new-submit').click()
    expect(await page.getByTestId('new-password-error').textContent()).toBe('密码至少 10 个字符')
    expect(await page.getByTestId('new-unit-error').textContent()).toBe('责任单位账号必须选择所属单位')
    expect(await page.getByTestId('new-username').inputValue()).toBe('lixia-duty')
    // A duplicate name is the server's refusal, placed beside the name.
    await page.getByTestId('new-username').fill('admin')
    await page.getByTestId('new-password').fill('lixia-password-01')
    await page.getByTestId('new-unit').fill('济南市历下区')
    await page.getByTestId('new-unit').dispatchEvent('change')
    await page.getByTestId('new-submit').click()
    await expect.poll(() => page.getByTestId('new-username-error').textContent()).toBe('该用户名已存在')
    expect(await page.getByTestId('new-password').inputValue()).toBe('lixia-password-01')
    expect(await page.getByTestId('new-unit').inputValue()).toBe('济南市历下区')
    await page.getByTestId('new-username').fill('lixia-duty')
    await page.getByTestId('new-submit').click()
    await expect.poll(() => page.getByTestId('new-done').textContent()).toBe('已创建用户 lixia-duty')
    await expect.poll(() => page.locator('[data-username="lixia-duty"]').textContent()).toContain('济南市历下区')

    const unitPage = await (await browserFor(true)).newPage()
    await unitPage.goto(`${t.baseUrl}/login?next=%2Fcases`)
    await unitPage.getByTestId('login-username').fill('lixia-duty')
    await unitPage.getByTestId('login-password').fill('lixia-password-01')
    await unitPage.getByTestId('login-submit').click()
    await unitPage.waitForURL(/\/cases$/)
    await expect.poll(() => rowIds(unitPage)).toEqual([lixia])
    expect(await unitPage.locator('body').textContent()).not.toContain('青岛市市南区')
    // A case opened now in its territory appears live; one elsewhere does not.
    const later = await openCase(t, '济南市历下区一小区电梯故障', '370102', 0.5)
    await openCase(t, '青岛市黄岛区停电', '370211', 0.5)
    await expect.poll(() => rowIds(unitPage)).toEqual([lixia, later])
  })

  it('/cases filters live in the URL, narrow the list, refuse bad hours beside the field, and the CSV export holds exactly the listed cases', async () => {
    const t = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' })
    const late = await openCase(t, '济南市历下区化工厂爆炸', '370102', 6, { kind: 'incident', level: 'II', supervised: true })
    const soon = await openCase(t, '济南市教育局招生争议', '370100-jyj', 45)
    const qingdao = await openCase(t, '青岛市浴场管理', '370202', 1)
    const drill = await openCase(t, '济南市应急演练', '370100-yjj', 1, { drill: true })
    const page = await (await browserFor()).newPage()
    await page.goto(`${t.baseUrl}/cases?city=370100`)
    // Most urgent first: overdue, then due in 3 h, then the fresh drill.
    await expect.poll(() => rowIds(page)).toEqual([late, soon, drill])
    expect(await page.locator(`[data-case-id="${late}"] [data-testid=row-countdown]`).first().getAttribute('data-state')).toBe('overdue')
    await page.getByTestId('f-drill').selectOption('false')
    await page.waitForURL(/drill=false/)
    await expect.poll(() => rowIds(page)).toEqual([late, soon])
    expect(new URL(page.url()).searchParams.get('city')).toBe('370100')
    await page.getByTestId('f-due-within').fill('abc')
    await page.getByTestId('f-due-within').dispatchEvent('change')
    expect(await page.getByTestId('f-due-within-error').textContent()).toBe('请输入 1–720 之间的整数小时')
    expect(await page.getByTestId('f-due-within').inputValue()).toBe('abc')
    expect(page.url()).not.toContain('due_within_h')
    await page.getByTestId('f-due-within').fill('4')
    await page.getByTestId('f-due-within').dispatchEvent('change')
    await expect.poll(() => rowIds(page)).toEqual([soon])
    // The link alone reproduces the list.
    const again = await (await browserFor()).newPage()
    await again.goto(page.url())
    await expect.poll(() => rowIds(again)).toEqual([soon])

    await page.getByTestId('f-due-within').fill('')
    await page.getByTestId('f-due-within').dispatchEvent('change')
    await expect.poll(() => rowIds(page)).toEqual([late, soon])
    const download = page.waitForEvent('download')
    await page.getByTestId('export-csv').click()
    const file = fs.readFileSync((await (await download).path())!)
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(file.subarray(3)).trim().split('\r\n')
    expect(lines[0]).toMatch(/^编号,事项,/)
    expect(lines.slice(1).map((l) => Number(l.split(',')[0]))).toEqual(await rowIds(page))
    expect(lines.join('\n')).not.toContain(String(qingdao) + ',青岛')
  })

  it('a display token made in /admin/users opens the wall by its link, shows its last use, and its revoke button closes that wall', async () => {
    const t = await startTestApp()
    const page = await (await browserFor()).newPage()
    await page.goto(`${t.baseUrl}/admin/users`)
    await page.getByTestId('token-create').click()
    expect(await page.getByTestId('token-name-error').textContent()).toBe('请填写名称（最多 80 字）')
    await page.getByTestId('token-name').fill('大厅大屏')
    await page.getByTestId('token-create').click()
    const link = await page.getByTestId('token-link').getAttribute('href')
    expect(link).toMatch(/\/wall\?token=yqd_/)
    expect(await page.getByTestId('token-last-used').textContent()).toBe('从未使用')

    const wall = await (await browserFor(true)).newPage()
    await wall.goto(link!)
    await expect.poll(() => wall.getByTestId('connection-state').textContent()).toContain('实时')
    await page.reload()
    await expect.poll(() => page.getByTestId('token-last-used').textContent()).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/)
    // Reloaded, the page no longer has the secret: it was shown once.
    expect(await page.getByTestId('token-fresh').count()).toBe(0)

    // 吊销 asks first: dismissing keeps the screen on.
    page.once('dialog', (d) => void d.dismiss())
    await page.getByTestId('token-revoke').click()
    expect(await page.getByTestId('token-state').textContent()).not.toMatch(/^已吊销/)
    const asked: string[] = []
    page.once('dialog', (d) => {
      asked.push(d.message())
      void d.accept()
    })
    await page.getByTestId('token-revoke').click()
    await expect.poll(() => page.getByTestId('token-state').textContent()).toMatch(/^已吊销/)
    expect(asked[0]).toContain('大厅大屏')
    // The kiosk says in words what happened, instead of becoming a sign-in form.
    await expect.poll(() => wall.getByTestId('wall-revoked').textContent(), { timeout: 15_000 }).toContain('此显示屏的授权已被收回')
    expect(new URL(wall.url()).pathname).toBe('/wall')
    const secret = new URL(link!).searchParams.get('token')!
    expect((await rawFetch(`${t.baseUrl}/api/wall/summary`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(401)
  })
})
