import { describe, expect, it, onTestFinished } from 'vitest'
import { launchChromium } from '../helpers/browser.ts'
import { startFeedServer } from '../helpers/feed-server.ts'
import { heldAnswer } from '../helpers/held-answer.ts'
import { startTestApp } from '../helpers/test-app.ts'

/**
 * Two outlets, the first's report of a story already stored, and a Chromium page ready to open the
 * wall; `publishSecond` stores the second outlet's report of that story and one of its own.
 */
async function twoOutletsWall() {
  const [dazhong, qilu] = [await startFeedServer(), await startFeedServer()]
  dazhong.publish({ guid: 'a', title: '济南市历下区一小学午餐分量不足引家长关注' })
  const { baseUrl } = await startTestApp()
  const addSource = async (name: string, url: string) =>
    ((await (await fetch(`${baseUrl}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, url, interval_s: 60 }) })).json()) as { id: number }).id
  const poll = (id: number) => fetch(`${baseUrl}/api/sources/${id}/poll`, { method: 'POST' })
  const [first, second] = [await addSource('大众网', dazhong.url()), await addSource('齐鲁网', qilu.url())]
  await poll(first)
  const browser = await launchChromium()
  onTestFinished(() => browser.close())
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  const publishSecond = async () => {
    qilu.publish({ guid: 'b', title: '济南历下区一小学午餐分量不足 引发家长关注' })
    qilu.publish({ guid: 'c', title: '青岛市黄岛区道路维修进展通报' })
    await poll(second)
  }
  return { baseUrl, page, publishSecond }
}

describe('/wall in Chromium', () => {
  it('shows an item published after the page loaded, without a reload', async () => {
    const feed = await startFeedServer()
    feed.publish({ guid: 'old-1', title: '淄博市张店区供暖管网改造完工' })
    const { baseUrl } = await startTestApp()
    const created = await fetch(`${baseUrl}/api/sources`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '齐鲁测试源', url: feed.url(), interval_s: 60 }),
    })
    const source = (await created.json()) as { id: number }
    await fetch(`${baseUrl}/api/sources/${source.id}/poll`, { method: 'POST' })

    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(`${baseUrl}/wall`)
    await expect.poll(() => page.getByTestId('connection-state').textContent()).toContain('实时')
    await expect.poll(() => page.getByTestId('wall-item').allTextContents()).toEqual([expect.stringContaining('淄博市张店区供暖管网改造完工')])

    feed.publish({ guid: 'new-1', title: '烟台市芝罘区一小区停水超过两天 居民盼尽快恢复' })
    await fetch(`${baseUrl}/api/sources/${source.id}/poll`, { method: 'POST' })
    await expect
      .poll(() => page.getByTestId('wall-item').first().textContent(), { timeout: 5000 })
      .toContain('烟台市芝罘区一小区停水超过两天')
    // The source's name is shown beside the item, and the clock reads 北京时间.
    expect(await page.getByTestId('wall-item').first().textContent()).toContain('齐鲁测试源')
    expect(await page.getByTestId('wall-clock').textContent()).toMatch(/^\d{2}:\d{2}:\d{2}$/)
  })

  it('shows a story carried by two outlets once, with its report count, in place', async () => {
    const { baseUrl, page, publishSecond } = await twoOutletsWall()
    await page.goto(`${baseUrl}/wall`)
    await expect.poll(() => page.getByTestId('wall-item').count()).toBe(1)

    await publishSecond()
    await expect.poll(() => page.getByTestId('wall-item').allTextContents()).toEqual([
      expect.stringContaining('青岛市黄岛区道路维修进展通报'),
      expect.stringMatching(/济南市历下区一小学午餐分量不足引家长关注.*2 篇报道.*大众网/),
    ])
  })

  it('keeps a second outlet\'s report that arrived live when an older reading of the ticker answers after it', async () => {
    const { baseUrl, page, publishSecond } = await twoOutletsWall()
    // The wall reads the items on load and again when its socket connects. The second reading is
    // read from the server at once (before the second outlet's reports) but answered only after
    // they have arrived live: what a slow answer on a busy server does.
    let readings = 0
    const second = heldAnswer(page)
    await page.route((url) => url.pathname === '/api/items', async (route) => {
      if (++readings !== 2) return route.continue()
      await second.hold(route)
    })
    await page.goto(`${baseUrl}/wall`)
    await second.read
    await expect.poll(() => page.getByTestId('wall-item').count()).toBe(1)

    await publishSecond()
    const both = [expect.stringContaining('青岛市黄岛区道路维修进展通报'), expect.stringMatching(/济南市历下区一小学午餐分量不足引家长关注.*2 篇报道.*大众网/)]
    await expect.poll(() => page.getByTestId('wall-item').allTextContents()).toEqual(both)
    await second.release()
    expect(await page.getByTestId('wall-item').allTextContents()).toEqual(both)
  })
})
