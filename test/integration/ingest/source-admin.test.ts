import { describe, expect, it } from 'vitest'
import type { Source } from '@shared/types/source.ts'
import { startFeedServer } from '../../helpers/feed-server.ts'
import { makeRoleWorld } from '../../helpers/roles.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp } from '../../helpers/test-app.ts'

async function call(baseUrl: string, method: string, path: string, body?: unknown, raw?: string) {
  const res = await fetch(baseUrl + path, {
    method,
    headers: body === undefined && raw === undefined ? {} : { 'content-type': 'application/json' },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  return { status: res.status, json: (await res.json().catch(() => ({}))) as Record<string, unknown> & Partial<Source> }
}

const list = async (baseUrl: string) => ((await (await fetch(`${baseUrl}/api/sources`)).json()) as { sources: Source[] }).sources

describe('PATCH/DELETE /api/sources/:id and push tokens', () => {
  it('changes the interval, pauses and resumes with an audit event and source:updated each time', async () => {
    const feed = await startFeedServer()
    const { app, baseUrl } = await startTestApp()
    const socket = await connectSocket(baseUrl)
    const { json: created } = await call(baseUrl, 'POST', '/api/sources', { name: '一', url: feed.url(), interval_s: 600 })
    const id = created.id!

    const updated = nextEvent(socket, 'source:updated', (e) => e.data.id === id && e.data.interval_s === 60)
    const patched = await call(baseUrl, 'PATCH', `/api/sources/${id}`, { interval_s: 60 })
    expect(patched.status).toBe(200)
    expect((await updated).data.interval_s).toBe(60)

    const paused = nextEvent(socket, 'source:updated', (e) => e.data.id === id && !e.data.enabled)
    expect((await call(baseUrl, 'PATCH', `/api/sources/${id}`, { enabled: false })).json.enabled).toBe(false)
    await paused
    expect((await call(baseUrl, 'PATCH', `/api/sources/${id}`, { enabled: true })).json.enabled).toBe(true)

    const events = await app.db.selectFrom('events').select(['type', 'actor']).where('entity', '=', 'source').where('entity_id', '=', id).orderBy('id').execute()
    expect(events).toEqual([
      { type: 'source.created', actor: 'admin' },
      { type: 'source.updated', actor: 'admin' },
      { type: 'source.paused', actor: 'admin' },
      { type: 'source.resumed', actor: 'admin' },
    ])
  })

  it.each([
    ['an interval out of range', { interval_s: 3 }, 400],
    ['an interval of a week', { interval_s: 604_800 }, 400],
    ['a blank name', { name: '   ' }, 400],
    ['an empty body', {}, 400],
    ['an unknown field', { url: 'http://elsewhere.example/' }, 400],
    ['a non-boolean pause', { enabled: 'no' }, 400],
  ])('refuses %s and changes nothing', async (_what, body, status) => {
    const { baseUrl } = await startTestApp()
    const { json: created } = await call(baseUrl, 'POST', '/api/sources', { name: '一', url: 'http://127.0.0.1:9/feed', interval_s: 600 })
    expect((await call(baseUrl, 'PATCH', `/api/sources/${created.id}`, body)).status).toBe(status)
    expect((await list(baseUrl))[0]).toMatchObject({ name: '一', interval_s: 600, enabled: true })
  })

  it('deletes by archiving: the source leaves the list and the poller, its items stay, and adding the feed again brings it back', async () => {
    const feed = await startFeedServer()
    feed.publish({ guid: 'a', title: '济南市历下区一小学午餐分量不足' })
    const { baseUrl } = await startTestApp()
    const { json: created } = await call(baseUrl, 'POST', '/api/sources', { name: '一', url: feed.url(), interval_s: 600 })
    await call(baseUrl, 'POST', `/api/sources/${created.id}/poll`, {})
    const deleted = await call(baseUrl, 'DELETE', `/api/sources/${created.id}`)
    expect(deleted.status).toBe(200)
    expect(deleted.json.archived).toBe(true)
    expect(await list(baseUrl)).toEqual([])
    const items = (await (await fetch(`${baseUrl}/api/items?source_id=${created.id}`)).json()) as { items: unknown[] }
    expect(items.items).toHaveLength(1)
    expect((await call(baseUrl, 'POST', `/api/sources/${created.id}/poll`, {})).status).toBe(404)
    expect((await call(baseUrl, 'DELETE', `/api/sources/${created.id}`)).status).toBe(404)
    expect((await call(baseUrl, 'PATCH', `/api/sources/${created.id}`, { interval_s: 60 })).status).toBe(404)

    const again = await call(baseUrl, 'POST', '/api/sources', { name: '一（恢复）', url: feed.url(), interval_s: 300 })
    expect(again.status).toBe(201)
    expect(again.json).toMatchObject({ id: created.id, name: '一（恢复）', archived: false, enabled: true })
  })

  it('rotates a push token: the new one is shown once and the old one stops working', async () => {
    const { baseUrl } = await startTestApp()
    const { json: created } = await call(baseUrl, 'POST', '/api/sources', { name: '桥', kind: 'push', interval_s: 60 })
    const oldToken = created.push_token as string
    const push = (token: string) =>
      fetch(`${baseUrl}/api/sources/${created.id}/push`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ items: [{ id: `x${token.slice(-4)}`, title: '推送测试' }] }) })
    expect((await push(oldToken)).status).toBe(200)
    const rotated = await call(baseUrl, 'POST', `/api/sources/${created.id}/token`, {})
    expect(rotated.status).toBe(200)
    expect(rotated.json.push_token).toMatch(/^yqp_/)
    expect(rotated.json.push_token).not.toBe(oldToken)
    expect((await push(oldToken)).status).toBe(401)
    expect((await push(rotated.json.push_token as string)).status).toBe(200)
    await call(baseUrl, 'PATCH', `/api/sources/${created.id}`, { enabled: false })
    expect((await push(rotated.json.push_token as string)).status).toBe(409)

    const polled = await call(baseUrl, 'POST', '/api/sources', { name: '订阅', url: 'http://127.0.0.1:9/feed', interval_s: 60 })
    expect((await call(baseUrl, 'POST', `/api/sources/${polled.json.id}/token`, {})).json.code).toBe('YQ_ERR_SOURCE_KIND')
  })

  it('refuses other roles and huge bodies', async () => {
    const t = await startTestApp()
    const world = await makeRoleWorld(t)
    const { json: created } = await call(t.baseUrl, 'POST', '/api/sources', { name: '一', url: 'http://127.0.0.1:9/feed', interval_s: 600 })
    const res = await fetch(`${t.baseUrl}/api/sources/${created.id}`, { method: 'PATCH', headers: { ...world.headers('operator', 'PATCH'), 'content-type': 'application/json' }, body: JSON.stringify({ enabled: false }) })
    expect(res.status).toBe(403)
    const huge = await call(t.baseUrl, 'PATCH', `/api/sources/${created.id}`, undefined, JSON.stringify({ name: 'x'.repeat(100_000) }))
    expect(huge.status).toBe(413)
    expect((await list(t.baseUrl)).find((s) => s.id === created.id)).toMatchObject({ name: '一', enabled: true })
  })
})
