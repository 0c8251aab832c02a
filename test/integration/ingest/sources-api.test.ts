import { describe, expect, it } from 'vitest'
import { startTestApp } from '../../helpers/test-app.ts'

async function post(baseUrl: string, body: unknown, raw?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${baseUrl}/api/sources`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: raw ?? JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

describe('POST /api/sources', () => {
  it.each([
    ['a missing url', { name: 'x', interval_s: 60 }, /url/i],
    ['an interval below 5 s', { name: 'x', url: 'https://news.example.cn/rss', interval_s: 1 }, /interval_s/],
    ['an interval above a day', { name: 'x', url: 'https://news.example.cn/rss', interval_s: 90_000 }, /interval_s/],
    ['an empty name', { name: '', url: 'https://news.example.cn/rss', interval_s: 60 }, /name/],
    ['an unknown kind', { name: 'x', url: 'https://news.example.cn/rss', interval_s: 60, kind: 'gopher' }, /kind/],
    ['a string interval', { name: 'x', url: 'https://news.example.cn/rss', interval_s: 'often' }, /interval_s/],
    ['an unknown field', { name: 'x', url: 'https://news.example.cn/rss', interval_s: 60, admin: true }, /additional/i],
  ])('refuses %s with 400 and a message naming the field', async (_what, body, message) => {
    const { baseUrl } = await startTestApp()
    const res = await post(baseUrl, body)
    expect(res.status).toBe(400)
    expect(String(res.json.message)).toMatch(message)
    const list = (await (await fetch(`${baseUrl}/api/sources`)).json()) as { sources: unknown[] }
    expect(list.sources).toHaveLength(0)
  })

  it('refuses malformed JSON with 400', async () => {
    const { baseUrl } = await startTestApp()
    expect((await post(baseUrl, null, '{"name": "x", ')).status).toBe(400)
  })

  it('refuses loopback and file URLs unless private feeds are allowed', async () => {
    const { baseUrl } = await startTestApp({ YQ_ALLOW_PRIVATE_FEEDS: '0' })
    const loop = await post(baseUrl, { name: 'x', url: 'http://127.0.0.1:9/feed', interval_s: 60 })
    expect(loop.status).toBe(400)
    expect(loop.json.code).toBe('YQ_ERR_SOURCE_URL_REFUSED')
    const file = await post(baseUrl, { name: 'x', url: 'file:///etc/passwd', interval_s: 60 })
    expect(file.json.code).toBe('YQ_ERR_SOURCE_URL_REFUSED')
  })

  it('refuses the same feed twice with 409 and keeps the first', async () => {
    const { baseUrl } = await startTestApp()
    const first = await post(baseUrl, { name: '一', url: 'http://127.0.0.1:9/feed', interval_s: 60 })
    expect(first.status).toBe(201)
    const second = await post(baseUrl, { name: '二', url: 'http://127.0.0.1:9/feed', interval_s: 60 })
    expect(second.status).toBe(409)
    expect(second.json.code).toBe('YQ_ERR_SOURCE_DUPLICATE')
    const list = (await (await fetch(`${baseUrl}/api/sources`)).json()) as { sources: { name: string }[] }
    expect(list.sources.map((s) => s.name)).toEqual(['一'])
  })
})

describe('GET /api/items', () => {
  it.each(['limit=0', 'limit=100000', 'limit=abc', 'cursor=-4', 'source_id=x'])('refuses ?%s with 400', async (query) => {
    const { baseUrl } = await startTestApp()
    expect((await fetch(`${baseUrl}/api/items?${query}`)).status).toBe(400)
  })
})
