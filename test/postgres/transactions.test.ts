import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { addUser } from '../../server/auth/users.ts'
import { syncUnits } from '../../server/cases/unit-sync.ts'
import { storeNewItems } from '../../server/ingest/item-store.ts'
import { enqueueStoryNotice } from '../../server/notify/enqueue.ts'
import { api, HOUR_MS } from '../helpers/case-fixtures.ts'
import { createTestDatabase } from '../helpers/pg-database.ts'
import { raceOnTable } from '../helpers/pg-race.ts'
import { startTestApp, type TestApp } from '../helpers/test-app.ts'
import { apiAs, insertStory, signInOperators } from '../helpers/triage-fixtures.ts'

/**
 * Check-then-write transactions under PostgreSQL's READ COMMITTED, two at a time on the real
 * server: raceOnTable makes both pass their checks (or queue on a row lock) before either
 * writes, so these fail on code that only SQLite's single writer kept safe.
 */
async function startOnPostgres(): Promise<TestApp & { url: string }> {
  const url = await createTestDatabase()
  return { ...(await startTestApp({ YQ_DATABASE_URL: url })), url }
}

const fulfilled = <T>(r: PromiseSettledResult<T>): T => {
  if (r.status === 'rejected') throw r.reason
  return r.value
}

describe('two transactions against each other on PostgreSQL', () => {
  it('two operators claiming one story at once: one holds it, the other is told who does (no claim taken over)', async () => {
    const t = await startOnPostgres()
    const [zhangsan, lisi] = await signInOperators(t, ['zhangsan', 'lisi'])
    const story = await insertStory(t.app)
    const results = (
      await raceOnTable(t.url, 'triage_claims', () => [zhangsan!, lisi!].map((s) => apiAs<{ code?: string; message?: string }>(t, s, 'POST', '/api/triage/claims', { story_ids: [story] })))
    ).map(fulfilled)
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const winner = results[0]!.status === 200 ? 'zhangsan' : 'lisi'
    const loser = results.find((r) => r.status === 409)!
    expect(loser.body.code).toBe('YQ_ERR_STORY_CLAIMED')
    expect(loser.body.message).toContain(winner)
    const claims = await t.app.db.selectFrom('triage_claims').selectAll().execute()
    expect(claims.map((c) => [c.story_id, c.actor])).toEqual([[story, winner]])
    const logged = await t.app.db.selectFrom('events').select('actor').where('type', '=', 'story.claimed').execute()
    expect(logged.map((e) => e.actor)).toEqual([winner])
  })

  it('签收 and 回应 filed at once on one case: both clocks are met (neither recomputation drops the other entry)', async () => {
    const t = await startOnPostgres()
    const created = await api(t.baseUrl, 'POST', '/api/cases', {
      title: '历下区一商场消防通道被占',
      kind: 'opinion',
      level: 'III',
      item_ids: [],
      unit_id: '370100-yjj',
      clock_start: new Date(Date.now() - 2 * HOUR_MS).toISOString(),
      clock_start_reason: '电话受理',
    })
    expect(created.status).toBe(201)
    const id = created.body.id
    expect((await api(t.baseUrl, 'POST', `/api/cases/${id}/events`, { type: 'forwarded', unit_id: '370102' })).status).toBe(201)
    await addUser(t.app.db, { username: 'lixia', password: 'lixia-password-0001', role: 'unit', unit_id: '370102' }, 'test')
    const lixia = await t.login('lixia', 'lixia-password-0001')
    const at = new Date().toISOString()
    const results = (
      await raceOnTable(t.url, 'case_events', () => [
        apiAs<Case>(t, lixia, 'POST', `/api/cases/${id}/events`, { type: 'acknowledged', at }),
        apiAs<Case>(t, lixia, 'POST', `/api/cases/${id}/events`, { type: 'response', at, url: 'https://www.jinan.gov.cn/art/reply.html' }),
      ])
    ).map(fulfilled)
    expect(results.map((r) => r.status)).toEqual([201, 201])
    const after = await api(t.baseUrl, 'GET', `/api/cases/${id}`)
    const state = (kind: string) => after.body.deadlines.find((d) => d.kind === kind)?.state
    expect([state('acknowledgement'), state('response')]).toEqual(['met', 'met'])
    expect(after.body.timeline.filter((e) => e.type === 'acknowledged' || e.type === 'response').map((e) => e.type).sort()).toEqual(['acknowledged', 'response'])
  })

  it('one article arriving from two sources at once makes one story of two reports, not two stories', async () => {
    const t = await startOnPostgres()
    const sources = await Promise.all(
      ['齐鲁网', '大众网'].map((name, i) =>
        t.app.db.insertInto('sources').values({ name, url: `https://feed${i}.example.cn/rss`, interval_s: 300, next_poll_at: new Date().toISOString(), created_at: new Date().toISOString() }).returning('id').executeTakeFirstOrThrow(),
      ),
    )
    const article = { guid: 'a-1', title: '济南市历下区某小区供水中断两天', link: 'https://news.example.cn/a/1', summary: '居民反映停水两天无人回应', published: null }
    const now = new Date()
    const results = (await raceOnTable(t.url, 'stories', () => sources.map((s) => storeNewItems(t.app.db, s.id, [{ ...article, guid: `g-${s.id}` }], [], now)))).map(fulfilled)
    expect(results.map((r) => r.items.length)).toEqual([1, 1])
    const stories = await t.app.db.selectFrom('stories').selectAll().execute()
    expect(stories.map((s) => [s.report_count, s.source_count])).toEqual([[2, 2]])
    const items = await t.app.db.selectFrom('items').select('story_id').execute()
    expect(items.map((i) => i.story_id)).toEqual([stories[0]!.id, stories[0]!.id])
  })

  it('two processes bringing the unit directory in at once add each new unit once and both start', async () => {
    const t = await startOnPostgres()
    const directory = [{ id: '370102-test', name: '历下区测试局', level: 'county' as const, parent_id: '370102', code: '370102' }]
    const before = await t.app.db.selectFrom('units').select('id').execute()
    const results = await raceOnTable(t.url, 'units', () => [syncUnits(t.app.db, directory), syncUnits(t.app.db, directory)])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled'])
    const after = await t.app.db.selectFrom('units').select('id').execute()
    expect(after.length - before.length).toBe(1)
    expect(after.filter((u) => u.id === '370102-test')).toHaveLength(1)
  })

  it('the same notice written by two transactions at once is one outbox row (its idempotency key)', async () => {
    const t = await startOnPostgres()
    const now = new Date().toISOString()
    await t.app.db
      .insertInto('notify_channels')
      .values({ owner_type: 'duty_group', owner_id: 'province', kind: 'webhook', name: '值班', config: JSON.stringify({ url: 'https://hooks.example.cn/x', secret: 's'.repeat(32) }), created_at: now, updated_at: now })
      .execute()
    const story = await insertStory(t.app, { level: 'I' })
    const notice = { id: story, title: '济南市历下区一化工厂发生爆炸', level: 'I' as const }
    const results = (
      await raceOnTable(t.url, 'notify_outbox', () => [1, 2].map(() => t.app.db.transaction().execute((trx) => enqueueStoryNotice(trx, notice, new Date()))))
    ).map(fulfilled)
    expect(results.sort()).toEqual([0, 1])
    const rows = await t.app.db.selectFrom('notify_outbox').select(['story_id', 'cause']).execute()
    expect(rows).toEqual([{ story_id: story, cause: 'story_major' }])
  })
})
