import { createHmac } from 'node:crypto'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { WORDS } from '../../server/notify/channels/words.ts'
import { addUser } from '../../server/auth/users.ts'
import { launchChromium } from '../helpers/browser.ts'
import { api, HOUR_MS } from '../helpers/case-fixtures.ts'
import { json, startChannelServer } from '../helpers/channel-server.ts'
import { addChannel, openCase, waitFor } from '../helpers/notify-fixtures.ts'
import { startTestApp } from '../helpers/test-app.ts'

const NOTIFY_ENV = { YQ_NOTIFY_TICK_MS: '100', YQ_ALLOW_PRIVATE_FEEDS: '1' }
const SECRET = 'whsec-browser-test-1234'

async function openBrowser() {
  const browser = await launchChromium()
  onTestFinished(() => browser.close())
  return browser.newPage({ viewport: { width: 1600, height: 1000 } })
}

describe('notification pages in Chromium', () => {
  it('/admin/notifications: a webhook test-sends to a loopback receiver, a refusing one shows its error beside the field in Chinese, a failed delivery is retried from the log', async () => {
    const t = await startTestApp(NOTIFY_ENV)
    const good = await startChannelServer((_req, res) => res.writeHead(204).end())
    const bad = await startChannelServer((_req, res) => json(res, 401, { message: 'signature mismatch' }))
    const page = await openBrowser()
    await page.goto(`${t.baseUrl}/admin/notifications`)
    await page.getByTestId('channel-none').waitFor()

    // 1. A channel that works: the test-send reaches the receiver, signed, and says so beside the address.
    await page.getByTestId('channel-add').click()
    const form = page.getByTestId('channel-form')
    await form.getByTestId('channel-kind').selectOption('webhook')
    await form.getByTestId('channel-name').fill('省值班平台')
    await form.getByTestId('channel-field-url').fill('not a url')
    await form.getByTestId('channel-test').click()
    expect(await form.getByTestId('channel-error-url').textContent()).toBe('请填写 http:// 或 https:// 开头的完整地址')
    expect(await form.getByTestId('channel-error-secret').textContent()).toBe('必填')
    expect(good.received).toHaveLength(0)
    await form.getByTestId('channel-field-url').fill(good.url('/hook'))
    await form.getByTestId('channel-field-secret').fill(SECRET)
    await form.getByTestId('channel-test').click()
    const beside = form.locator('.row', { has: page.getByTestId('channel-field-url') }).getByTestId('channel-test-result')
    await expect.poll(() => beside.getAttribute('data-state')).toBe('ok')
    expect(await beside.textContent()).toContain('测试消息已送达')
    expect(good.received).toHaveLength(1)
    expect(good.received[0]!.headers['x-yq-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(good.received[0]!.raw).digest('hex')}`)
    await form.getByTestId('channel-save').click()
    await page.getByTestId('channel-row').filter({ hasText: '省值班平台' }).waitFor()

    // 2. A channel whose receiver refuses: its own error, in words, beside the field; the detail folded.
    await page.getByTestId('channel-add').click()
    await form.getByTestId('channel-kind').selectOption('webhook')
    await form.getByTestId('channel-name').fill('备用网关')
    await form.getByTestId('channel-field-url').fill(bad.url('/hook'))
    await form.getByTestId('channel-field-secret').fill(SECRET)
    await form.getByTestId('channel-test').click()
    await expect.poll(() => beside.getAttribute('data-state')).toBe('failed')
    expect(await beside.getByTestId('channel-test-error').textContent()).toBe(`✗ 未送达：${WORDS.httpClient(401)}`)
    expect(await beside.locator('details').isVisible()).toBe(true)
    expect(await beside.locator('details code').isVisible()).toBe(false)
    await form.getByTestId('channel-save').click()
    await page.getByTestId('channel-row').filter({ hasText: '备用网关' }).waitFor()

    // 3. A 转办 to a unit whose channel refuses: failed in the log, failures first, with the error; 重试 once it answers.
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370102' }, 'webhook', '历下区值班群', { url: bad.url('/unit'), secret: SECRET })
    const c = await openCase(t.app, t.baseUrl, { ageMs: 60_000 })
    await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: new Date().toISOString(), unit_id: '370102' })
    const failed = page.locator('[data-testid=delivery-row][data-status=failed]').filter({ hasText: '历下区值班群' })
    await failed.waitFor({ timeout: 20_000 })
    expect(await page.getByTestId('delivery-row').first().getAttribute('data-status')).toBe('failed')
    expect(await failed.getByTestId('delivery-error').textContent()).toBe(WORDS.httpClient(401))
    expect(await failed.textContent()).toContain('济南市历下区一化工厂发生爆炸')
    await expect.poll(() => page.getByTestId('count-failed').textContent()).toBe('失败 1')
    const id = await failed.getAttribute('data-delivery-id')

    bad.handle((_req, res) => res.writeHead(204).end())
    await failed.getByTestId('delivery-retry').click()
    const row = page.locator(`[data-testid=delivery-row][data-delivery-id="${id}"]`)
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 20_000 }).toBe('sent')
    expect(await row.getByTestId('delivery-status').textContent()).toBe('已送达')
    await expect.poll(() => page.getByTestId('count-failed').textContent()).toBe('失败 0')
    expect(bad.received.filter((r) => r.url.pathname === '/unit')).toHaveLength(2)
  })

  it("a unit's channel on /admin/units: the secret is never shown back after saving, and test-send answers beside the field", async () => {
    const t = await startTestApp(NOTIFY_ENV)
    const robot = await startChannelServer((_req, res) => res.writeHead(204).end())
    const page = await openBrowser()
    await page.goto(`${t.baseUrl}/admin/units`)
    await page.getByTestId('unit-search').fill('历下区')
    const entry = page.locator('[data-testid=unit-results] [data-unit-id="370102"]')
    await entry.getByTestId('unit-notify').click()
    await entry.getByTestId('channel-add').click()
    const form = entry.getByTestId('channel-form')
    await form.getByTestId('channel-kind').selectOption('webhook')
    await form.getByTestId('channel-name').fill('历下区值班群')
    await form.getByTestId('channel-field-url').fill(robot.url('/hook'))
    await form.getByTestId('channel-field-secret').fill(SECRET)
    await form.getByTestId('channel-save').click()
    const row = entry.getByTestId('channel-row').filter({ hasText: '历下区值班群' })
    await row.waitFor()

    // The API and the page hold no trace of the secret; the form says it is set.
    const listed = (await api<{ channels: { config: Record<string, unknown>; has_secret: boolean }[] }>(t.baseUrl, 'GET', '/api/notify/channels?owner_type=unit&owner_id=370102')).body.channels
    expect(listed).toMatchObject([{ has_secret: true }])
    expect(JSON.stringify(listed)).not.toContain(SECRET)
    await row.getByTestId('channel-edit').click()
    const edit = row.getByTestId('channel-form')
    expect(await edit.getByTestId('channel-field-secret').inputValue()).toBe('')
    expect(await edit.getByTestId('channel-field-secret').getAttribute('type')).toBe('password')
    expect(await edit.getByTestId('channel-secret-kept').textContent()).toBe('已设置（留空则不变）')
    expect(await page.content()).not.toContain(SECRET)

    // Unchanged: tested as stored, so the stored secret signs it.
    await edit.getByTestId('channel-test').click()
    const beside = edit.locator('.row', { has: page.getByTestId('channel-field-url') }).getByTestId('channel-test-result')
    await expect.poll(() => beside.getAttribute('data-state')).toBe('ok')
    const [req] = robot.received
    expect(req!.headers['x-yq-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(req!.raw).digest('hex')}`)

    // Renamed with the secret left empty: saved, and the stored secret still signs.
    await edit.getByTestId('channel-name').fill('历下区应急值班群')
    await edit.getByTestId('channel-save').click()
    const renamed = entry.getByTestId('channel-row').filter({ hasText: '历下区应急值班群' })
    await renamed.waitFor()
    await renamed.getByTestId('channel-row-test').click()
    await expect.poll(() => renamed.getByTestId('channel-test-result').getAttribute('data-state')).toBe('ok')
    const last = robot.received.at(-1)!
    expect(last.headers['x-yq-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(last.raw).digest('hex')}`)
    expect(await page.content()).not.toContain(SECRET)
  })

  it('the wall marks an overdue case 已通知 hh:mm when its unit was reached, 未送达 when the channel refused, 未通知 when it has none', async () => {
    const t = await startTestApp(NOTIFY_ENV)
    const good = await startChannelServer((_req, res) => res.writeHead(204).end())
    const bad = await startChannelServer((_req, res) => json(res, 403, {}))
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370102' }, 'webhook', '历下区值班群', { url: good.url(), secret: SECRET })
    await addChannel(t.baseUrl, { owner_type: 'unit', owner_id: '370211' }, 'webhook', '黄岛区值班群', { url: bad.url(), secret: SECRET })
    // Opinions first seen 50 h ago: their 48 h response deadline is overdue.
    const open = async (title: string, unit_id: string, forward: boolean) => {
      const c = await openCase(t.app, t.baseUrl, { title, unit_id, kind: 'opinion', level: 'III', ageMs: 50 * HOUR_MS })
      if (forward) await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: new Date().toISOString(), unit_id })
      return c
    }
    const reached = await open('济南市历下区一小区停水超过两天', '370102', true)
    const refused = await open('青岛市黄岛区港区扬尘污染投诉', '370211', true)
    const silent = await open('烟台市芝罘区医保报销延迟投诉', '370602', false)
    const settled = await waitFor(async () => {
      const got = (await api<Case>(t.baseUrl, 'GET', `/api/cases/${reached.id}`)).body
      const other = (await api<Case>(t.baseUrl, 'GET', `/api/cases/${refused.id}`)).body
      return got.reach.state === 'sent' && other.reach.state === 'failed' ? got : undefined
    }, 15_000, 'both deliveries')

    const page = await openBrowser()
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.goto(`${t.baseUrl}/wall`)
    const mark = (id: number) => page.locator(`[data-testid=case-tile][data-case-id="${id}"] [data-testid=tile-reach]`)
    const hm = (at: string) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at))
    // The unit hears twice (转办, then overdue), so the latest 已通知 time can move on a minute after
    // the first delivery settled: the wall must show the time the case reports now.
    expect(settled.reach.state).toBe('sent')
    await expect
      .poll(async () => {
        const now = (await api<Case>(t.baseUrl, 'GET', `/api/cases/${reached.id}`)).body.reach
        const shown = await mark(reached.id).textContent()
        return now.state === 'sent' && shown === `✓ 已通知 ${hm(now.at!)}` ? 'agree' : `wall ${shown}, case ${now.state} ${now.at}`
      })
      .toBe('agree')
    expect(await mark(refused.id).textContent()).toBe('✗ 未送达')
    expect(await mark(silent.id).textContent()).toBe('✗ 未通知')
    // Read from three metres: at least the wall's 24 px label size.
    const size = Number(await page.evaluate(`parseFloat(getComputedStyle(document.querySelector('[data-case-id="${reached.id}"] [data-testid=tile-reach]')).fontSize)`))
    expect(size).toBeGreaterThanOrEqual(24)
  })

  it('我的通知: a unit account subscribes its own webhook and sets its rules; bad values are refused beside the field and what is saved comes back after a reload', async () => {
    const t = await startTestApp(NOTIFY_ENV)
    const robot = await startChannelServer((_req, res) => res.writeHead(204).end())
    const user = await addUser(t.app.db, { username: 'lixia-duty', password: 'lixia-password-01', role: 'unit', unit_id: '370102' }, 'test')
    const browser = await launchChromium({ anonymous: true })
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    await page.goto(`${t.baseUrl}/login?next=%2Fcases`)
    await page.getByTestId('login-username').fill('lixia-duty')
    await page.getByTestId('login-password').fill('lixia-password-01')
    await page.getByTestId('login-submit').click()
    await page.waitForURL(/\/cases$/)
    expect(await page.getByTestId('nav-notifications').count()).toBe(0)
    await page.getByTestId('nav-myNotifications').click()
    await page.getByTestId('channel-add').click()
    const form = page.getByTestId('channel-form')
    await form.getByTestId('channel-kind').selectOption('webhook')
    await form.getByTestId('channel-name').fill('我的接收地址')
    await form.getByTestId('channel-field-url').fill(robot.url('/me'))
    await form.getByTestId('channel-field-secret').fill(SECRET)
    await form.getByTestId('channel-save').click()
    await page.getByTestId('channel-row').filter({ hasText: '我的接收地址' }).waitFor()

    await page.getByTestId('rules-interval').fill('半小时')
    await page.getByTestId('rules-quiet-on').check()
    await page.getByTestId('rules-quiet-start').fill('23:00')
    await page.getByTestId('rules-quiet-end').fill('23:00')
    await page.getByTestId('rules-save').click()
    expect(await page.getByTestId('rules-error-interval').textContent()).toBe('请填写 0 到 1440 之间的整数')
    expect(await page.getByTestId('rules-error-quiet').textContent()).toBe('请填写起止时间（HH:MM），且二者不同')
    expect(await page.getByTestId('rules-interval').inputValue()).toBe('半小时')
    await page.getByTestId('rules-interval').fill('30')
    await page.getByTestId('rules-quiet-end').fill('07:00')
    await page.getByTestId('rules-cause-story_major').uncheck()
    await page.getByTestId('rules-save').click()
    await page.getByTestId('rules-saved').waitFor()

    await page.reload()
    await page.getByTestId('channel-row').filter({ hasText: '我的接收地址' }).waitFor()
    await expect.poll(() => page.getByTestId('rules-interval').inputValue()).toBe('30')
    expect(await page.getByTestId('rules-quiet-start').inputValue()).toBe('23:00')
    expect(await page.getByTestId('rules-quiet-end').inputValue()).toBe('07:00')
    expect(await page.getByTestId('rules-cause-story_major').isChecked()).toBe(false)
    expect(await page.getByTestId('rules-cause-forwarded').isChecked()).toBe(true)
    const mine = (await api<{ channels: { owner_type: string; owner_id: string; name: string }[] }>(t.baseUrl, 'GET', `/api/notify/channels?owner_type=user&owner_id=${user.id}`)).body.channels
    expect(mine).toMatchObject([{ owner_type: 'user', owner_id: String(user.id), name: '我的接收地址' }])
  })

  it('a channel URL on a private address is refused beside the field in words, keeping what was typed, and nothing is saved', async () => {
    const t = await startTestApp({ ...NOTIFY_ENV, YQ_ALLOW_PRIVATE_FEEDS: '0' })
    const page = await openBrowser()
    await page.goto(`${t.baseUrl}/admin/notifications`)
    await page.getByTestId('channel-add').click()
    const form = page.getByTestId('channel-form')
    await form.getByTestId('channel-kind').selectOption('webhook')
    await form.getByTestId('channel-name').fill('内网网关')
    await form.getByTestId('channel-field-url').fill('http://127.0.0.1:9/hook')
    await form.getByTestId('channel-field-secret').fill(SECRET)
    await form.getByTestId('channel-test').click()
    await expect.poll(() => form.getByTestId('channel-error-url').textContent()).toBe('渠道地址指向本机或内网地址，已拒绝')
    await form.getByTestId('channel-field-url').fill('http://10.1.2.3/hook')
    await form.getByTestId('channel-save').click()
    await expect.poll(() => form.getByTestId('channel-error-url').textContent()).toBe('渠道地址指向本机或内网地址，已拒绝')
    expect(await form.getByTestId('channel-field-url').inputValue()).toBe('http://10.1.2.3/hook')
    expect(await form.getByTestId('channel-name').inputValue()).toBe('内网网关')
    const listed = (await api<{ channels: unknown[] }>(t.baseUrl, 'GET', '/api/notify/channels?owner_type=duty_group&owner_id=province')).body.channels
    expect(listed).toEqual([])
  })

  it("a unit's mobile duty phone shows as its SMS channel, kept by the server: enable/disable only, no edit or delete", async () => {
    const t = await startTestApp({ ...NOTIFY_ENV, YQ_SMS_URL: 'http://127.0.0.1:9/sms', YQ_SMS_BODY_TEMPLATE: '{"mobile":"{{phone}}","content":"{{text}}"}' })
    await api(t.baseUrl, 'PATCH', '/api/units/370102', { duty_phone: '13800138000' })
    await waitFor(async () => (await api<{ channels: unknown[] }>(t.baseUrl, 'GET', '/api/notify/channels?owner_type=unit&owner_id=370102')).body.channels.length === 1, 10_000, 'the duty-phone channel')
    const page = await openBrowser()
    await page.goto(`${t.baseUrl}/admin/units`)
    await page.getByTestId('unit-search').fill('历下区')
    const entry = page.locator('[data-testid=unit-results] [data-unit-id="370102"]')
    await entry.getByTestId('unit-notify').click()
    const row = entry.getByTestId('channel-row')
    await expect.poll(() => row.getByTestId('channel-managed').textContent()).toContain('随单位值班手机自动设置')
    expect(await row.getByTestId('channel-edit').count()).toBe(0)
    expect(await row.getByTestId('channel-delete').count()).toBe(0)
    await row.getByTestId('channel-toggle').click()
    await expect.poll(() => row.getAttribute('data-enabled')).toBe('false')
    expect(await row.textContent()).toContain('已停用')
  })
})
