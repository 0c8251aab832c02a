import { describe, expect, it } from 'vitest'
import { startFeedServer } from '../../helpers/feed-server.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp } from '../../helpers/test-app.ts'

async function addSource(baseUrl: string, url: string, name = '测试源'): Promise<{ id: number }> {
  const res = await fetch(`${baseUrl}/api/sources`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, url, interval_s: 60 }),
  })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: number }
}

async function pollNow(baseUrl: string, id: number): Promise<{ new_items: number; source: { health: string; last_error: string | null } }> {
  const res = await fetch(`${baseUrl}/api/sources/${id}/poll`, { method: 'POST' })
  expect(res.status).toBe(200)
  return (await res.json()) as never
}

describe('poller() from a loopback feed to a socket.io client', () => {
  it('stores a new item once and emits item:created after it is readable through the API', async () => {
    const feed = await startFeedServer()
    const { baseUrl } = await startTestApp()
    const socket = await connectSocket(baseUrl)
    const source = await addSource(baseUrl, feed.url())

    feed.publish({ guid: 'a-1', title: '济南市历下区一小学午餐分量不足引家长关注', description: '网友反映…' })
    const created = nextEvent(socket, 'item:created')
    expect((await pollNow(baseUrl, source.id)).new_items).toBe(1)
    const event = await created
    expect(event.data.title).toBe('济南市历下区一小学午餐分量不足引家长关注')
    expect(event.seq).toBeGreaterThan(0)

    // The event came after the commit: the item is already listed.
    const list = (await (await fetch(`${baseUrl}/api/items`)).json()) as { items: { id: number; guid: string }[] }
    expect(list.items.map((i) => i.id)).toContain(event.data.id)

    // Polling again stores nothing new.
    expect((await pollNow(baseUrl, source.id)).new_items).toBe(0)
    const again = (await (await fetch(`${baseUrl}/api/items?source_id=${source.id}`)).json()) as { items: unknown[] }
    expect(again.items).toHaveLength(1)
  })

  it('records a broken source with its reason and keeps polling the others', async () => {
    const feed = await startFeedServer()
    feed.route('/html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body>首页</body></html>'))
    feed.route('/hang', () => {
      /* never answers */
    })
    const { baseUrl, app } = await startTestApp()
    const good = await addSource(baseUrl, feed.url(), '正常源')
    const missing = await addSource(baseUrl, feed.url('/missing.xml'), '404 源')
    const html = await addSource(baseUrl, feed.url('/html'), 'HTML 源')
    feed.publish({ guid: 'g-1', title: '青岛市黄岛区道路维修进展通报' })

    // The hanging source is given a short timeout so the test does not wait 30 s.
    const { fetchFeed, createFeedAgent } = await import('../../../server/ingest/fetch-feed.ts')
    const agent = createFeedAgent()
    await expect(fetchFeed({ url: feed.url('/hang'), allowPrivate: true }, agent, { connectTimeoutMs: 500, totalTimeoutMs: 500, maxBytes: 1024 })).rejects.toMatchObject({
      code: 'YQ_ERR_FEED_TIMEOUT',
    })
    await agent.close()

    const results = await Promise.all([pollNow(baseUrl, missing.id), pollNow(baseUrl, html.id), pollNow(baseUrl, good.id)])
    expect(results[0].source.health).toBe('degraded')
    expect(results[0].source.last_error).toMatch(/404/)
    expect(results[1].source.last_error).toMatch(/HTML/)
    expect(results[2].new_items).toBe(1)
    expect(results[2].source.health).toBe('ok')

    const sources = (await (await fetch(`${baseUrl}/api/sources`)).json()) as { sources: { id: number; last_error: string | null }[] }
    expect(sources.sources.find((s) => s.id === missing.id)?.last_error).toMatch(/404/)
    await app.close()
  })
})
