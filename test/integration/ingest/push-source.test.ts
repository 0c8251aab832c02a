import { describe, expect, it } from 'vitest'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp } from '../../helpers/test-app.ts'

interface Created {
  id: number
  kind: string
  push_token?: string
  push_url?: string
}

async function createPushSource(baseUrl: string, name = '微博桥接'): Promise<Created> {
  const res = await fetch(`${baseUrl}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, kind: 'push', interval_s: 60 }) })
  expect(res.status).toBe(201)
  return (await res.json()) as Created
}

function push(baseUrl: string, id: number, body: unknown, token?: string, raw?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  return fetch(`${baseUrl}/api/sources/${id}/push`, { method: 'POST', headers, body: raw ?? JSON.stringify(body) })
}

const POST = { id: 'wb-1', url: 'https://weibo.example.cn/1', title: '日照市海滩垃圾问题引网友热议', content_html: '<p>网友反映<script>alert(1)</script>海滩垃圾</p>', date_published: '2025-06-10T08:00:00+08:00' }

describe('POST /api/sources/:id/push', () => {
  it('shows the token once at creation and stores pushed posts as items with item:created', async () => {
    const { baseUrl } = await startTestApp()
    const source = await createPushSource(baseUrl)
    expect(source.push_token).toMatch(/^yqp_/)
    expect(source.push_url).toBe(`/api/sources/${source.id}/push`)
    const listed = (await (await fetch(`${baseUrl}/api/sources`)).json()) as { sources: Record<string, unknown>[] }
    expect(JSON.stringify(listed)).not.toContain(source.push_token)

    const socket = await connectSocket(baseUrl)
    const created = nextEvent(socket, 'item:created')
    const res = await push(baseUrl, source.id, { version: 'https://jsonfeed.org/version/1.1', items: [POST] }, source.push_token)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ accepted: 1, new_items: 1 })
    const event = await created
    expect(event.data).toMatchObject({ title: POST.title, summary: '网友反映海滩垃圾', link: POST.url, published_at: '2025-06-10T00:00:00.000Z' })

    // Pushing the same post again stores nothing new.
    expect(await (await push(baseUrl, source.id, { items: [POST] }, source.push_token)).json()).toEqual({ accepted: 1, new_items: 0 })
  })

  it('refuses a missing, wrong or other source’s token with 401 and stores nothing', async () => {
    const { baseUrl } = await startTestApp()
    const a = await createPushSource(baseUrl, 'A')
    const b = await createPushSource(baseUrl, 'B')
    for (const token of [undefined, 'yqp_wrong', `${a.push_token}x`, b.push_token]) {
      const res = await push(baseUrl, a.id, { items: [POST] }, token)
      expect(res.status).toBe(401)
      expect(await res.json()).toMatchObject({ code: 'YQ_ERR_PUSH_TOKEN' })
    }
    const items = (await (await fetch(`${baseUrl}/api/items`)).json()) as { items: unknown[] }
    expect(items.items).toHaveLength(0)
  })

  it('rejects hostile bodies with a clear 4xx and keeps the source usable', async () => {
    const { baseUrl } = await startTestApp()
    const s = await createPushSource(baseUrl)
    const token = s.push_token!
    const cases: { body?: unknown; raw?: string; status: number }[] = [
      { raw: '{"items": [', status: 400 },
      { body: { items: [] }, status: 400 },
      { body: { items: 'nope' }, status: 400 },
      { body: { items: [{ title: 'no id' }] }, status: 400 },
      { body: { items: [{ id: 'x', title: { nested: true } }] }, status: 400 },
      { body: { items: Array.from({ length: 501 }, (_, i) => ({ id: `p${i}`, title: 't' })) }, status: 400 },
      { body: { items: [{ id: 'x', title: 'y'.repeat(2001) }] }, status: 400 },
      { raw: JSON.stringify({ items: [{ id: 'big', content_text: 'z'.repeat(5 * 1024 * 1024) }] }), status: 413 },
    ]
    for (const c of cases) {
      const res = await push(baseUrl, s.id, c.body, token, c.raw)
      expect(res.status, JSON.stringify(c.body ?? c.raw).slice(0, 60)).toBe(c.status)
      expect(((await res.json()) as { message: string }).message).toBeTruthy()
    }
    // Dangerous links are dropped and markup removed; the post itself is kept.
    const res = await push(baseUrl, s.id, { items: [{ id: 'js', url: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>莱芜区通报' }] }, token)
    expect(await res.json()).toEqual({ accepted: 1, new_items: 1 })
    const items = (await (await fetch(`${baseUrl}/api/items?source_id=${s.id}`)).json()) as { items: { title: string; link: string | null }[] }
    expect(items.items).toEqual([expect.objectContaining({ title: '莱芜区通报', link: null })])
  })

  it('answers 409 when pushing to a polled source or polling a push source', async () => {
    const { baseUrl } = await startTestApp()
    const polled = await fetch(`${baseUrl}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'rss', url: 'http://127.0.0.1:9/feed.xml', interval_s: 60 }) })
    const { id } = (await polled.json()) as { id: number }
    expect((await push(baseUrl, id, { items: [POST] }, 'yqp_x')).status).toBe(409)
    const s = await createPushSource(baseUrl)
    expect((await fetch(`${baseUrl}/api/sources/${s.id}/poll`, { method: 'POST' })).status).toBe(409)
    expect((await push(baseUrl, 9999, { items: [POST] }, 'yqp_x')).status).toBe(404)
  })
})
