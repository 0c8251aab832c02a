import { describe, expect, it } from 'vitest'
import { ErrorSchema } from '@shared/api/common.ts'
import { WallSummary } from '@shared/api/wall.ts'
import { wallOnTime } from '@shared/wall/on-time.ts'
import { MAX_DEPARTMENT_SERIES, summariseItems, type SummaryItem } from '@shared/wall/summary.ts'
import { api, HOUR_MS, insertItem } from '../../helpers/case-fixtures.ts'
import { fileEvent, openCase } from '../../helpers/review-fixtures.ts'
import { rawFetch } from '../../helpers/auth-session.ts'
import { startTestApp, tempDataDir } from '../../helpers/test-app.ts'
import { closed, problems } from '../../helpers/wire-check.ts'

const iso = (t: number) => new Date(t).toISOString()
/** Wednesday 2026-11-11 12:00 北京时间: a week with days on both sides. */
const NOW = new Date('2026-11-11T04:00:00.000Z')

describe('the wall wire schema (shared/api/wall.ts) describes what the server really sends', () => {
  it('a summary with items, a case and a ranked unit matches, and what the pure builders produce has no field the schema leaves out', async () => {
    const { app, baseUrl } = await startTestApp({}, tempDataDir('yq-wire-wall-'), { now: () => NOW })
    const now = NOW.getTime()
    await insertItem(app, new Date(now - 10 * 60_000), '历下区一小学午餐分量不足', '370102')
    const id = await openCase(baseUrl, { title: '历下区供暖不热', unit_id: '370102', clock_start: iso(now - 2 * HOUR_MS) })
    await fileEvent(baseUrl, id, 'response', iso(now - HOUR_MS))
    const res = await api<WallSummary>(baseUrl, 'GET', '/api/wall/summary')
    expect(res.status).toBe(200)
    expect(res.body.on_time.units.map((u) => u.id)).toEqual(['370102'])
    expect(problems(WallSummary, res.body)).toEqual([])

    // The route's answer is these two builders' output: every series kind, a city, ranked and unranked units.
    const at = new Date('2026-11-29T15:30:00.000Z')
    const item = (dept: string | null, code: string | null): SummaryItem => ({
      first_seen_at: iso(at.getTime() - 60_000),
      departments: dept ? [{ id: dept, name: `部门${dept}`, score: 1, terms: [] }] : [],
      region: code ? { province: '山东省', city: null, county: null, code } : null,
      unit: null,
      case_id: null,
    })
    const items = Array.from({ length: MAX_DEPARTMENT_SERIES + 1 }, (_, i) => item(`d${i}`, '370102')).concat([item(null, null)])
    const deadlines = [
      { unit_id: '370102', due_soon_at: '2026-11-24T00:00:00.000Z', due_at: '2026-11-24T02:00:00.000Z', met_at: '2026-11-24T01:00:00.000Z' },
      { unit_id: '370200', due_soon_at: '2026-11-29T15:40:00.000Z', due_at: '2026-11-29T15:50:00.000Z', met_at: null },
    ]
    const period = { from: '2026-11-22T16:00:00.000Z', to: '2026-11-29T16:00:00.000Z' }
    const built = { ...summariseItems(items, at), on_time: wallOnTime(deadlines, new Map([['370102', '济南市历下区']]), period, at.toISOString()) }
    expect(built.by_department.map((d) => d.kind)).toEqual(expect.arrayContaining(['department', 'other', 'untagged']))
    expect([built.on_time.units.length, built.on_time.unranked]).toEqual([1, 1])
    expect(problems(closed(WallSummary), built)).toEqual([])
  })

  it('a refusal (no sign-in) matches the shared error schema', async () => {
    const { baseUrl } = await startTestApp()
    const res = await rawFetch(`${baseUrl}/api/wall/summary`)
    expect(res.status).toBe(401)
    expect(problems(closed(ErrorSchema), await res.json())).toEqual([])
  })
})
