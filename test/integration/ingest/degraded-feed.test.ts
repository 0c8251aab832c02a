import { describe, expect, it } from 'vitest'
import { insertSource } from '../../../server/ingest/source-store.ts'
import { renderRss, startFeedServer } from '../../helpers/feed-server.ts'
import { startTestApp } from '../../helpers/test-app.ts'

describe('poller() on a feed cut off mid-document', () => {
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
})
