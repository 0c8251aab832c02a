import { describe, expect, it } from 'vitest'
import { startFeedServer } from '../../helpers/feed-server.ts'
import { startTestApp } from '../../helpers/test-app.ts'

async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T
}

describe('POST /api/cases from a tagged item', () => {
  it('takes the tagging’s suggested unit when none is given, for a county department', async () => {
    const feed = await startFeedServer()
    feed.publish({
      guid: 'zq-1',
      title: '济南市章丘区一化工企业发生爆炸 已致3人死亡',
      description: '记者从章丘区应急管理局获悉，事故造成3人死亡、8人受伤，救援正在进行。',
    })
    const { baseUrl } = await startTestApp()
    const source = await json<{ id: number }>(
      await fetch(`${baseUrl}/api/sources`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: '测试源', url: feed.url(), interval_s: 60 }),
      }),
    )
    await fetch(`${baseUrl}/api/sources/${source.id}/poll`, { method: 'POST' })
    const { items } = await json<{ items: { id: number; unit: { id: string; name: string } | null }[] }>(await fetch(`${baseUrl}/api/items`))
    const item = items[0]!
    expect(item.unit).toEqual({ id: '370114-yjj', name: '济南市章丘区应急管理局' })

    const res = await fetch(`${baseUrl}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: '章丘区化工企业爆炸', kind: 'incident', level: 'III', item_ids: [item.id] }),
    })
    expect(res.status).toBe(201)
    const created = await json<{ unit: { id: string; name: string } }>(res)
    expect(created.unit).toMatchObject({ id: '370114-yjj', name: '济南市章丘区应急管理局' })
  })
})
