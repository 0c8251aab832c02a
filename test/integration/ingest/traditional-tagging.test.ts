import { describe, expect, it } from 'vitest'
import type { ItemTags } from '@shared/types/item.ts'
import { startFeedServer } from '../../helpers/feed-server.ts'
import { startTestApp } from '../../helpers/test-app.ts'

describe('poller() with Traditional-character feeds', () => {
  it('stores titles as published and hands the Simplified form to app.tagItems', async () => {
    const feed = await startFeedServer()
    const { app, baseUrl } = await startTestApp()
    const seen: { title: string; text: string; source?: unknown }[] = []
    app.tagItems = async (items) => {
      seen.push(...items)
      return items.map((): ItemTags => ({ departments: [], region: null, unit: null, severity: null }))
    }
    feed.publish({ guid: 't-1', title: '臺灣國務院公告：高雄市政府回應民眾陳情', description: '濟南市歷下區' })
    const res = await fetch(`${baseUrl}/api/sources`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '繁體源', url: feed.url(), interval_s: 60 }),
    })
    const source = (await res.json()) as { id: number }
    const polled = (await (await fetch(`${baseUrl}/api/sources/${source.id}/poll`, { method: 'POST' })).json()) as { source: { kind: string; charset: string } }
    // Added without a kind, the source learns it (and its charset) from the feed.
    expect(polled.source).toMatchObject({ kind: 'rss', charset: 'utf-8' })

    expect(seen).toEqual([{ title: '台湾国务院公告：高雄市政府回应民众陈情', text: '济南市历下区', source: { name: '繁體源', place: null } }])
    const list = (await (await fetch(`${baseUrl}/api/items`)).json()) as { items: { title: string }[] }
    expect(list.items[0]!.title).toBe('臺灣國務院公告：高雄市政府回應民眾陳情')
  })
})
