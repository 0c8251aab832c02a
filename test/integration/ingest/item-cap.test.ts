import { describe, expect, it } from 'vitest'
import { insertSource } from '../../../server/ingest/source-store.ts'
import { renderRss, startFeedServer } from '../../helpers/feed-server.ts'
import { startTestApp } from '../../helpers/test-app.ts'

describe('poller() on a feed with more new items than one poll takes', () => {
  it('stores YQ_FEED_MAX_ITEMS per poll and the rest on the next polls, each once, despite the ETag', async () => {
    const { app } = await startTestApp({ YQ_FEED_MAX_ITEMS: '50' })
    const feed = await startFeedServer()
    for (let i = 0; i < 120; i++) feed.publish({ guid: `cap-${i}`, title: `第${i}号通报` })
    // The publisher answers 304 to its own ETag: a poll that left items behind must not send it.
    feed.route('/etag.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end()
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(renderRss(feed.entries))
    })
    const id = await insertSource(app.db, { name: 'big', url: feed.url('/etag.xml'), kind: 'auto', interval_s: 600 }, new Date())

    const counts: number[] = []
    for (let poll = 0; poll < 4; poll++) counts.push((await app.poller.pollNow(id)).newItems)
    expect(counts).toEqual([50, 50, 20, 0])

    const guids = (await app.db.selectFrom('items').select('guid').where('source_id', '=', id).execute()).map((r) => r.guid)
    expect(new Set(guids).size).toBe(120)
    expect(guids).toHaveLength(120)
    // With the backlog taken, validators are kept again and the interval applies.
    const source = await app.db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    expect(source).toMatchObject({ etag: '"v1"', health: 'ok' })
    expect(Date.parse(source.next_poll_at) - Date.parse(source.last_polled_at!)).toBe(600_000)
  })

  it('comes back within seconds, not a whole interval, while items are left', async () => {
    const { app } = await startTestApp({ YQ_FEED_MAX_ITEMS: '10' })
    const feed = await startFeedServer()
    for (let i = 0; i < 15; i++) feed.publish({ guid: `soon-${i}`, title: `第${i}号` })
    const id = await insertSource(app.db, { name: 'soon', url: feed.url(), kind: 'auto', interval_s: 3600 }, new Date())
    expect((await app.poller.pollNow(id)).newItems).toBe(10)
    const source = await app.db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    expect(Date.parse(source.next_poll_at) - Date.parse(source.last_polled_at!)).toBeLessThanOrEqual(5_000)
  })
})
