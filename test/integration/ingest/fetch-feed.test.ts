import { afterEach, describe, expect, it } from 'vitest'
import { createFeedAgent, fetchFeed, parseRetryAfter, USER_AGENT } from '../../../server/ingest/fetch-feed.ts'
import { renderRss, startFeedServer } from '../../helpers/feed-server.ts'
import { startTestApp } from '../../helpers/test-app.ts'

const agents: ReturnType<typeof createFeedAgent>[] = []
function agent(allowPrivate?: boolean) {
  const a = createFeedAgent(undefined, { allowPrivate })
  agents.push(a)
  return a
}
afterEach(async () => {
  await Promise.all(agents.splice(0).map((a) => a.close()))
})

describe('fetchFeed() conditional GET', () => {
  it('sends If-None-Match and If-Modified-Since and reports not-modified on 304', async () => {
    const feed = await startFeedServer()
    const seen: { etag?: string; since?: string; ua?: string }[] = []
    feed.route('/cond.xml', (req, res) => {
      seen.push({ etag: req.headers['if-none-match'], since: req.headers['if-modified-since'], ua: req.headers['user-agent'] })
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end()
      res.writeHead(200, { etag: '"v1"', 'last-modified': 'Tue, 10 Jun 2025 00:00:00 GMT', 'content-type': 'application/rss+xml' }).end(renderRss([]))
    })
    const first = await fetchFeed({ url: feed.url('/cond.xml'), allowPrivate: true }, agent())
    expect(first).toMatchObject({ status: 'ok', etag: '"v1"', lastModified: 'Tue, 10 Jun 2025 00:00:00 GMT' })
    const second = await fetchFeed({ url: feed.url('/cond.xml'), allowPrivate: true, etag: '"v1"', lastModified: 'Tue, 10 Jun 2025 00:00:00 GMT' }, agent())
    expect(second).toEqual({ status: 'not-modified' })
    expect(seen[1]).toEqual({ etag: '"v1"', since: 'Tue, 10 Jun 2025 00:00:00 GMT', ua: USER_AGENT })
  })

  it('stores nothing twice when the poller gets a 304 and keeps the source ok', async () => {
    const feed = await startFeedServer()
    feed.publish({ guid: 'c-1', title: '威海市发布防汛预警' })
    let notModified = 0
    feed.route('/etag.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"1"') {
        notModified++
        return res.writeHead(304).end()
      }
      res.writeHead(200, { etag: '"1"', 'content-type': 'application/rss+xml' }).end(renderRss(feed.entries))
    })
    const { baseUrl } = await startTestApp()
    const created = await fetch(`${baseUrl}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'etag', url: feed.url('/etag.xml'), interval_s: 60 }) })
    const { id } = (await created.json()) as { id: number }
    const poll = async () => (await (await fetch(`${baseUrl}/api/sources/${id}/poll`, { method: 'POST' })).json()) as { new_items: number; source: { health: string } }
    expect((await poll()).new_items).toBe(1)
    const again = await poll()
    expect(again).toMatchObject({ new_items: 0, source: { health: 'ok' } })
    expect(notModified).toBe(1)
  })
})

describe('fetchFeed() address rules', () => {
  it('refuses a loopback URL when private feeds are not allowed', async () => {
    const feed = await startFeedServer()
    await expect(fetchFeed({ url: feed.url(), allowPrivate: false }, agent(false))).rejects.toMatchObject({ code: 'YQ_ERR_SOURCE_URL_REFUSED' })
    expect(feed.requests).toBe(0)
  })

  it('refuses at connect time a host name that resolves to loopback', async () => {
    const feed = await startFeedServer()
    const url = feed.url().replace('127.0.0.1', 'localhost')
    // The URL check is skipped here on purpose: the guarded agent's own lookup must still refuse.
    await expect(fetchFeed({ url, allowPrivate: true }, agent(false))).rejects.toMatchObject({ code: 'YQ_ERR_SOURCE_URL_REFUSED', message: expect.stringMatching(/private address/) })
    expect(feed.requests).toBe(0)
  })

  it('POST /api/sources refuses loopback feeds unless YQ_ALLOW_PRIVATE_FEEDS=1', async () => {
    const { baseUrl } = await startTestApp({ YQ_ALLOW_PRIVATE_FEEDS: '0' })
    const res = await fetch(`${baseUrl}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'x', url: 'http://127.0.0.1:9/feed.xml', interval_s: 60 }) })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ code: 'YQ_ERR_SOURCE_URL_REFUSED', message: expect.stringMatching(/YQ_ALLOW_PRIVATE_FEEDS/) })
  })
})

describe('parseRetryAfter()', () => {
  const now = new Date('2025-06-10T00:00:00Z')
  it.each([
    ['120', 120],
    ['Tue, 10 Jun 2025 00:10:00 GMT', 600],
    ['999999999', 86_400],
    ['soon', null],
    [null, null],
  ])('reads %s as %s seconds', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds)
  })
})
