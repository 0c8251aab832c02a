import { describe, expect, it } from 'vitest'
import type { Item } from '@shared/types/item.ts'
import { startFeedServer } from '../../helpers/feed-server.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp } from '../../helpers/test-app.ts'

async function addAndPoll(baseUrl: string, url: string): Promise<number> {
  const res = await fetch(`${baseUrl}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: '测试源', url, interval_s: 60 }) })
  expect(res.status).toBe(201)
  const { id } = (await res.json()) as { id: number }
  const poll = await fetch(`${baseUrl}/api/sources/${id}/poll`, { method: 'POST' })
  return ((await poll.json()) as { new_items: number }).new_items
}

describe('classify plugin at ingestion', () => {
  it('tags each new item before item:created and shows the tags through /api/items', async () => {
    const feed = await startFeedServer()
    const { baseUrl } = await startTestApp()
    const socket = await connectSocket(baseUrl)
    feed.publish({ guid: 'f-1', title: '历下区一商场发生火灾 造成三人死亡', description: '济南市历下区一商场突发火灾，消防救援人员赶到现场扑救。' })
    const created = nextEvent(socket, 'item:created')
    expect(await addAndPoll(baseUrl, feed.url())).toBe(1)

    const event = await created
    expect(event.data.region).toEqual({ province: '山东省', city: '济南市', county: '历下区', code: '370102', confidence: expect.any(Number), terms: expect.arrayContaining(['历下区']) })
    expect(event.data.departments[0]).toMatchObject({ id: 'yjj', name: '应急管理局' })
    expect(event.data.unit).toEqual({ id: '370102-yjj', name: '济南市历下区应急管理局' })
    expect(event.data.severity).toMatchObject({ level: 'III' })

    const list = (await (await fetch(`${baseUrl}/api/items`)).json()) as { items: Item[] }
    expect(list.items[0]).toMatchObject({ region: event.data.region, unit: event.data.unit, severity: { level: 'III' } })
  })

  it('writes the tags to the indexed tag table so items can be found by department, place and level', async () => {
    const feed = await startFeedServer()
    const { baseUrl, app } = await startTestApp()
    feed.publish({ guid: 'a', title: '历下区一奶茶店被曝使用过期原料', description: '市场监管部门已上门检查' })
    feed.publish({ guid: 'b', title: '青岛开展消防应急演练', description: '模拟火灾发生后人员疏散' })
    feed.publish({ guid: 'c', title: '打开封条后清点物品', description: '' })
    expect(await addAndPoll(baseUrl, feed.url())).toBe(3)

    const rows = await app.db.selectFrom('item_tags').innerJoin('items', 'items.id', 'item_tags.item_id').select(['items.guid', 'kind', 'tag', 'at', 'items.first_seen_at']).execute()
    const of = (guid: string) => rows.filter((r) => r.guid === guid).map((r) => `${r.kind}:${r.tag}`).sort()
    expect(of('a')).toEqual(expect.arrayContaining(['department:scjgj', 'city:济南市', 'county:历下区', 'region_code:370102', 'unit:370102-scjgj']))
    expect(of('b').some((t) => t.startsWith('level:'))).toBe(false)
    expect(of('c')).toEqual([])
    expect(rows.every((r) => r.at === r.first_seen_at)).toBe(true)
  })
})
