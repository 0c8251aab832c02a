import { describe, expect, it } from 'vitest'
import type { TimelinessReport } from '@shared/api/review.ts'
import type { WallSummary } from '@shared/api/wall.ts'
import { api } from '../../helpers/case-fixtures.ts'
import { seeded } from '../../helpers/review-fixtures.ts'
import { buildScenario, SCENARIO_TO } from '../../helpers/review-scenario.ts'
import { startTestApp, tempDataDir } from '../../helpers/test-app.ts'

/** Thursday 2026-11-12 12:00 北京时间: inside the scenario's second week, which is still running. */
const NOW = new Date('2026-11-12T04:00:00.000Z')
const WEEK_FROM = '2026-11-08T16:00:00.000Z'

describe('本周按时率 on the wall and in the review', () => {
  it('GET /api/wall/summary states the review\'s figures for every unit when both are asked about the same running week', { timeout: 90_000 }, async () => {
    const { baseUrl } = await startTestApp({}, tempDataDir('yq-agree-'), { random: seeded(1), now: () => NOW })
    await buildScenario(baseUrl)

    const wall = (await api<WallSummary>(baseUrl, 'GET', '/api/wall/summary')).body.on_time
    expect([wall.from, wall.to, wall.as_of]).toEqual([WEEK_FROM, SCENARIO_TO, NOW.toISOString()])
    const review = (await api<TimelinessReport>(baseUrl, 'GET', `/api/review/timeliness?from=${WEEK_FROM}&to=${SCENARIO_TO}&by=unit`)).body
    expect(review.as_of).toBe(NOW.toISOString())

    // 1. The same units, the same counts, the same rate; units with nothing counted are not ranked on either.
    const fromReview = review.groups
      .filter((g) => g.on_time_rate !== null)
      .map((g) => ({ id: g.key, name: g.name, met_on_time: g.met_on_time, met_late: g.met_late, overdue: g.overdue, pending: g.pending, counted: g.due, on_time_rate: g.on_time_rate }))
    expect([...wall.units].sort((a, b) => a.id.localeCompare(b.id))).toEqual(fromReview.sort((a, b) => a.id.localeCompare(b.id)))
    expect(wall.unranked).toBe(review.groups.filter((g) => g.on_time_rate === null && g.pending > 0).length)

    // 2. By hand: 济南市应急管理局 this week so far (北京时间). Case 19 (clock 11-10 00:00): 权威信息 and 发布会 met on time,
    //    持续发布 due 11-11 02:00 met 06:00 (超时办结); case 20 (clock 11-11 00:00) answered 11-11 12:00, due 11-13 00:00:
    //    按时办结 though not yet due — the wall used to leave such deadlines out; cases 21 and 22 not answered yet, due
    //    11-14 and 11-15 (未到期, not in the rate).
    expect(wall.units.find((u) => u.id === '370100-yjj')).toEqual({ id: '370100-yjj', name: '济南市应急管理局', met_on_time: 3, met_late: 1, overdue: 0, pending: 2, counted: 4, on_time_rate: 0.75 })
    // 3. Worst first on the wall.
    const rates = wall.units.map((u) => u.on_time_rate!)
    expect(rates).toEqual([...rates].sort((a, b) => a - b))
  })
})
