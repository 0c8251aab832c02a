import { describe, expect, it } from 'vitest'
import { presetPeriod } from '@shared/review/periods.ts'
import type { OnTimeDeadline } from '@shared/timeliness/on-time.ts'
import { wallOnTime } from '@shared/wall/on-time.ts'

const H = 3_600_000
const NOW = new Date('2026-11-25T04:00:00.000Z') // Wednesday 12:00 北京时间
const WEEK = presetPeriod('week', NOW) // Monday 2026-11-23 00:00 北京时间 onwards
const at = (h: number) => new Date(Date.parse(WEEK.from) + h * H).toISOString()
const dl = (unit: string, due: number, met: number | null): OnTimeDeadline => ({ unit_id: unit, due_soon_at: at(due - 1), due_at: at(due), met_at: met === null ? null : at(met) })
const NAMES = new Map([
  ['370102', '济南市历下区'],
  ['370100-yjj', '济南市应急管理局'],
  ['370900', '泰安市'],
])

describe('wallOnTime()', () => {
  it('wallOnTime() counts a deadline met early but due later this week as 按时办结 when the week is running', () => {
    // 签收 met at hour 1, due at hour 120 (Saturday): the review counts it; the wall used to leave the unit out.
    const r = wallOnTime([dl('370100-yjj', 120, 1), dl('370100-yjj', 40, 30)], NAMES, WEEK, NOW.toISOString())
    expect(WEEK.from).toBe('2026-11-22T16:00:00.000Z')
    expect(r.as_of).toBe(NOW.toISOString())
    expect(r.units).toEqual([{ id: '370100-yjj', name: '济南市应急管理局', met_on_time: 2, met_late: 0, overdue: 0, pending: 0, counted: 2, on_time_rate: 1 }])
  })

  it('wallOnTime() lists units worst first and leaves units with only 未到期 deadlines unranked', () => {
    const r = wallOnTime([dl('370102', 10, 20), dl('370102', 20, 15), dl('370900', 12, 11), dl('370900', 30, null), dl('370100-yjj', 100, null)], NAMES, WEEK, NOW.toISOString())
    expect(r.units.map((u) => [u.name, u.met_on_time, u.counted, u.on_time_rate])).toEqual([
      ['济南市历下区', 1, 2, 0.5],
      ['泰安市', 1, 2, 0.5],
    ])
    expect(r.units[0]).toMatchObject({ met_late: 1, overdue: 0 })
    expect(r.units[1]).toMatchObject({ met_late: 0, overdue: 1 })
    expect(r.unranked).toBe(1)
  })
})
