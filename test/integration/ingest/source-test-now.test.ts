import { describe, expect, it } from 'vitest'
import { startFeedServer } from '../../helpers/feed-server.ts'
import { startTestApp } from '../../helpers/test-app.ts'

async function testNow(baseUrl: string, body: unknown, raw?: string) {
  const res = await fetch(`${baseUrl}/api/sources/test`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ?? JSON.stringify(body) })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> & { items?: { title: string; departments: { id: string }[]; region: { city: string } | null; unit: { name: string } | null }[] } }
}

async function nothingStored(baseUrl: string): Promise<void> {
  expect(((await (await fetch(`${baseUrl}/api/sources`)).json()) as { sources: unknown[] }).sources).toEqual([])
  expect(((await (await fetch(`${baseUrl}/api/items`)).json()) as { items: unknown[] }).items).toEqual([])
}

describe('POST /api/sources/test (测试抓取)', () => {
  it('reads and tags the first items of a feed through the poller path and stores nothing', async () => {
    const feed = await startFeedServer()
    feed.publish({ guid: 'a', title: '青岛市黄岛区一化工厂发生火灾', description: '消防救援力量已赶到现场' })
    feed.publish({ guid: 'b', title: '济南市历下区一小学午餐分量不足引家长关注' })
    const { baseUrl } = await startTestApp()
    const res = await testNow(baseUrl, { url: feed.url() })
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ format: 'rss', charset: 'utf-8', item_count: 2, duplicate_of: null })
    expect(res.json.items![0]).toMatchObject({ title: '济南市历下区一小学午餐分量不足引家长关注', departments: [{ id: 'jyj' }], region: { city: '济南市' }, unit: { name: '济南市历下区教育局' } })
    expect(res.json.items![1]!.departments[0]!.id).toBe('yjj')
    await nothingStored(baseUrl)
  })

  it.each([
    ['not a URL', 'just words', 400, 'YQ_ERR_SOURCE_URL_REFUSED'],
    ['a file URL', 'file:///etc/passwd', 400, 'YQ_ERR_SOURCE_URL_REFUSED'],
    ['a host that does not resolve', 'http://no-such-host.invalid/feed.xml', 502, 'YQ_ERR_FEED_NETWORK'],
  ])('refuses %s with a code', async (_what, url, status, code) => {
    const { baseUrl } = await startTestApp()
    const res = await testNow(baseUrl, { url })
    expect(res.status).toBe(status)
    expect(res.json.code).toBe(code)
  })

  it('refuses loopback and private addresses unless the deployment allows them', async () => {
    const feed = await startFeedServer()
    feed.publish({ guid: 'a', title: '标题' })
    const { baseUrl } = await startTestApp({ YQ_ALLOW_PRIVATE_FEEDS: '0' })
    for (const url of [feed.url(), 'http://10.0.0.1/feed.xml', 'http://[::1]:80/feed.xml', 'http://169.254.169.254/latest/meta-data/']) {
      const res = await testNow(baseUrl, { url })
      expect(res.json.code, url).toBe('YQ_ERR_SOURCE_URL_REFUSED')
    }
    expect(feed.requests).toBe(0)
  })

  it('says what is wrong with answers that are not feeds: HTML, errors, oversized bodies', async () => {
    const feed = await startFeedServer()
    feed.route('/page.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>登录</body></html>'))
    feed.route('/text', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('hello'))
    feed.route('/down', (_req, res) => res.writeHead(503).end())
    feed.route('/huge', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      const chunk = Buffer.alloc(1024 * 1024, 0x20)
      let sent = 0
      const write = () => {
        while (sent < 12 && res.write(chunk)) sent++
        if (sent < 12) res.once('drain', write)
        else res.end()
      }
      write()
    })
    const { baseUrl } = await startTestApp()
    expect((await testNow(baseUrl, { url: feed.url('/page.html') })).json.code).toBe('YQ_ERR_FEED_NOT_FEED')
    expect((await testNow(baseUrl, { url: feed.url('/text') })).json.code).toBe('YQ_ERR_FEED_NOT_FEED')
    const down = await testNow(baseUrl, { url: feed.url('/down') })
    expect(down.status).toBe(502)
    expect(down.json.code).toBe('YQ_ERR_FEED_HTTP')
    expect((await testNow(baseUrl, { url: feed.url('/huge') })).json.code).toBe('YQ_ERR_FEED_TOO_LARGE')
    await nothingStored(baseUrl)
  })

  it('refuses huge, malformed and misspelt bodies and push sources with 4xx', async () => {
    const { baseUrl } = await startTestApp()
    expect((await testNow(baseUrl, null, JSON.stringify({ url: `https://news.example.cn/${'x'.repeat(40_000)}` }))).status).toBe(413)
    expect((await testNow(baseUrl, null, '{"url": ')).status).toBe(400)
    expect((await testNow(baseUrl, { url: 'https://news.example.cn/rss', save: true })).status).toBe(400)
    expect((await testNow(baseUrl, { url: 'https://news.example.cn/rss', kind: 'push' })).json.code).toBe('YQ_ERR_SOURCE_KIND')
  })
})
