import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import type { StoryTriaged } from '@shared/types/triage.ts'
import type { Session } from '../../helpers/auth-session.ts'
import { api } from '../../helpers/case-fixtures.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp, type TestApp } from '../../helpers/test-app.ts'
import { apiAs, insertStory, signInOperators } from '../../helpers/triage-fixtures.ts'

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
    const actors = ['zhangsan', 'lisi', 'wangwu', 'zhaoliu']
    const sessions = await signInOperators(t, actors)
    for (let round = 0; round < 3; round++) {
      const story = await insertStory(t.app, { reports: 2 })
      const results = await Promise.all(sessions.map((s) => apiAs<ErrorBody>(t, s, 'POST', '/api/triage/open', { story_ids: [story], case: draft })))
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
    const [zhangsan] = await signInOperators(t, ['zhangsan'])
    const story = await insertStory(t.app, { reports: 3 })
    const other = await insertStory(t.app)
    const socket = await connectSocket(t.baseUrl)
    const created = nextEvent(socket, 'case:created')
    const triaged = nextEvent(socket, 'story:triaged')
    const counts = nextEvent(socket, 'triage:counts')
    const res = await apiAs<{ case: Case; triaged: StoryTriaged }>(t, zhangsan!, 'POST', '/api/triage/open', { story_ids: [story], case: { ...draft, unit_id: '370100' } })
    expect(res.status).toBe(201)
    expect(res.body.case.items).toHaveLength(3)
    expect(res.body.case.unit.id).toBe('370100')
    expect((await created).data.id).toBe(res.body.case.id)
    expect((await triaged).data).toMatchObject({ story_ids: [story], action: 'opened', actor: 'zhangsan', case_id: res.body.case.id })
    expect((await counts).data.untriaged).toBe(1)
    const queue = await api<{ stories: { story_id: number }[] }>(t.baseUrl, 'GET', '/api/triage/queue')
    expect(queue.body.stories.map((s) => s.story_id)).toEqual([other])
    const audit = await t.app.db.selectFrom('events').select(['type', 'actor', 'entity_id']).where('type', '=', 'story.triaged').execute()
    expect(audit).toEqual([{ type: 'story.triaged', actor: 'zhangsan', entity_id: story }])
    // The actor is the session's account: a body naming someone else is refused, not believed.
    const forged = await apiAs<ErrorBody>(t, zhangsan!, 'POST', '/api/triage/dismiss', { story_ids: [other], actor: 'lisi', reason: '广告' })
    expect(forged.status).toBe(400)
    expect(await t.app.db.selectFrom('events').select('actor').where('actor', '=', 'lisi').execute()).toEqual([])
  })

  it('POST /api/triage/claims refuses a story another operator holds until the claim expires', async () => {
    const t = await startTestApp()
    const [zhangsan, lisi] = (await signInOperators(t, ['zhangsan', 'lisi'])) as [Session, Session]
    const story = await insertStory(t.app)
    const socket = await connectSocket(t.baseUrl)
    const claimed = nextEvent(socket, 'story:claimed')
    expect((await apiAs(t, zhangsan, 'POST', '/api/triage/claims', { story_ids: [story] })).status).toBe(200)
    expect((await claimed).data).toMatchObject({ story_id: story, actor: 'zhangsan' })
    const refused = await apiAs<ErrorBody>(t, lisi, 'POST', '/api/triage/claims', { story_ids: [story] })
    expect(refused.status).toBe(409)
    expect(refused.body).toMatchObject({ code: 'YQ_ERR_STORY_CLAIMED' })
    expect(refused.body.message).toContain('zhangsan')
    const dismiss = await apiAs<ErrorBody>(t, lisi, 'POST', '/api/triage/dismiss', { story_ids: [story], reason: '重复' })
    expect(dismiss.status).toBe(409)
    // Inactivity: the claim's time runs out (set in the database rather than waiting five minutes).
    await t.app.db.updateTable('triage_claims').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).execute()
    expect((await apiAs(t, lisi, 'POST', '/api/triage/claims', { story_ids: [story] })).status).toBe(200)
    const released = await apiAs<{ released: unknown[] }>(t, zhangsan, 'POST', '/api/triage/release', { story_ids: [story] })
    expect(released.body.released).toEqual([])
    expect((await apiAs<{ released: unknown[] }>(t, lisi, 'POST', '/api/triage/release', { story_ids: [story] })).body.released).toHaveLength(1)
  })

  it('POST /api/triage/undo restores a dismissal within its window, only for the one who dismissed', async () => {
    const t = await startTestApp()
    const [zhangsan, lisi] = (await signInOperators(t, ['zhangsan', 'lisi'])) as [Session, Session]
    const [a, b] = [await insertStory(t.app), await insertStory(t.app)]
    await apiAs(t, zhangsan, 'POST', '/api/triage/dismiss', { story_ids: [a, b], reason: '与本地无关' })
    expect((await api<{ stories: unknown[] }>(t.baseUrl, 'GET', '/api/triage/queue')).body.stories).toHaveLength(0)
    const stranger = await apiAs<ErrorBody>(t, lisi, 'POST', '/api/triage/undo', { story_ids: [a] })
    expect(stranger).toMatchObject({ status: 409, body: { code: 'YQ_ERR_UNDO_EXPIRED' } })
    expect(stranger.body.message).toContain('zhangsan')
    const socket = await connectSocket(t.baseUrl)
    const restored = nextEvent(socket, 'story:restored')
    expect((await apiAs(t, zhangsan, 'POST', '/api/triage/undo', { story_ids: [a] })).status).toBe(200)
    expect((await restored).data).toEqual({ story_ids: [a], actor: 'zhangsan' })
    await t.app.db.updateTable('triage_decisions').set({ undo_until: new Date(Date.now() - 1).toISOString() }).execute()
    expect((await apiAs<ErrorBody>(t, zhangsan, 'POST', '/api/triage/undo', { story_ids: [b] })).body.code).toBe('YQ_ERR_UNDO_EXPIRED')
    expect((await api<{ stories: { story_id: number }[] }>(t.baseUrl, 'GET', '/api/triage/queue')).body.stories.map((s) => s.story_id)).toEqual([a])
  })

  it('POST /api/triage/link adds a selection to an open case and refuses a closed one', async () => {
    const t = await startTestApp()
    const [zhangsan, lisi] = (await signInOperators(t, ['zhangsan', 'lisi'])) as [Session, Session]
    const first = await insertStory(t.app)
    const opened = await apiAs<{ case: Case }>(t, zhangsan, 'POST', '/api/triage/open', { story_ids: [first], case: draft })
    const [a, b] = [await insertStory(t.app), await insertStory(t.app, { reports: 2 })]
    const picker = await api<{ cases: { id: number; title: string }[] }>(t.baseUrl, 'GET', `/api/triage/cases?q=${encodeURIComponent('供水')}`)
    expect(picker.body.cases.map((c) => c.id)).toEqual([opened.body.case.id])
    const linked = await apiAs<{ case: Case; triaged: StoryTriaged }>(t, lisi, 'POST', '/api/triage/link', { story_ids: [a, b], case_id: opened.body.case.id })
    expect(linked.status).toBe(200)
    expect(linked.body.case.items).toHaveLength(4)
    expect(linked.body.triaged).toMatchObject({ action: 'linked', actor: 'lisi' })
    await t.app.db.updateTable('cases').set({ status: 'closed' }).execute()
    const c = await insertStory(t.app)
    const refused = await apiAs<ErrorBody>(t, lisi, 'POST', '/api/triage/link', { story_ids: [c], case_id: opened.body.case.id })
    expect(refused).toMatchObject({ status: 409, body: { code: 'YQ_ERR_CASE_CLOSED' } })
  })

  it('POST /api/triage/watch keeps a story under the watch filter, from where a case can still be opened', async () => {
    const t = await startTestApp()
    const [zhangsan, lisi] = (await signInOperators(t, ['zhangsan', 'lisi'])) as [Session, Session]
    const story = await insertStory(t.app)
    await apiAs(t, zhangsan, 'POST', '/api/triage/watch', { story_ids: [story] })
    expect((await api<{ stories: unknown[] }>(t.baseUrl, 'GET', '/api/triage/queue')).body.stories).toHaveLength(0)
    expect((await api<{ stories: { decision: string }[] }>(t.baseUrl, 'GET', '/api/triage/queue?state=watch')).body.stories[0]!.decision).toBe('watch')
    expect((await apiAs(t, lisi, 'POST', '/api/triage/watch', { story_ids: [story] })).status).toBe(409)
    expect((await apiAs(t, lisi, 'POST', '/api/triage/open', { story_ids: [story], case: draft })).status).toBe(201)
  })

  it('triage POST bodies refuse hostile input with a clear error and change nothing', async () => {
    const t = await startTestApp()
    const story = await insertStory(t.app)
    const bodies: [string, unknown][] = [
      ['/api/triage/claims', {}],
      ['/api/triage/claims', { story_ids: [] }],
      ['/api/triage/claims', { story_ids: ['1; DROP TABLE stories'] }],
      ['/api/triage/claims', { story_ids: [1.5] }],
      ['/api/triage/claims', { story_ids: Array.from({ length: 201 }, (_, i) => i + 1) }],
      ['/api/triage/claims', { story_ids: [999999] }],
      // Who acts is the session's account; naming another in the body is refused.
      ['/api/triage/claims', { story_ids: [story], actor: '张三' }],
      ['/api/triage/release', { story_ids: [story], actor: { name: '张三' } }],
      ['/api/triage/release', { story_ids: 'all' }],
      ['/api/triage/dismiss', { story_ids: [story] }],
      ['/api/triage/dismiss', { story_ids: [story], reason: ' ' }],
      ['/api/triage/dismiss', { story_ids: [story], reason: 'x'.repeat(501) }],
      ['/api/triage/dismiss', { story_ids: [story], reason: '广告', extra: 1 }],
      ['/api/triage/watch', { story_ids: [story], reason: { text: '关注' } }],
      ['/api/triage/open', { story_ids: [story] }],
      ['/api/triage/open', { story_ids: [story], case: { ...draft, level: 'V' } }],
      ['/api/triage/open', { story_ids: [story], case: { ...draft, kind: 'rumour' } }],
      ['/api/triage/open', { story_ids: [story], case: { ...draft, title: '' } }],
      ['/api/triage/open', { story_ids: [story], case: { ...draft, unit_id: 'nowhere' } }],
      ['/api/triage/open', { story_ids: [story], case: { ...draft, clock_start: '2999-01-01T00:00:00Z' } }],
      ['/api/triage/open', { story_ids: [story], case: { ...draft, clock_start: 'not a time' } }],
      ['/api/triage/link', { story_ids: [story], case_id: 424242 }],
      ['/api/triage/link', { story_ids: [story], case_id: 'one' }],
      ['/api/triage/undo', { story_ids: [story] }],
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
