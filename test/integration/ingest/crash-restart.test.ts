import { describe, expect, it } from 'vitest'
import { renderRss, startFeedServer, type FeedServer } from '../../helpers/feed-server.ts'
import { freePort, startServerProcess, waitForExit } from '../../helpers/server-process.ts'
import { tempDataDir } from '../../helpers/test-app.ts'

interface ItemsPage {
  items: { guid: string; first_seen_at: string }[]
  next_cursor: number | null
}

async function allItems(baseUrl: string): Promise<ItemsPage['items']> {
  const out: ItemsPage['items'] = []
  let cursor: number | null = null
  do {
    const page = (await (await fetch(`${baseUrl}/api/items?limit=500${cursor ? `&cursor=${cursor}` : ''}`)).json()) as ItemsPage
    out.push(...page.items)
    cursor = page.next_cursor
  } while (cursor)
  return out
}

// Three real server processes in a row; allow for a loaded machine.
describe('server process after kill -9', { timeout: 240_000 }, () => {
  it('neither loses nor duplicates an item when killed mid-poll and restarted', async () => {
    const feed = await startFeedServer()
    for (let i = 0; i < 400; i++) feed.publish({ guid: `k-${i}`, title: `日照市东港区第${i}号民生诉求办理情况`, description: '市民反映…'.repeat(20) })
    const dataDir = tempDataDir()
    const env = { YQ_DATA_DIR: dataDir, YQ_DEMO: '0', YQ_ALLOW_PRIVATE_FEEDS: '1', YQ_POLL_TICK_MS: '50' }
    const port = await freePort()

    // 1. First life: the source is polled on its own schedule; kill -9 as soon as a poll is under way.
    const first = await startServerProcess(env, port)
    const res = await fetch(`${first.baseUrl}/api/sources`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '压力源', url: feed.url(), interval_s: 5 }),
    })
    expect(res.status).toBe(201)
    while (feed.requests === 0) await new Promise((r) => setTimeout(r, 5))
    first.child.kill('SIGKILL')
    await waitForExit(first.child)
    feed.publish({ guid: 'after-crash', title: '德州市禹城市农村公路改造提速' })

    // 2. Second life on the same database: everything arrives, each guid once.
    const second = await startServerProcess(env, port)
    await expect.poll(async () => (await allItems(second.baseUrl)).length, { timeout: 60_000 }).toBe(401)
    const items = await allItems(second.baseUrl)
    expect(new Set(items.map((i) => i.guid)).size).toBe(401)

    // 3. A graceful stop and a third life change nothing either.
    const seenBefore = new Map(items.map((i) => [i.guid, i.first_seen_at]))
    second.child.kill('SIGTERM')
    expect(await waitForExit(second.child)).toBe(0)
    const third = await startServerProcess(env, port)
    await new Promise((r) => setTimeout(r, 500))
    const after = await allItems(third.baseUrl)
    expect(after).toHaveLength(401)
    for (const item of after) expect(item.first_seen_at).toBe(seenBefore.get(item.guid))
  })

  it('neither loses nor duplicates an item when killed while several sources\' batches share group commits', async () => {
    // Four feeds answer at once (held until every poll is waiting), so their batches queue together
    // and share transactions; the kill comes as soon as the first of them is committed.
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    const feeds: FeedServer[] = []
    for (let f = 0; f < 4; f++) {
      const feed = await startFeedServer()
      for (let i = 0; i < 100; i++) feed.publish({ guid: `g${f}-${i}`, title: `第${f}组聊城市东昌府区第${i}号供暖诉求办理情况`, description: '市民反映…'.repeat(10) })
      feed.route('/held.xml', (_req, res) => {
        void gate.then(() => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(renderRss(feed.entries)))
      })
      feeds.push(feed)
    }
    const dataDir = tempDataDir()
    const env = { YQ_DATA_DIR: dataDir, YQ_DEMO: '0', YQ_ALLOW_PRIVATE_FEEDS: '1', YQ_POLL_TICK_MS: '50' }
    const port = await freePort()

    const first = await startServerProcess(env, port)
    for (const [f, feed] of feeds.entries()) {
      const res = await fetch(`${first.baseUrl}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: `供暖${f}`, url: feed.url('/held.xml'), interval_s: 5 }) })
      expect(res.status).toBe(201)
    }
    while (feeds.some((feed) => feed.requests === 0)) await new Promise((r) => setTimeout(r, 5))
    open()
    await expect.poll(async () => (await allItems(first.baseUrl)).length, { timeout: 60_000, interval: 5 }).toBeGreaterThan(0)
    first.child.kill('SIGKILL')
    await waitForExit(first.child)

    const second = await startServerProcess(env, port)
    await expect.poll(async () => (await allItems(second.baseUrl)).length, { timeout: 60_000 }).toBe(400)
    const items = await allItems(second.baseUrl)
    expect(new Set(items.map((i) => i.guid)).size).toBe(400)
    second.child.kill('SIGTERM')
    expect(await waitForExit(second.child)).toBe(0)
  })
})
