import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import type { StoryTriaged } from '@shared/types/triage.ts'
import { api } from '../../helpers/case-fixtures.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp, type TestApp } from '../../helpers/test-app.ts'
import { insertStory } from '../../helpers/triage-fixtures.ts'

interface ErrorBody {
  code: string
  message: string
}

const draft = { title: '历下区供水中断', kind: 'opinion', level: 'IV' }

async function count(t: TestApp, table: 'cases' | 'events' | 'triage_decisions'): Promise<number> {
  const row = await t.app.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

describe('triage actions', () => {
  it('POST /api/triage/open by two operators at once opens exactly one case; the other gets 409 naming who has it', async () => {
    const t = await startTestApp()
    for (let round = 0; round < 3; round++) {
      const story = await insertStory(t.app, { reports: 2 })
      const actors = ['张三', '李四', '王五', '赵六']
      const results = await Promise.all(actors.map((actor) => api<ErrorBody>(t.baseUrl, 'POST', '/api/triage/open', { story_ids: [story], actor, case: draft })))
      const won = results.filter((r) => r.status === 201)
      const lost = results.filter((r) => r.status === 409)
      expect(won).toHaveLength(1)
      expect(lost).toHaveLength(3)
      const winner = actors[results.findIndex((r) => r.status === 201)]!
      for (const r of lost) {
        expect(r.body.code).toBe('YQ_ERR_STORY_TRIAGED')
        expect(r.body.message).toContain(winner)
      }
    }
    expect(await count(t, 'cases')).toBe(3)
  })

  it('POST /api/triage/open links every report, publishes case:created and story:triaged, and leaves the queue', async () => {
    const t = await startTestApp()
    const story = await insertStory(t.app, { reports: 3 })
    const other = await insertStory(t.app)
    const socket = await connectSocket(t.baseUrl)
    const created = nextEvent(socket, 'case:created')
    const triaged = nextEvent(socket, 'story:triaged')
    const counts = nextEvent(socket, 'triage:counts')
    const res = await api<{ case: Case; triaged: StoryTriaged }>(t.baseUrl, 'POST', '/api/triage/open', { story_ids: [story], actor: '张三', case: { ...draft, unit_id: '370100' } })
    expect(res.status).toBe(201)
    expect(res.body.case.items).toHaveLength(3)
    expect(res.body.case.unit.id).toBe('370100')
    expect((await created).data.id).toBe(res.body.case.id)
    expect((await triaged).data).toMatchObject({ story_ids: [story], action: 'opened', actor: '张三', case_id: res.body.case.id })
    expect((await counts).data.untriaged).toBe(1)
    const queue = await api<{ stories: { story_id: number }[] }>(t.baseUrl, 'GET', '/api/triage/queue')
    expect(queue.body.stories.map((s) => s.story_id)).toEqual([other])
    const audit = await t.app.db.selectFrom('events').select(['type', 'actor', 'entity_id']).where('type', '=', 'story.triaged').execute()
    expect(audit).toEqual([{ type: 'story.triaged', actor: '张三', entity_id: story }])
  })

  it('POST /api/triage/claims refuses a story another operator holds until the claim expires', async () => {
    const t = await startTestApp()
    const story = await insertStory(t.app)
    const socket = await connectSocket(t.baseUrl)
    const claimed = nextEvent(socket, 'story:claimed')
    expect((await api(t.baseUrl, 'POST', '/api/triage/claims', { story_ids: [story], actor: '张三' })).status).toBe(200)
    expect((await claimed).data).toMatchObject({ story_id: story, actor: '张三' })
    const refused = await api<ErrorBody>(t.baseUrl, 'POST', '/api/triage/claims', { story_ids: [story], actor: '李四' })
    expect(refused.status).toBe(409)
    expect(refused.body).toMatchObject({ code: 'YQ_ERR_STORY_CLAIMED' })
    expect(refused.body.message).toContain('张三')
    const dismiss = await api<ErrorBody>(t.baseUrl, 'POST', '/api/triage/dismiss', { story_ids: [story], actor: '李四', reason: '重复' })
    expect(dismiss.status).toBe(409)
    // Inactivity: the claim's time runs out (set in the database rather than waiting five minutes).
    await t.app.db.updateTable('triage_claims').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).execute()
    expect((await api(t.baseUrl, 'POST', '/api/triage/claims', { story_ids: [story], actor: '李四' })).status).toBe(200)
    const released = await api<{ released: unknown[] }>(t.baseUrl, 'POST', '/api/triage/release', { story_ids: [story], actor: '张三' })
    expect(released.body.released).toEqual([])
    expect((await api<{ released: unknown[] }>(t.baseUrl, 'POST', '/api/triage/release', { story_ids: [story], actor: '李四' })).body.released).toHaveLength(1)
  })

  it('POST /api/triage/undo restores a dismissal within its window, only for the one who dismissed', async () => {
    const t = await startTestApp()
    const [a, b] = [await insertStory(t.app), await insertStory(t.app)]
    await api(t.baseUrl, 'POST', '/api/triage/dismiss', { story_ids: [a, b], actor: '张三', reason: '与本地无关' })
    expect((await api<{ stories: unknown[] }>(t.baseUrl, 'GET', '/api/triage/queue')).body.stories).toHaveLength(0)
    const stranger = await api<ErrorBody>(t.baseUrl, 'POST', '/api/triage/undo', { story_ids: [a], actor: '李四' })
    expect(stranger).toMatchObject({ status: 409, body: { code: 'YQ_ERR_UNDO_EXPIRED' } })
    const socket = await connectSocket(t.baseUrl)
    const restored = nextEvent(socket, 'story:restored')
    expect((await api(t.baseUrl, 'POST', '/api/triage/undo', { story_ids: [a], actor: '张三' })).status).toBe(200)
    expect((await restored).data.story_ids).toEqual([a])
    await t.app.db.updateTable('triage_decisions').set({ undo_until: new Date(Date.now() - 1).toISOString() }).execute()
    expect((await api<ErrorBody>(t.baseUrl, 'POST', '/api/triage/undo', { story_ids: [b], actor: '张三' })).body.code).toBe('YQ_ERR_UNDO_EXPIRED')
    expect((await api<{ stories: { story_id: number }[] }>(t.baseUrl, 'GET', '/api/triage/queue')).body.stories.map((s) => s.story_id)).toEqual([a])
  })

  it('POST /api/triage/link adds a selection to an open case and refuses a closed one', async () => {
    const t = await startTestApp()
    const first = await insertStory(t.app)
    const opened = await api<{ case: Case }>(t.baseUrl, 'POST', '/api/triage/open', { story_ids: [first], actor: '张三', case: draft })
    const [a, b] = [await insertStory(t.app), await insertStory(t.app, { reports: 2 })]
    const picker = await api<{ cases: { id: number; title: string }[] }>(t.baseUrl, 'GET', `/api/triage/cases?q=${encodeURIComponent('供水')}`)
    expect(picker.body.cases.map((c) => c.id)).toEqual([opened.body.case.id])
    const linked = await api<{ case: Case }>(t.baseUrl, 'POST', '/api/triage/link', { story_ids: [a, b], actor: '李四', case_id: opened.body.case.id })
    expect(linked.status).toBe(200)
    expect(linked.body.case.items).toHaveLength(4)
    await t.app.db.updateTable('cases').set({ status: 'closed' }).execute()
    const c = await insertStory(t.app)
    const refused = await api<ErrorBody>(t.baseUrl, 'POST', '/api/triage/link', { story_ids: [c], actor: '李四', case_id: opened.body.case.id })
    expect(refused).toMatchObject({ status: 409, body: { code: 'YQ_ERR_CASE_CLOSED' } })
  })

  it('POST /api/triage/watch keeps a story under the watch filter, from where a case can still be opened', async () => {
    const t = await startTestApp()
    const story = await insertStory(t.app)
    await api(t.baseUrl, 'POST', '/api/triage/watch', { story_ids: [story], actor: '张三' })
    expect((await api<{ stories: unknown[] }>(t.baseUrl, 'GET', '/api/triage/queue')).body.stories).toHaveLength(0)
    expect((await api<{ stories: { decision: string }[] }>(t.baseUrl, 'GET', '/api/triage/queue?state=watch')).body.stories[0]!.decision).toBe('watch')
    expect((await api(t.baseUrl, 'POST', '/api/triage/watch', { story_ids: [story], actor: '李四' })).status).toBe(409)
    expect((await api(t.baseUrl, 'POST', '/api/triage/open', { story_ids: [story], actor: '李四', case: draft })).status).toBe(201)
  })

  it('triage POST bodies refuse hostile input with a clear error and change nothing', async () => {
    const t = await startTestApp()
    const story = await insertStory(t.app)
    const bodies: [string, unknown][] = [
      ['/api/triage/claims', {}],
      ['/api/triage/claims', { story_ids: [], actor: '张三' }],
      ['/api/triage/claims', { story_ids: [story], actor: '' }],
      ['/api/triage/claims', { story_ids: [story], actor: '   ' }],
      ['/api/triage/claims', { story_ids: ['1; DROP TABLE stories'], actor: '张三' }],
      ['/api/triage/claims', { story_ids: [story], actor: 'x'.repeat(65) }],
      ['/api/triage/claims', { story_ids: Array.from({ length: 201 }, (_, i) => i + 1), actor: '张三' }],
      ['/api/triage/claims', { story_ids: [999999], actor: '张三' }],
      ['/api/triage/release', { story_ids: [story] }],
      ['/api/triage/dismiss', { story_ids: [story], actor: '张三' }],
      ['/api/triage/dismiss', { story_ids: [story], actor: '张三', reason: ' ' }],
      ['/api/triage/dismiss', { story_ids: [story], actor: '张三', reason: 'x'.repeat(501) }],
      ['/api/triage/dismiss', { story_ids: [story], actor: '张三', reason: '广告', extra: 1 }],
      ['/api/triage/watch', { story_ids: [story], actor: { name: '张三' } }],
      ['/api/triage/open', { story_ids: [story], actor: '张三' }],
      ['/api/triage/open', { story_ids: [story], actor: '张三', case: { ...draft, level: 'V' } }],
      ['/api/triage/open', { story_ids: [story], actor: '张三', case: { ...draft, kind: 'rumour' } }],
      ['/api/triage/open', { story_ids: [story], actor: '张三', case: { ...draft, title: '' } }],
      ['/api/triage/open', { story_ids: [story], actor: '张三', case: { ...draft, unit_id: 'nowhere' } }],
      ['/api/triage/open', { story_ids: [story], actor: '张三', case: { ...draft, clock_start: '2999-01-01T00:00:00Z' } }],
      ['/api/triage/open', { story_ids: [story], actor: '张三', case: { ...draft, clock_start: 'not a time' } }],
      ['/api/triage/link', { story_ids: [story], actor: '张三', case_id: 424242 }],
      ['/api/triage/link', { story_ids: [story], actor: '张三', case_id: 'one' }],
      ['/api/triage/undo', { story_ids: [story], actor: '张三' }],
    ]
    const before = await Promise.all([count(t, 'cases'), count(t, 'events'), count(t, 'triage_decisions')])
    for (const [path, body] of bodies) {
      const res = await api<ErrorBody>(t.baseUrl, 'POST', path, body)
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400)
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBeLessThan(500)
      expect(res.body.message.length).toBeGreaterThan(5)
    }
    const broken = await fetch(`${t.baseUrl}/api/triage/open`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"story_ids": [' })
    expect(broken.status).toBe(400)
    expect(await Promise.all([count(t, 'cases'), count(t, 'events'), count(t, 'triage_decisions')])).toEqual(before)
    expect((await api<{ stories: unknown[] }>(t.baseUrl, 'GET', '/api/triage/queue')).body.stories).toHaveLength(1)
  })
})
