import { describe, expect, it } from 'vitest'
import type { Item } from '@shared/types/item.ts'
import type { Source } from '@shared/types/source.ts'
import { startFeedServer } from '../../helpers/feed-server.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp } from '../../helpers/test-app.ts'

const json = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

async function items(baseUrl: string): Promise<Item[]> {
  return ((await (await fetch(`${baseUrl}/api/items`)).json()) as { items: Item[] }).items
}

describe("a source's place (属地) and the items that only say 我市", () => {
  it("tags a polled 我市 item of a local outlet with the outlet's city, shows why, and re-tags with a place an admin sets", async () => {
    const feed = await startFeedServer()
    const { baseUrl } = await startTestApp()
    feed.publish({ guid: 'w-1', title: '高高垃圾山终于清走了', description: '本报讯 7月20日，我市城区一工厂门前堆了两三年的垃圾山不见了。' })
    const res = await fetch(`${baseUrl}/api/sources`, { method: 'POST', ...json({ name: '潍坊晚报', url: feed.url(), interval_s: 60 }) })
    expect(res.status).toBe(201)
    const source = (await res.json()) as Source
    // Not set: read from the name.
    expect(source).toMatchObject({ place: null, place_in_force: { code: '370700', name: '潍坊市', derived: true } })
    await fetch(`${baseUrl}/api/sources/${source.id}/poll`, { method: 'POST' })
    const [item] = await items(baseUrl)
    expect(item!.region).toMatchObject({ province: '山东省', city: '潍坊市', county: null, outlet: '潍坊晚报' })
    expect(item!.region!.terms).toContain('我市')
    expect(item!.region!.confidence).toBeLessThan(0.7)
    expect(item!.unit?.name).toMatch(/^潍坊市/)

    // An admin sets the place (the paper is 寿光's edition): a re-tagging reads it.
    const patched = await fetch(`${baseUrl}/api/sources/${source.id}`, { method: 'PATCH', ...json({ place: '370783' }) })
    expect(patched.status).toBe(200)
    expect(await patched.json()).toMatchObject({ place: '370783', place_in_force: { code: '370783', name: '潍坊市寿光市', derived: false } })
    const socket = await connectSocket(baseUrl)
    const catalogue = (await (await fetch(`${baseUrl}/api/departments`)).json()) as { departments: unknown[] }
    const finished = nextEvent(socket, 'departments:retag_progress', (e) => e.data.finished)
    expect((await fetch(`${baseUrl}/api/departments`, { method: 'PUT', ...json({ departments: catalogue.departments }) })).status).toBe(200)
    await finished
    expect((await items(baseUrl))[0]!.region).toMatchObject({ city: '潍坊市', county: '寿光市', outlet: '潍坊晚报' })
  })

  it('gives a 我市 item of an outlet with no place, or set to none, no place', async () => {
    const feed = await startFeedServer()
    const { baseUrl } = await startTestApp()
    feed.publish({ guid: 'x-1', title: '我市环卫部门清理河道垃圾', description: '' })
    const source = (await (await fetch(`${baseUrl}/api/sources`, { method: 'POST', ...json({ name: '潍坊晚报', url: feed.url(), interval_s: 60, place: 'none' }) })).json()) as Source
    expect(source).toMatchObject({ place: 'none', place_in_force: null })
    await fetch(`${baseUrl}/api/sources/${source.id}/poll`, { method: 'POST' })
    expect((await items(baseUrl))[0]!.region).toBeNull()
    // Cleared: the name is read again.
    const cleared = await fetch(`${baseUrl}/api/sources/${source.id}`, { method: 'PATCH', ...json({ place: null }) })
    expect(await cleared.json()).toMatchObject({ place: null, place_in_force: { code: '370700', derived: true } })
    const other = (await (await fetch(`${baseUrl}/api/sources`, { method: 'POST', ...json({ name: '新华网', url: `${feed.url()}?b`, interval_s: 60 }) })).json()) as Source
    expect(other.place_in_force).toBeNull()
  })

  it('refuses a place that is not a home city or county, on create and on change, and keeps what was stored', async () => {
    const feed = await startFeedServer()
    const { baseUrl } = await startTestApp()
    const source = (await (await fetch(`${baseUrl}/api/sources`, { method: 'POST', ...json({ name: '青岛新闻网', url: feed.url(), interval_s: 60 }) })).json()) as Source
    const hostile: unknown[] = ['370000', '410100', '999999', '37020', '3702001', 'NONE', "370200' OR '1'='1", '３７０２００', 'x'.repeat(100_000), 410100, true, {}, ['410100']]
    for (const place of hostile) {
      const patch = await fetch(`${baseUrl}/api/sources/${source.id}`, { method: 'PATCH', ...json({ place }) })
      expect(patch.status, JSON.stringify(place).slice(0, 40)).toBeGreaterThanOrEqual(400)
      expect(patch.status).toBeLessThan(500)
      const create = await fetch(`${baseUrl}/api/sources`, { method: 'POST', ...json({ name: '某报', url: `${feed.url()}?p=${Math.random()}`, interval_s: 60, place }) })
      expect(create.status, JSON.stringify(place).slice(0, 40)).toBeGreaterThanOrEqual(400)
      expect(create.status).toBeLessThan(500)
    }
    const refused = await fetch(`${baseUrl}/api/sources/${source.id}`, { method: 'PATCH', ...json({ place: '410100' }) })
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { code: string }).code).toBe('YQ_ERR_SOURCE_PLACE')
    const list = ((await (await fetch(`${baseUrl}/api/sources`)).json()) as { sources: Source[] }).sources
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ place: null, place_in_force: { code: '370200', name: '青岛市', derived: true } })
  })
})
