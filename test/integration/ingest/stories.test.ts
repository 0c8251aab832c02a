import { describe, expect, it } from 'vitest'
import type { Story } from '@shared/api/stories.ts'
import { startFeedServer } from '../../helpers/feed-server.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp } from '../../helpers/test-app.ts'


async function addSource(baseUrl: string, name: string, url: string): Promise<number> {
  const res = await fetch(`${baseUrl}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, url, interval_s: 60 }) })
  return ((await res.json()) as { id: number }).id
}

const poll = (baseUrl: string, id: number) => fetch(`${baseUrl}/api/sources/${id}/poll`, { method: 'POST' })

describe('stories() across sources', () => {
  it('groups the same story from three sources with small wording changes into one story with three reports', async () => {
    const { baseUrl } = await startTestApp()
    const feeds = await Promise.all([startFeedServer(), startFeedServer(), startFeedServer()])
    feeds[0]!.publish({ guid: 'a', title: '济南市历下区一小学午餐分量不足引家长关注', description: '有家长反映孩子吃不饱' })
    feeds[1]!.publish({ guid: 'b', title: '济南历下区一小学午餐分量不足 引发家长关注', description: '记者了解到相关情况' })
    feeds[2]!.publish({ guid: 'c', title: '济南市历下区一小学午餐分量不足，引家长关注！', description: '' })
    // An unrelated item must stay its own story.
    feeds[2]!.publish({ guid: 'd', title: '青岛市黄岛区道路维修进展通报' })
    const ids = [await addSource(baseUrl, '大众网', feeds[0]!.url()), await addSource(baseUrl, '齐鲁网', feeds[1]!.url()), await addSource(baseUrl, '微博', feeds[2]!.url())]

    const socket = await connectSocket(baseUrl)
    const grown = nextEvent(socket, 'story:updated', (e) => e.data.report_count === 3)
    await poll(baseUrl, ids[0]!)
    await poll(baseUrl, ids[1]!)
    await poll(baseUrl, ids[2]!)
    expect((await grown).data).toMatchObject({ report_count: 3, source_count: 3 })

    const { stories } = (await (await fetch(`${baseUrl}/api/stories`)).json()) as { stories: Story[] }
    expect(stories).toHaveLength(2)
    const lunch = stories.find((s) => s.title.includes('午餐'))!
    expect(lunch).toMatchObject({ title: '济南市历下区一小学午餐分量不足引家长关注', report_count: 3, source_count: 3 })
    expect(Date.parse(lunch.last_seen_at)).toBeGreaterThanOrEqual(Date.parse(lunch.first_seen_at))
    expect(stories.find((s) => s.title.includes('青岛'))).toMatchObject({ report_count: 1 })

    const { items } = (await (await fetch(`${baseUrl}/api/items`)).json()) as { items: { title: string; story_id: number }[] }
    expect(items.filter((i) => i.story_id === lunch.id)).toHaveLength(3)
    const multi = (await (await fetch(`${baseUrl}/api/stories?min_reports=2`)).json()) as { stories: Story[] }
    expect(multi.stories.map((s) => s.id)).toEqual([lunch.id])
  })

  it('does not store an item again when its own source re-sends it under a new guid or a tracking link', async () => {
    const { baseUrl } = await startTestApp()
    const feed = await startFeedServer()
    feed.publish({ guid: 'x-1', title: '临沂市兰山区开展消防检查', description: '检查覆盖全区' })
    const id = await addSource(baseUrl, '临沂', feed.url())
    await poll(baseUrl, id)
    feed.entries.length = 0
    feed.publish({ guid: 'x-1-renamed', title: '临沂市兰山区开展消防检查', description: '检查覆盖全区' })
    const res = (await (await poll(baseUrl, id)).json()) as { new_items: number }
    expect(res.new_items).toBe(0)
  })
})
