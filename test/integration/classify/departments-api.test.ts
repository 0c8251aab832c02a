import { describe, expect, it } from 'vitest'
import type { Department } from '@shared/types/department.ts'
import type { Item } from '@shared/types/item.ts'
import { startFeedServer } from '../../helpers/feed-server.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp } from '../../helpers/test-app.ts'

async function getCatalogue(baseUrl: string): Promise<Department[]> {
  const res = await fetch(`${baseUrl}/api/departments`)
  expect(res.status).toBe(200)
  return ((await res.json()) as { departments: Department[] }).departments
}

function put(baseUrl: string, body: unknown): Promise<Response> {
  return fetch(`${baseUrl}/api/departments`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
}

describe('GET/PUT /api/departments', () => {
  it('lists the seeded catalogue of about 40 departments with their terms', async () => {
    const { baseUrl } = await startTestApp()
    const catalogue = await getCatalogue(baseUrl)
    expect(catalogue.length).toBeGreaterThanOrEqual(38)
    expect(catalogue.find((d) => d.id === 'yjj')).toMatchObject({ province_name: '应急管理厅', local_name: '应急管理局', levels: ['province', 'city', 'county'] })
    expect(catalogue.every((d) => d.terms.length > 0)).toBe(true)
  })

  it('re-tags the last 7 days in the background after an edit and reports progress over socket.io', async () => {
    const feed = await startFeedServer()
    const { baseUrl } = await startTestApp()
    const socket = await connectSocket(baseUrl)
    feed.publish({ guid: 'lunch', title: '历下区一小学午餐分量不足引家长关注', description: '家长希望学校公开供餐合同' })
    const source = await (await fetch(`${baseUrl}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 's', url: feed.url(), interval_s: 60 }) })).json() as { id: number }
    await fetch(`${baseUrl}/api/sources/${source.id}/poll`, { method: 'POST' })
    const before = ((await (await fetch(`${baseUrl}/api/items`)).json()) as { items: Item[] }).items[0]!
    expect(before.departments[0]?.id).toBe('jyj')

    // 1. A new department that owns school lunches outright.
    const catalogue = await getCatalogue(baseUrl)
    catalogue.push({ id: 'xsc', province_name: '学生餐管理办公室', local_name: '学生餐管理办公室', levels: ['province', 'city', 'county'], terms: [{ text: '午餐', weight: 50 }], exclusions: [] })
    const finished = nextEvent(socket, 'departments:retag_progress', (e) => e.data.finished)
    const res = await put(baseUrl, { departments: catalogue })
    expect(res.status).toBe(200)
    const reply = (await res.json()) as { retag: { job_id: number; total: number } }
    expect(reply.retag.total).toBe(1)

    // 2. Progress arrives, and the stored item carries the new tags once it says finished.
    const done = await finished
    expect(done.data).toMatchObject({ job_id: reply.retag.job_id, done: 1, total: 1, finished: true })
    const after = ((await (await fetch(`${baseUrl}/api/items`)).json()) as { items: Item[] }).items[0]!
    expect(after.departments[0]).toMatchObject({ id: 'xsc', terms: ['午餐'] })
    expect(after.unit).toEqual({ id: '370102-xsc', name: '济南市历下区学生餐管理办公室' })
    expect((await getCatalogue(baseUrl)).some((d) => d.id === 'xsc')).toBe(true)

    // 3. The new department is a unit in every county without a restart, so cases can be forwarded to it.
    const unitIds = async () => ((await (await fetch(`${baseUrl}/api/units`)).json()) as { units: { id: string }[] }).units.map((u) => u.id)
    await expect.poll(unitIds).toContain('370102-xsc')
    expect(await unitIds()).toContain('370200-xsc')
  })

  it('refuses a malformed catalogue with a clear error and keeps the stored one', async () => {
    const { baseUrl } = await startTestApp()
    const original = await getCatalogue(baseUrl)
    const yjj = original.find((d) => d.id === 'yjj')!

    const cases: [unknown, RegExp][] = [
      ['not an object', /body/],
      [{ departments: [] }, /departments/],
      [{ departments: [{ ...yjj, id: 'Bad Id' }] }, /id/],
      [{ departments: [{ ...yjj, terms: [{ text: '', weight: 1 }] }] }, /text/],
      [{ departments: [{ ...yjj, terms: [{ text: '火灾', weight: 1e9 }] }] }, /weight/],
      [{ departments: [{ ...yjj, levels: [] }] }, /levels/],
      [{ departments: [yjj, yjj] }, /appears twice/],
      [{ departments: [{ ...yjj, local_name: '' }] }, /local_name/],
    ]
    for (const [body, message] of cases) {
      const res = await put(baseUrl, body)
      expect(res.status, JSON.stringify(body).slice(-80)).toBe(400)
      const error = (await res.json()) as { message: string; code?: string }
      expect(error.message).toMatch(message)
    }
    const dup = await put(baseUrl, { departments: [yjj, yjj] })
    expect(((await dup.json()) as { code: string }).code).toBe('YQ_ERR_BAD_CATALOGUE')
    expect(await getCatalogue(baseUrl)).toEqual(original)
  })
})
