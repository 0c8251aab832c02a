import { describe, expect, it, onTestFinished } from 'vitest'
import type { Item } from '@shared/types/item.ts'
import { launchChromium } from '../helpers/browser.ts'
import { api } from '../helpers/case-fixtures.ts'
import { startFeedServer } from '../helpers/feed-server.ts'
import { startTestApp } from '../helpers/test-app.ts'

/** An RSS feed by hand: one entry with no <title> whose text opens with page furniture, one with an empty title, one titled. */
const FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>济南日报</title><link>https://jn.example.cn/</link>
<item><guid>u-1</guid><link>https://jn.example.cn/u-1.html</link><description>【打印】【关闭】 来源：济南日报 编辑：张三 [字体：大 中 小] 济南市历下区一化工厂发生爆炸，已造成12人死亡。</description></item>
<item><guid>u-2</guid><title>  </title><link>https://jn.example.cn/u-2.html</link><description>发布时间：2025-06-10 08:00 浏览次数：35 章丘区一小区停水超过两天。</description></item>
<item><guid>t-1</guid><title>青岛地铁6号线开通试运营</title><link>https://jn.example.cn/t-1.html</link><description>市民可免费乘坐。</description></item>
</channel></rss>`

describe('items without a title, from a feed on loopback, in Chromium', () => {
  it('show 无标题 in the queue, on the wall and on the case page — never the page furniture of their text', async () => {
    const feed = await startFeedServer()
    feed.route('/untitled.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(FEED))
    const t = await startTestApp()
    const source = await api<{ id: number }>(t.baseUrl, 'POST', '/api/sources', { name: '济南日报', url: feed.url('/untitled.xml'), interval_s: 60 })
    expect(source.status).toBe(201)
    expect((await api(t.baseUrl, 'POST', `/api/sources/${source.body.id}/poll`)).status).toBe(200)
    const { items } = (await api<{ items: Item[] }>(t.baseUrl, 'GET', '/api/items?limit=10')).body
    const byTitle = items.map((i) => i.title).sort()
    expect(byTitle).toEqual(['', '', '青岛地铁6号线开通试运营'])

    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })

    // The queue: each untitled story reads 无标题 as its headline, its text below it.
    await page.goto(`${t.baseUrl}/triage`)
    await expect.poll(() => page.getByTestId('row-title').allTextContents()).toHaveLength(3)
    const titles = await page.getByTestId('row-title').allTextContents()
    expect(titles.filter((x) => x === '无标题')).toHaveLength(2)
    expect(titles).toContain('青岛地铁6号线开通试运营')
    for (const title of titles) expect(title).not.toMatch(/打印|来源|字体|发布时间|浏览次数/)

    // The wall: the ticker quotes 无标题; the major banner (爆炸, 12 人死亡: 重大) names the story 无标题 too.
    await page.goto(`${t.baseUrl}/wall`)
    await expect.poll(() => page.getByTestId('wall-item').allTextContents()).toHaveLength(3)
    const ticker = await page.getByTestId('wall-item').allTextContents()
    expect(ticker.filter((x) => x.includes('“无标题”'))).toHaveLength(2)
    for (const line of ticker) expect(line).not.toMatch(/打印|来源：|字体|发布时间|浏览次数/)
    await expect.poll(() => page.getByTestId('major-story').count()).toBeGreaterThan(0)
    const major = await page.getByTestId('major-story').allTextContents()
    for (const line of major) expect(line).toContain('无标题')

    // The case page: an operator opens a case (with a title they write) from the untitled item; its report reads 无标题.
    const untitled = items.find((i) => i.link === 'https://jn.example.cn/u-1.html')!
    const opened = await api<{ id: number }>(t.baseUrl, 'POST', '/api/cases', { title: '历下区化工厂爆炸', kind: 'incident', level: 'II', item_ids: [untitled.id], unit_id: '370102' })
    expect(opened.status).toBe(201)
    await page.goto(`${t.baseUrl}/cases/${opened.body.id}`)
    await expect.poll(() => page.getByTestId('case-items').locator('li a').allTextContents()).toEqual(['无标题'])
    expect(await page.getByTestId('case-title').textContent()).toBe('历下区化工厂爆炸')
  })
})
