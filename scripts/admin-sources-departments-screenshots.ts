/**
 * `npx tsx scripts/admin-sources-departments-screenshots.ts`: starts a server on a temp database
 * with loopback feeds (two readable, one answering 503, one not a feed), a push source and a
 * paused one, and saves 1920×1080 Chromium screenshots of /admin/sources (with a "test now"
 * result) and /admin/departments (with a pending edit's preview) under docs/screenshots/.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { launchChromium } from '../test/helpers/browser.ts'
import { renderRss, type FeedEntry } from '../test/helpers/feed-server.ts'
import { startShotsServer } from './lib/shots-server.ts'

const NEWS: FeedEntry[] = [
  { guid: 'a1', title: '济南市历下区一小学午餐分量不足引家长关注', description: '家长希望学校公开供餐合同' },
  { guid: 'a2', title: '青岛市黄岛区一化工厂发生火灾 消防救援力量已赶到现场', description: '暂无人员伤亡报告' },
  { guid: 'a3', title: '烟台市芝罘区多个小区供暖不热 业主反映物业推诿', description: '住建部门表示将督促整改' },
  { guid: 'a4', title: '潍坊市一饭店后厨卫生脏乱 市场监管部门介入调查', description: '网友拍摄视频显示后厨有老鼠' },
  { guid: 'a5', title: '临沂市兰山区农民工讨薪无果 人社局：已立案调查', description: '涉及工人30余名' },
]
const PORTAL: FeedEntry[] = [
  { guid: 'b1', title: '淄博市张店区一学校食堂午餐被指价格偏高', description: '学生家长质疑收费标准' },
  { guid: 'b2', title: '济宁市任城区道路坑洼多 市民盼早日修复', description: '交通运输部门回应' },
]

const feeds = http.createServer((req, res) => {
  if (req.url === '/news.xml') return res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(renderRss(NEWS))
  if (req.url === '/portal.xml') return res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(renderRss(PORTAL))
  if (req.url === '/down.xml') return res.writeHead(503, 'Service Unavailable').end()
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('plain words, no feed here')
})
await new Promise<void>((resolve) => feeds.listen(0, '127.0.0.1', resolve))
const feedUrl = (p: string) => `http://127.0.0.1:${(feeds.address() as AddressInfo).port}${p}`

const { app, base, close } = await startShotsServer('admin', { YQ_ALLOW_PRIVATE_FEEDS: '1', YQ_POLL_TICK_MS: '60000' })
await app.taggingReady

async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(base + url, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  return (await res.json()) as T
}
const add = (name: string, url: string | undefined, interval_s: number, kind = 'auto') => api<{ id: number }>('POST', '/api/sources', { name, url, interval_s, kind })
for (const [name, url, interval] of [['大众网·舆情频道', feedUrl('/news.xml'), 300], ['齐鲁网地方新闻', feedUrl('/portal.xml'), 600], ['某市政府门户（故障）', feedUrl('/down.xml'), 900], ['某县融媒体（格式错）', feedUrl('/page.html'), 1800]] as const) {
  const { id } = await add(name, url, interval)
  await api('POST', `/api/sources/${id}/poll`, {})
  if (name.includes('故障')) for (let i = 0; i < 3; i++) await api('POST', `/api/sources/${id}/poll`, {})
}
await add('微博舆情桥接（推送）', undefined, 60, 'push')
const paused = await add('鲁网评论（已暂停）', 'https://news.example.cn/rss.xml', 3600)
await api('PATCH', `/api/sources/${paused.id}`, { enabled: false })

const browser = await launchChromium()
fs.mkdirSync('docs/screenshots', { recursive: true })
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })
  await page.goto(`${base}/admin/sources`)
  await page.getByTestId('sources-table').waitFor()
  const form = page.getByTestId('add-source')
  await form.locator('input[name=name]').fill('新华网山东频道')
  await form.locator('input[name=url]').fill(feedUrl('/news.xml'))
  await page.getByTestId('test-now').click()
  await page.getByTestId('test-result').waitFor()
  await page.screenshot({ path: 'docs/screenshots/admin-sources.png', fullPage: true })
  console.log('docs/screenshots/admin-sources.png')

  await page.goto(`${base}/admin/departments`)
  await page.getByTestId('department-editor').waitFor()
  await page.locator('[data-department=scjgj]').first().click()
  const addTerm = page.getByTestId('add-term')
  await addTerm.locator('input[name=new-term]').fill('午餐')
  await addTerm.locator('input[name=new-weight]').fill('30')
  await addTerm.getByRole('button').click()
  await page.locator('[data-testid=preview][data-state=ready]').waitFor()
  await page.getByTestId('department-editor').evaluate((el) => el.scrollTo(0, 0))
  await page.screenshot({ path: 'docs/screenshots/admin-departments.png' })
  console.log('docs/screenshots/admin-departments.png')
} finally {
  await browser.close()
  await close()
  feeds.close()
}
