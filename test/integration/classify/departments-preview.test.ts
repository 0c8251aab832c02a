import { describe, expect, it } from 'vitest'
import type { Department } from '@shared/types/department.ts'
import { startFeedServer } from '../../helpers/feed-server.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp } from '../../helpers/test-app.ts'

const post = (baseUrl: string, path: string, body: unknown, method = 'POST') =>
  fetch(baseUrl + path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

async function catalogue(baseUrl: string): Promise<Department[]> {
  return ((await (await fetch(`${baseUrl}/api/departments`)).json()) as { departments: Department[] }).departments
}

/** A loopback feed polled once: school-lunch items (教育), a fire (应急) and a road complaint (交通). */
async function seeded() {
  const feed = await startFeedServer()
  for (const [guid, title] of [
    ['l1', '济南市历下区一小学午餐分量不足引家长关注'],
    ['l2', '淄博市张店区一学校食堂午餐被指价格偏高'],
    ['f1', '青岛市黄岛区一化工厂发生火灾'],
    ['r1', '济宁市任城区道路坑洼多 市民盼早日修复'],
  ]) feed.publish({ guid: guid!, title: title! })
  const t = await startTestApp()
  const source = (await (await post(t.baseUrl, '/api/sources', { name: 's', url: feed.url(), interval_s: 600 })).json()) as { id: number }
  await post(t.baseUrl, `/api/sources/${source.id}/poll`, {})
  return t
}

describe('POST /api/departments/preview', () => {
  it('counts what applying re-tags, lists the moved items, saves nothing; the re-tagging then changes exactly that many', async () => {
    const { app, baseUrl } = await seeded()
    const proposed = await catalogue(baseUrl)
    proposed.find((d) => d.id === 'scjgj')!.terms.push({ text: '午餐', weight: 30 })

    const tagsBefore = await app.db.selectFrom('items').select(['id', 'departments', 'unit']).orderBy('id').execute()
    const res = await post(baseUrl, '/api/departments/preview', { departments: proposed })
    expect(res.status).toBe(200)
    const preview = (await res.json()) as { total: number; changed: number; top_changed: number; samples: { title: string; before: { departments: { id: string }[] }; after: { departments: { id: string }[] } }[] }
    expect(preview).toMatchObject({ total: 4, changed: 2, top_changed: 2 })
    expect(preview.samples.map((s) => s.title).sort()).toEqual(['济南市历下区一小学午餐分量不足引家长关注', '淄博市张店区一学校食堂午餐被指价格偏高'])
    expect(preview.samples.every((s) => s.before.departments[0]?.id === 'jyj' && s.after.departments[0]?.id === 'scjgj')).toBe(true)
    // Nothing saved: the catalogue and the items are as before.
    expect((await catalogue(baseUrl)).find((d) => d.id === 'scjgj')!.terms.some((x) => x.text === '午餐')).toBe(false)
    expect(await app.db.selectFrom('items').select(['id', 'departments', 'unit']).orderBy('id').execute()).toEqual(tagsBefore)

    const socket = await connectSocket(baseUrl)
    const finished = nextEvent(socket, 'departments:retag_progress', (e) => e.data.finished, 10_000)
    expect((await post(baseUrl, '/api/departments', { departments: proposed }, 'PUT')).status).toBe(200)
    expect((await finished).data).toMatchObject({ total: 4, done: 4, changed: preview.changed })
    const retagged = await app.db.selectFrom('events').select('payload').where('type', '=', 'items.retagged').executeTakeFirstOrThrow()
    expect(JSON.parse(retagged.payload)).toMatchObject({ changed: 2 })

    // The same catalogue again changes nothing, and the preview says so.
    const again = (await (await post(baseUrl, '/api/departments/preview', { departments: proposed })).json()) as { changed: number; samples: unknown[] }
    expect(again).toMatchObject({ changed: 0, samples: [] })
  })

  it('refuses malformed catalogues as PUT does, and huge bodies', async () => {
    const { baseUrl } = await startTestApp()
    const yjj = (await catalogue(baseUrl)).find((d) => d.id === 'yjj')!
    for (const body of [{}, { departments: [] }, { departments: [{ ...yjj, terms: [{ text: '', weight: 1 }] }] }, { departments: [{ ...yjj, terms: [{ text: '火灾', weight: 0 }] }] }, { departments: [yjj, yjj] }]) {
      expect((await post(baseUrl, '/api/departments/preview', body)).status, JSON.stringify(body).slice(0, 80)).toBe(400)
    }
    const huge = await fetch(`${baseUrl}/api/departments/preview`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ departments: [{ ...yjj, exclusions: ['x'.repeat(3_000_000)] }] }) })
    expect(huge.status).toBe(413)
  })
})
