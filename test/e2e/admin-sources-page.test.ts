import { describe, expect, it, onTestFinished } from 'vitest'
import type { Source } from '@shared/types/source.ts'
import { launchChromium } from '../helpers/browser.ts'
import { startFeedServer } from '../helpers/feed-server.ts'
import { heldAnswer, signal } from '../helpers/held-answer.ts'
import { startTestApp } from '../helpers/test-app.ts'

const LUNCH = '济南市历下区一小学午餐分量不足引家长关注'
const FIRE = '青岛市黄岛区一化工厂发生火灾'

/** A server with one source whose feed answers 503, and a Chromium page ready to open it. */
async function failingSourcePage() {
  const feed = await startFeedServer()
  feed.route('/down', (_req, res) => res.writeHead(503, 'Service Unavailable').end())
  const { baseUrl } = await startTestApp()
  const post = (path: string, body: unknown) => fetch(baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const created = (await (await post('/api/sources', { name: '故障源', url: feed.url('/down'), interval_s: 600 })).json()) as Source
  const browser = await launchChromium()
  onTestFinished(() => browser.close())
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
  return { baseUrl, post, created, page }
}

describe('/admin/sources in Chromium', () => {
  it('refuses bad input beside each field keeping what was typed, tests a loopback feed without saving, saves it, and its items reach triage', async () => {
    const feed = await startFeedServer()
    feed.publish({ guid: 'fire', title: FIRE, description: '消防救援力量已赶到现场' })
    feed.publish({ guid: 'lunch', title: LUNCH, description: '家长希望学校公开供餐合同' })
    const { baseUrl } = await startTestApp()
    const sources = async () => ((await (await fetch(`${baseUrl}/api/sources`)).json()) as { sources: Source[] }).sources

    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    await page.goto(`${baseUrl}/admin/sources`)
    await page.locator('[data-testid=sources-page][data-state=ready]').waitFor()
    const form = page.getByTestId('add-source')
    const name = form.locator('input[name=name]')
    const url = form.locator('input[name=url]')
    const interval = form.locator('input[name=interval_s]')
    const save = page.getByTestId('save-source')

    // 1. A bad URL: the reason beside the URL, everything typed kept.
    await name.fill('本地测试源')
    await url.fill('not a url')
    await interval.fill('120')
    await save.click()
    await expect.poll(() => page.getByTestId('error-url').textContent()).toContain('地址无效')
    expect([await name.inputValue(), await url.inputValue(), await interval.inputValue()]).toEqual(['本地测试源', 'not a url', '120'])

    // 2. An interval out of range, beside the interval.
    await url.fill(feed.url())
    await interval.fill('3')
    await save.click()
    await expect.poll(() => page.getByTestId('error-interval').textContent()).toContain('5 到 86400')
    expect(await page.getByTestId('error-url').count()).toBe(0)
    expect([await name.inputValue(), await url.inputValue(), await interval.inputValue()]).toEqual(['本地测试源', feed.url(), '3'])

    // 3. An empty name, beside the name.
    await interval.fill('120')
    await name.fill('')
    await save.click()
    await expect.poll(() => page.getByTestId('error-name').textContent()).toContain('名称')
    expect(await url.inputValue()).toBe(feed.url())
    expect(await sources()).toEqual([])

    // 4. Test now: the first items with their tags, and nothing saved.
    await name.fill('本地测试源')
    await page.getByTestId('test-now').click()
    const items = page.getByTestId('test-item')
    await expect.poll(() => items.count()).toBe(2)
    expect(await items.nth(0).textContent()).toContain(LUNCH)
    expect(await items.nth(0).getByTestId('test-departments').textContent()).toBe('教育局')
    expect(await items.nth(0).getByTestId('test-place').textContent()).toBe('山东省 济南市 历下区')
    expect(await items.nth(0).getByTestId('test-unit').textContent()).toBe('济南市历下区教育局')
    expect(await items.nth(1).getByTestId('test-departments').textContent()).toContain('应急管理局')
    expect(await sources()).toEqual([])

    // 5. Save: the row appears, its first poll runs at once and its items land in triage.
    await save.click()
    await expect.poll(() => page.getByTestId('saved').textContent()).toContain('本地测试源')
    const row = page.getByTestId('source-row')
    await expect.poll(() => row.getByTestId('items-24h').textContent()).toBe('2')
    expect(await row.getAttribute('data-health')).toBe('ok')
    expect(await row.textContent()).toContain('2 分钟')
    // The admin opens 研判台 from the navigation and finds both items waiting there.
    const triage = await page.context().newPage()
    await triage.goto(`${baseUrl}/admin/sources`)
    await triage.getByTestId('nav-triage').click()
    await expect.poll(async () => (await triage.getByTestId('row-title').allTextContents()).sort()).toEqual([LUNCH, FIRE].sort())
    await triage.close()

    // 6. The same feed again: refused beside the URL, typed values kept.
    await name.fill('重复的源')
    await url.fill(feed.url())
    await save.click()
    await expect.poll(() => page.getByTestId('error-url').textContent()).toContain('已经是信息源')
    expect([await name.inputValue(), await url.inputValue()]).toEqual(['重复的源', feed.url()])
    expect(await sources()).toHaveLength(1)
  })

  it('shows a failing feed in words, edits its interval, pauses it and deletes it from the list', async () => {
    const { baseUrl, post, created, page } = await failingSourcePage()
    page.on('dialog', (d) => void d.accept())
    await page.goto(`${baseUrl}/admin/sources`)
    const row = page.locator(`[data-source-id="${created.id}"]`)
    await row.waitFor()
    // The failure arrives live over source:updated.
    await post(`/api/sources/${created.id}/poll`, {})
    await expect.poll(() => row.getByTestId('last-error').textContent()).toContain('对方服务器返回错误（HTTP 503）')

    await row.getByTestId('edit-interval').click()
    await row.locator('input[name=interval_s]').fill('100000')
    await row.locator('button[type=submit]').click()
    await expect.poll(() => row.getByTestId('error-interval-edit').textContent()).toContain('5 到 86400')
    expect(await row.locator('input[name=interval_s]').inputValue()).toBe('100000')
    await row.locator('input[name=interval_s]').fill('900')
    await row.locator('button[type=submit]').click()
    await expect.poll(() => row.getByTestId('interval').textContent()).toBe('15 分钟')

    // 属地: none read from 故障源; a code outside the province is refused beside the field, then one is set and cleared.
    expect(await row.getByTestId('place').textContent()).toBe('无属地')
    await row.getByTestId('edit-place').click()
    await row.locator('input[name=place]').fill('410100')
    await row.locator('form button[type=submit]').click()
    await expect.poll(() => row.getByTestId('error-place-edit').textContent()).toContain('本省的市或县')
    await row.locator('input[name=place]').fill('370783')
    await row.locator('form button[type=submit]').click()
    await expect.poll(() => row.getByTestId('place').textContent()).toBe('潍坊市寿光市')
    await row.getByTestId('edit-place').click()
    await row.getByTestId('clear-place').click()
    await expect.poll(() => row.getByTestId('place').textContent()).toBe('无属地')

    await row.getByTestId('toggle-pause').click()
    await expect.poll(() => row.getByTestId('health').textContent()).toBe('已暂停')
    await row.getByTestId('delete-source').click()
    await expect.poll(() => row.count()).toBe(0)
    const stored = (await (await fetch(`${baseUrl}/api/sources`)).json()) as { sources: Source[] }
    expect(stored.sources).toEqual([])
  })

  it('keeps a failure shown live when an older reading of the list answers after it', async () => {
    const { baseUrl, post, created, page } = await failingSourcePage()
    // The page reads the list on mount and again when its socket connects, and the answers come
    // in the order a busy server gives: the first only once the second has been sent (it must
    // still show the list), the second read from the server at once (before the failure) but
    // answered only after the failure has arrived live.
    let readings = 0
    const secondSent = signal()
    const second = heldAnswer(page)
    await page.route('**/api/sources', async (route) => {
      if (route.request().method() !== 'GET') return route.continue()
      const reading = ++readings
      if (reading === 1) {
        const first = await route.fetch()
        await secondSent.done
        return route.fulfill({ response: first })
      }
      if (reading !== 2) return route.continue()
      secondSent.fire()
      await second.hold(route)
    })
    await page.goto(`${baseUrl}/admin/sources`)
    const row = page.locator(`[data-source-id="${created.id}"]`)
    await row.waitFor()
    await second.read

    await post(`/api/sources/${created.id}/poll`, {})
    await expect.poll(() => row.getByTestId('last-error').textContent()).toContain('对方服务器返回错误（HTTP 503）')
    await second.release()
    expect(await row.getByTestId('last-error').textContent()).toContain('对方服务器返回错误（HTTP 503）')
  })
})
