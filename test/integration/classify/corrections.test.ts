import { describe, expect, it } from 'vitest'
import type { CorrectionsReply } from '@shared/api/catalogue.ts'
import { rawFetch } from '../../helpers/auth-session.ts'
import { apiAs, insertStory, signInOperators } from '../../helpers/triage-fixtures.ts'
import { startTestApp, type TestApp } from '../../helpers/test-app.ts'

/** A 露天烧烤 story the tagging gave to 城管 (夜市), in 历下区. */
const barbecue = (t: TestApp, title: string) =>
  insertStory(t.app, { title, summary: '居民反映露天烧烤冒黑烟', department: { id: 'cgj', name: '城市管理局', terms: ['夜市', '占道'] }, unitId: '370102-cgj' })

async function corrections(t: TestApp, query = ''): Promise<{ status: number; body: CorrectionsReply }> {
  const res = await fetch(`${t.baseUrl}/api/departments/corrections${query}`)
  return { status: res.status, body: (await res.json()) as CorrectionsReply }
}

describe('GET /api/departments/corrections', () => {
  it('lists what operators corrected when opening cases, with the words that misled, and proposes a term after three', async () => {
    const t = await startTestApp()
    const [op] = await signInOperators(t, ['zhangsan'])
    const titles = ['历下区夜市露天烧烤冒黑烟', '历下区一小区旁露天烧烤扰民', '历下区夜市烧烤油烟呛人']
    const open = async (title: string, unit_id?: string) => {
      const story = await barbecue(t, title)
      const res = await apiAs(t, op!, 'POST', '/api/triage/open', { story_ids: [story], case: { title, kind: 'opinion', level: 'IV', ...(unit_id ? { unit_id } : {}) } })
      expect(res.status).toBe(201)
    }
    // Taking the suggestion, explicitly or by default, is no correction.
    await open('历下区夜市占道经营', '370102-cgj')
    await open('历下区夜市摊位占道')
    expect((await corrections(t)).body).toEqual({ total: 0, departments: [], places: [] })

    await open(titles[0]!, '370102-sthjj')
    await open(titles[1]!, '370102-sthjj')
    // Two items are an anecdote: the correction is listed, no term proposed yet.
    let reply = (await corrections(t)).body
    expect(reply.departments).toMatchObject([{ from: 'cgj', from_name: '城市管理局', to: 'sthjj', to_name: '生态环境局', count: 2, proposed: [] }])
    expect(reply.departments[0]!.misleading).toEqual([{ term: '占道', count: 2 }, { term: '夜市', count: 2 }])

    await open(titles[2]!, '370102-sthjj')
    reply = (await corrections(t)).body
    expect(reply.total).toBe(3)
    expect(reply.departments[0]).toMatchObject({ count: 3, examples: expect.arrayContaining(titles) })
    expect(reply.departments[0]!.proposed).toContainEqual({ term: '烧烤', count: 3 })
    // Words the chosen department already has (黑烟, inside its 冒黑烟) and place names (历下区) are not proposed.
    expect(reply.departments[0]!.proposed.map((p) => p.term)).not.toContain('黑烟')
    expect(reply.departments[0]!.proposed.map((p) => p.term)).not.toContain('历下区')
    // The place did not change: no place correction.
    expect(reply.places).toEqual([])

    const rows = await t.app.db.selectFrom('tag_corrections').selectAll().execute()
    expect(rows.map((r) => [r.suggested_unit_id, r.chosen_unit_id, r.actor])).toEqual(Array(3).fill(['370102-cgj', '370102-sthjj', 'zhangsan']))
  })

  it('records a place correction with the place words behind the suggestion', async () => {
    const t = await startTestApp()
    const [op] = await signInOperators(t, ['lisi'])
    for (let i = 0; i < 2; i++) {
      const story = await insertStory(t.app, { title: `历下区供水中断 ${i}`, unitId: '370102-zjj' })
      await t.app.db.updateTable('items').set({ region: JSON.stringify({ province: '山东省', city: '济南市', county: '历下区', code: '370102', terms: ['历下区'] }) }).where('story_id', '=', story).execute()
      await apiAs(t, op!, 'POST', '/api/triage/open', { story_ids: [story], case: { title: 'x', kind: 'opinion', level: 'IV', unit_id: '370112-zjj' } })
    }
    const { body } = await corrections(t)
    expect(body.departments).toEqual([])
    expect(body.places).toMatchObject([{ from: '370102', from_name: '济南市历下区', to: '370112', to_name: '济南市历城区', count: 2, misleading: [{ term: '历下区', count: 2 }] }])
  })

  it('refuses a bad limit with a clear error and lets only an admin read the corrections', async () => {
    const t = await startTestApp()
    for (const q of ['?limit=0', '?limit=abc', '?limit=999999', '?other=1']) {
      const res = await corrections(t, q)
      expect(res.status, q).toBe(400)
    }
    const [op] = await signInOperators(t, ['wangwu'])
    const res = await rawFetch(`${t.baseUrl}/api/departments/corrections`, { headers: { cookie: op!.cookie } })
    expect(res.status).toBe(403)
  })
})
