import { describe, expect, it } from 'vitest'
import type { QueueRow, TriageCounts } from '@shared/types/triage.ts'
import type { Session } from '../../helpers/auth-session.ts'
import { api } from '../../helpers/case-fixtures.ts'
import { startTestApp } from '../../helpers/test-app.ts'
import { apiAs, insertStory, signInOperators } from '../../helpers/triage-fixtures.ts'

interface Page {
  stories: QueueRow[]
  next_cursor: string | null
}

const MIN = 60_000
const base = Date.now() - 3 * 3600_000
const at = (m: number) => new Date(base + m * MIN)

describe('GET /api/triage/queue', () => {
  it('readQueue() pages newest first with a cursor and puts the most severe first on request', async () => {
    const t = await startTestApp()
    const ids: number[] = []
    for (let i = 0; i < 7; i++) ids.push(await insertStory(t.app, { firstSeenAt: at(i), level: i === 2 ? 'I' : i === 5 ? 'III' : null }))
    const seen: number[] = []
    let cursor: string | null = null
    do {
      const page: { body: Page } = await api<Page>(t.baseUrl, 'GET', `/api/triage/queue?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...page.body.stories.map((s) => s.story_id))
      cursor = page.body.next_cursor
    } while (cursor)
    expect(seen).toEqual([...ids].reverse())

    const severe: number[] = []
    cursor = null
    do {
      const page: { body: Page } = await api<Page>(t.baseUrl, 'GET', `/api/triage/queue?sort=severe&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      severe.push(...page.body.stories.map((s) => s.story_id))
      cursor = page.body.next_cursor
    } while (cursor)
    expect(severe).toEqual([ids[2], ids[5], ids[6], ids[4], ids[3], ids[1], ids[0]])
    const first = (await api<Page>(t.baseUrl, 'GET', '/api/triage/queue?sort=severe&limit=1')).body.stories[0]!
    expect(first).toMatchObject({ level: 'I', sources: ['齐鲁网'], report_count: 1, region: { city: '济南市', county: '历下区' }, unit: { id: '370102' } })
    expect(first.departments[0]!.terms).toEqual(['供水'])
  })

  it('readQueue() filters by department, place, source, level, time and segmented keywords', async () => {
    const t = await startTestApp()
    const water = await insertStory(t.app, { title: '历下区居民小区供水管道爆裂', firstSeenAt: at(1) })
    const school = await insertStory(t.app, {
      title: '青岛市黄岛区一学校食堂卫生问题',
      summary: '家长反映<b>饭菜</b>变质',
      department: { id: 'jyt', name: '教育', terms: ['学校'] },
      city: '青岛市',
      county: '黄岛区',
      sourceName: '大众网',
      level: 'IV',
      firstSeenAt: at(20),
    })
    const ids = async (query: string) => {
      const res = await api<Page>(t.baseUrl, 'GET', `/api/triage/queue?${query}`)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      return res.body.stories.map((s) => s.story_id)
    }
    expect(await ids('department=jyt')).toEqual([school])
    expect(await ids(`city=${encodeURIComponent('济南市')}`)).toEqual([water])
    expect(await ids(`county=${encodeURIComponent('黄岛区')}`)).toEqual([school])
    expect(await ids('level=IV')).toEqual([school])
    const sources = await t.app.db.selectFrom('sources').select(['id', 'name']).execute()
    expect(await ids(`source_id=${sources.find((s) => s.name === '大众网')!.id}`)).toEqual([school])
    expect(await ids(`since=${at(10).toISOString()}`)).toEqual([school])
    expect(await ids(`until=${at(10).toISOString()}`)).toEqual([water])
    expect(await ids(`q=${encodeURIComponent('食堂')}`)).toEqual([school])
    expect(await ids(`q=${encodeURIComponent('饭菜')}`)).toEqual([school])
    expect(await ids(`q=${encodeURIComponent('供水 管道')}`)).toEqual([water])
    expect(await ids(`q=${encodeURIComponent('"供水管道"*) ^')}`)).toEqual([water])
    expect(await ids(`q=${encodeURIComponent('火箭发射')}`)).toEqual([])
  })

  it('GET /api/triage/queue refuses broken queries with a clear error', async () => {
    const t = await startTestApp()
    await insertStory(t.app)
    const bad = ['cursor=garbage!!', 'cursor=WzEsMl0', 'limit=0', 'limit=9999', 'level=V', 'since=yesterday', 'sort=random', 'source_id=-1', 'bogus=1', 'q=%20%21%21', `q=${'长'.repeat(200)}`]
    for (const query of bad) {
      const res = await api<{ code?: string; message: string }>(t.baseUrl, 'GET', `/api/triage/queue?${query}`)
      expect(res.status, query).toBe(400)
      expect(res.body.message.length, query).toBeGreaterThan(5)
    }
  })

  it('GET /api/triage/counts counts untriaged, claimed and triaged today', async () => {
    const t = await startTestApp()
    const a = await insertStory(t.app)
    const b = await insertStory(t.app)
    await insertStory(t.app)
    expect((await api<TriageCounts>(t.baseUrl, 'GET', '/api/triage/counts')).body).toEqual({ untriaged: 3, claimed: 0, triaged_today: 0 })
    const [zhangsan, lisi] = (await signInOperators(t, ['zhangsan', 'lisi'])) as [Session, Session]
    expect((await apiAs(t, zhangsan, 'POST', '/api/triage/claims', { story_ids: [a] })).status).toBe(200)
    expect((await apiAs(t, lisi, 'POST', '/api/triage/dismiss', { story_ids: [b], reason: '广告' })).status).toBe(200)
    expect((await api<TriageCounts>(t.baseUrl, 'GET', '/api/triage/counts')).body).toEqual({ untriaged: 2, claimed: 1, triaged_today: 1 })
  })
})
