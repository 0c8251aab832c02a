import { describe, expect, it } from 'vitest'
import type { TSchema } from 'typebox'
import { Case, CaseList } from '@shared/api/cases.ts'
import { ErrorSchema } from '@shared/api/common.ts'
import { Item, ItemPage } from '@shared/api/items.ts'
import { CreatedSource, PolledSource, PushToken, Source, SourceList, TestedFeed } from '@shared/api/sources.ts'
import { Story, StoryPage } from '@shared/api/stories.ts'
import { Claims, Decided, MajorStories, OpenCaseOptions, QueuePage, Released, StoryClaim, StoryRestored, StoryTriaged, TriageCounts } from '@shared/api/triage.ts'
import { loadCase } from '../../../server/cases/index.ts'
import { readQueue } from '../../../server/triage/queue.ts'
import { api, HOUR_MS, insertItem } from '../../helpers/case-fixtures.ts'
import { startFeedServer } from '../../helpers/feed-server.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp } from '../../helpers/test-app.ts'
import { insertStory } from '../../helpers/triage-fixtures.ts'
import { closed, problems } from '../../helpers/wire-check.ts'

describe('the shared wire schemas describe what the server really sends', () => {
  it('a case with a full timeline (opened, patched, events filed) matches shared/api/cases.ts, before and after serialization', async () => {
    const { app, baseUrl } = await startTestApp()
    const opened = await api(baseUrl, 'POST', '/api/cases', { title: '事件', kind: 'incident', level: 'IV', item_ids: [await insertItem(app, new Date(Date.now() - 2 * HOUR_MS))] })
    expect(opened.status).toBe(201)
    const id = opened.body.id
    expect((await api(baseUrl, 'PATCH', `/api/cases/${id}`, { level: 'I', supervised: true, lead_unit_id: '370000-yjj', cooperating_unit_ids: ['370000-xcb'], note: '牵头' })).status).toBe(200)
    expect((await api(baseUrl, 'POST', `/api/cases/${id}/events`, { type: 'flagged', flag: 'late_report', note: '迟报' })).status).toBe(201)
    expect((await api(baseUrl, 'POST', `/api/cases/${id}/events`, { type: 'coordinated', partner: 'cyberspace' })).status).toBe(201)
    const read = await api(baseUrl, 'GET', `/api/cases/${id}`)
    expect(read.body.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['opened', 'updated', 'flagged', 'coordinated']))

    // What the client receives, and what the server built before Fastify serialized it.
    expect(problems(Case, read.body)).toEqual([])
    expect(problems(closed(Case), await loadCase(app.db, id, new Date()))).toEqual([])
    const list = await api<unknown>(baseUrl, 'GET', '/api/cases?limit=10')
    expect(problems(CaseList, list.body)).toEqual([])
  })

  it('a source, its tagged items and their story match shared/api/sources.ts, items.ts and stories.ts, as built (socket) and as sent (HTTP)', async () => {
    const feed = await startFeedServer()
    const { baseUrl } = await startTestApp()
    const socket = await connectSocket(baseUrl)
    feed.publish({ guid: 'w-1', title: '历下区一商场发生火灾 造成三人死亡', description: '济南市历下区一商场突发火灾，消防救援人员赶到现场扑救。' })
    feed.publish({ guid: 'w-2', title: '青岛市民反映供暖不热', description: '多个小区居民称暖气温度不达标' })

    const tested = await api<unknown>(baseUrl, 'POST', '/api/sources/test', { url: feed.url() })
    expect(tested.status).toBe(200)
    expect(problems(closed(TestedFeed), tested.body)).toEqual([])

    const built = nextEvent(socket, 'source:updated')
    const created = await api<{ id: number }>(baseUrl, 'POST', '/api/sources', { name: '测试源', url: feed.url(), interval_s: 60 })
    expect(created.status).toBe(201)
    expect(problems(closed(CreatedSource), created.body)).toEqual([])
    expect(problems(closed(Source), (await built).data)).toEqual([])

    const itemBuilt = nextEvent(socket, 'item:created')
    const storyBuilt = nextEvent(socket, 'story:updated')
    const polled = await api<unknown>(baseUrl, 'POST', `/api/sources/${created.body.id}/poll`, {})
    expect(problems(closed(PolledSource), polled.body)).toEqual([])
    const item = (await itemBuilt).data
    expect(item.region).not.toBeNull()
    expect(problems(closed(Item), item)).toEqual([])

    // Sent over HTTP, every field the server built survives the serializer, tags included.
    const items = await api<{ items: Item[] }>(baseUrl, 'GET', '/api/items?limit=10')
    expect(problems(ItemPage, items.body)).toEqual([])
    expect(items.body.items.find((i) => i.id === item.id)).toEqual(item)
    const story = (await storyBuilt).data
    expect(problems(closed(Story), story)).toEqual([])
    const stories = await api<{ stories: Story[] }>(baseUrl, 'GET', '/api/stories?limit=10')
    expect(problems(StoryPage, stories.body)).toEqual([])
    expect(stories.body.stories.find((s) => s.id === story.id)).toEqual(story)
    const sources = await api<{ sources: Source[] }>(baseUrl, 'GET', '/api/sources')
    expect(problems(SourceList, sources.body)).toEqual([])
    expect(sources.body.sources.find((s) => s.id === created.body.id)).toEqual((await api(baseUrl, 'PATCH', `/api/sources/${created.body.id}`, { interval_s: 60 })).body)

    const push = await api<{ id: number; push_token?: string }>(baseUrl, 'POST', '/api/sources', { name: '推送源', kind: 'push', interval_s: 60 })
    expect(push.body.push_token).toEqual(expect.any(String))
    expect(problems(closed(CreatedSource), push.body)).toEqual([])
    expect(problems(closed(PushToken), (await api<unknown>(baseUrl, 'POST', `/api/sources/${push.body.id}/token`, {})).body)).toEqual([])
  })

  it('the triage queue, claims and every decision match shared/api/triage.ts, as built (queue, socket) and as sent (HTTP)', async () => {
    const { app, baseUrl } = await startTestApp()
    const [major, dismissed, watched, linked] = [await insertStory(app, { level: 'I', reports: 2 }), await insertStory(app), await insertStory(app), await insertStory(app)]
    const socket = await connectSocket(baseUrl)
    const check = (schema: TSchema, value: unknown) => expect(problems(closed(schema), value)).toEqual([])

    const claimed = nextEvent(socket, 'story:claimed')
    const claims = await api<unknown>(baseUrl, 'POST', '/api/triage/claims', { story_ids: [major] })
    expect(claims.status).toBe(200)
    check(Claims, claims.body)
    check(StoryClaim, (await claimed).data)

    // The page the server builds (claims, tags, sources) is the page the client receives, field for field.
    const query = { sort: 'newest', state: 'untriaged', limit: 50 } as const
    const built = await readQueue(app.db, query, new Date())
    expect(built.stories.find((r) => r.story_id === major)?.claim).not.toBeNull()
    check(QueuePage, built)
    const queue = await api<unknown>(baseUrl, 'GET', '/api/triage/queue?limit=50')
    expect(queue.body).toEqual(JSON.parse(JSON.stringify(built)))
    check(TriageCounts, (await api<unknown>(baseUrl, 'GET', '/api/triage/counts')).body)
    const banner = await api<{ stories: unknown[] }>(baseUrl, 'GET', '/api/triage/major')
    expect(banner.body.stories).toHaveLength(1)
    check(MajorStories, banner.body)
    check(Released, (await api<unknown>(baseUrl, 'POST', '/api/triage/release', { story_ids: [major] })).body)

    const triaged = nextEvent(socket, 'story:triaged')
    const opened = await api<{ case: { id: number } }>(baseUrl, 'POST', '/api/triage/open', { story_ids: [major], case: { title: '历下区供水中断', kind: 'opinion', level: 'IV' } })
    expect(opened.status).toBe(201)
    check(Decided, opened.body)
    check(StoryTriaged, (await triaged).data)
    const link = await api<{ triaged: { case_id: number } }>(baseUrl, 'POST', '/api/triage/link', { story_ids: [linked], case_id: opened.body.case.id })
    expect(link.body.triaged.case_id).toBe(opened.body.case.id)
    check(Decided, link.body)
    const dismiss = await api<{ case: unknown; triaged: { undo_until: string | null } }>(baseUrl, 'POST', '/api/triage/dismiss', { story_ids: [dismissed], reason: '广告' })
    expect(dismiss.body.case).toBeNull()
    expect(dismiss.body.triaged.undo_until).toEqual(expect.any(String))
    check(Decided, dismiss.body)
    const restored = nextEvent(socket, 'story:restored')
    check(StoryRestored, (await api<unknown>(baseUrl, 'POST', '/api/triage/undo', { story_ids: [dismissed] })).body)
    check(StoryRestored, (await restored).data)
    check(Decided, (await api<unknown>(baseUrl, 'POST', '/api/triage/watch', { story_ids: [watched] })).body)
    const watchQueue = await api<{ stories: { decision: string | null }[] }>(baseUrl, 'GET', '/api/triage/queue?state=watch')
    expect(watchQueue.body.stories.map((r) => r.decision)).toEqual(['watch'])
    check(QueuePage, watchQueue.body)

    const picker = await api<{ cases: { id: number }[] }>(baseUrl, 'GET', '/api/triage/cases?q=供水')
    expect(picker.body.cases.map((c) => c.id)).toEqual([opened.body.case.id])
    check(OpenCaseOptions, picker.body)
  })

  it('a refusal matches the shared error schema', async () => {
    const { baseUrl } = await startTestApp()
    const missing = await api<unknown>(baseUrl, 'GET', '/api/cases/999999')
    expect(missing.status).toBe(404)
    expect(problems(closed(ErrorSchema), missing.body)).toEqual([])
    const noSource = await api<{ code?: string }>(baseUrl, 'DELETE', '/api/sources/999999')
    expect(noSource.status).toBe(404)
    expect(noSource.body.code).toBe('YQ_ERR_SOURCE_NOT_FOUND')
    expect(problems(closed(ErrorSchema), noSource.body)).toEqual([])
    for (const [path, body, status] of [['/api/triage/claims', { story_ids: [999999] }, 404], ['/api/triage/undo', { story_ids: [999999] }, 409]] as const) {
      const refused = await api<unknown>(baseUrl, 'POST', path, body)
      expect(refused.status).toBe(status)
      expect(problems(closed(ErrorSchema), refused.body)).toEqual([])
    }
    const badCursor = await api<{ code?: string }>(baseUrl, 'GET', '/api/triage/queue?cursor=nonsense')
    expect(badCursor.body.code).toBe('YQ_ERR_BAD_CURSOR')
    expect(problems(closed(ErrorSchema), badCursor.body)).toEqual([])
  })

  it('the closed check does fail on a field the schema does not name', () => {
    expect(problems(closed(ErrorSchema), { statusCode: 404, code: 'X', extra: 1 })).not.toEqual([])
  })
})
