import { describe, expect, it } from 'vitest'
import { insertSource } from '../../../server/ingest/source-store.ts'
import { renderRss, startFeedServer } from '../../helpers/feed-server.ts'
import { startTestApp } from '../../helpers/test-app.ts'

describe('poller() on a feed cut off or broken', () => {
  it('stores the items it could read and marks the source degraded with the reason and the count', async () => {
    const { app } = await startTestApp()
    const feed = await startFeedServer()
    const whole = renderRss([1, 2, 3, 4].map((i) => ({ guid: `t-${i}`, title: `潍坊市第${i}号通报` })))
    // Cut inside the fourth item: three complete items, then nothing.
    const cut = whole.slice(0, whole.indexOf('<item><guid>t-4')) + '<item><guid>t-4</guid><title>潍坊'
    feed.route('/cut.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(cut))
    const id = await insertSource(app.db, { name: 'cut', url: feed.url('/cut.xml'), kind: 'auto', interval_s: 60 }, new Date())

    await app.poller.pollNow(id)
    const source = await app.db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    expect(source.health).toBe('degraded')
    expect(source.last_error).toMatch(/cut off or broken \(\d+ elements never closed\); 4 items recovered/)
    const guids = (await app.db.selectFrom('items').select('guid').where('source_id', '=', id).execute()).map((r) => r.guid).sort()
    expect(guids).toEqual(['t-1', 't-2', 't-3', 't-4'])

    // Whole again: ok again.
    feed.route('/cut.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(whole))
    await app.poller.pollNow(id)
    expect(await app.db.selectFrom('sources').select(['health', 'last_error']).where('id', '=', id).executeTakeFirstOrThrow()).toEqual({ health: 'ok', last_error: null })
  })

  it('marks a feed with broken nesting degraded with the reason and the count, even when another broken feed was read just before', async () => {
    const { app } = await startTestApp()
    const feed = await startFeedServer()
    const item = (i: number) => `<item><guid>m-${i}</guid><title>临沂市第${i}号通报</title><link>https://ly.example.cn/${i}.html</link></item>`
    const head = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>临沂</title>'
    // An end tag that closes nothing, and an item that a later one is nested in.
    feed.route('/misnested.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`${head}${item(1)}<item><guid>m-2</guid><title>临沂</titel></item>${item(3)}</channel></rss>`))
    feed.route('/amp.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`${head}${item(4)}<item><guid>m-5</guid><title>水电 & 燃气</title></item></channel></rss>`))
    const misnested = await insertSource(app.db, { name: 'misnested', url: feed.url('/misnested.xml'), kind: 'auto', interval_s: 60 }, new Date())
    const amp = await insertSource(app.db, { name: 'amp', url: feed.url('/amp.xml'), kind: 'auto', interval_s: 60 }, new Date())

    await app.poller.pollNow(misnested)
    await app.poller.pollNow(amp)
    const sources = await app.db.selectFrom('sources').select(['id', 'health', 'last_error']).where('id', 'in', [misnested, amp]).orderBy('id').execute()
    expect(sources).toEqual([
      { id: misnested, health: 'degraded', last_error: expect.stringMatching(/^the XML (is not well-formed \(Unexpected close tag, line \d+, column \d+\)|is broken \(\d+ elements closed out of order\)); 3 items recovered$/) },
      { id: amp, health: 'degraded', last_error: expect.stringMatching(/^the XML is not well-formed \(Invalid character in entity name, line \d+, column \d+\); 2 items recovered$/) },
    ])
    const stored = await app.db.selectFrom('items').select(['guid', 'title']).where('source_id', 'in', [misnested, amp]).orderBy('guid').execute()
    expect(stored.map((r) => r.guid)).toEqual(['m-1', 'm-2', 'm-3', 'm-4', 'm-5'])
    expect(stored.find((r) => r.guid === 'm-5')!.title).toBe('水电 & 燃气')
  })

  it('reads a zoneless date as 北京时间 and a link without its scheme as https, through the poll', async () => {
    const { app } = await startTestApp()
    const feed = await startFeedServer()
    const body = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>德州</title>' +
      '<item><guid>z-1</guid><title>德州市发布寒潮预警</title><link>www.dezhou.example.cn/a.html</link><pubDate>2020/1/10 14:33:00</pubDate></item>' +
      '<item><guid>z-2</guid><title>德州市道路结冰</title><link>dz.example.gov.cn/b.html?id=2</link><pubDate>2020年1月11日 08:05</pubDate></item></channel></rss>'
    feed.route('/dz.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body))
    const id = await insertSource(app.db, { name: 'dz', url: feed.url('/dz.xml'), kind: 'auto', interval_s: 60 }, new Date())
    await app.poller.pollNow(id)
    const stored = await app.db.selectFrom('items').select(['guid', 'link', 'published_at']).where('source_id', '=', id).orderBy('guid').execute()
    expect(stored).toEqual([
      { guid: 'z-1', link: 'https://www.dezhou.example.cn/a.html', published_at: '2020-01-10T06:33:00.000Z' },
      { guid: 'z-2', link: 'https://dz.example.gov.cn/b.html?id=2', published_at: '2020-01-11T00:05:00.000Z' },
    ])
    expect(await app.db.selectFrom('sources').select('health').where('id', '=', id).executeTakeFirstOrThrow()).toEqual({ health: 'ok' })
  })
})
