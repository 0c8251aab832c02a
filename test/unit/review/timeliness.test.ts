import { describe, expect, it } from 'vitest'
import { computeTimeliness, nearestRank, beijingWeekStart } from '@shared/review/timeliness.ts'
import type { ReviewCaseInput, ReviewUnit } from '@shared/review/types.ts'
import type { DeadlineKind } from '@shared/types/case.ts'

const H = 3_600_000
const T0 = Date.parse('2026-11-02T00:00:00Z') // Monday 08:00 北京时间
const at = (h: number) => new Date(T0 + h * H).toISOString()

const UNITS: ReviewUnit[] = [
  { id: '370000', name: '山东省', level: 'province', parent_id: null },
  { id: '370000-wjw', name: '山东省卫生健康委员会', level: 'province', parent_id: '370000' },
  { id: '370100', name: '济南市', level: 'city', parent_id: '370000' },
  { id: '370102', name: '济南市历下区', level: 'county', parent_id: '370100' },
  { id: '370100-yjj', name: '济南市应急管理局', level: 'city', parent_id: '370100' },
  { id: '370200-wjw', name: '青岛市卫生健康委员会', level: 'city', parent_id: '370200' },
  { id: '370200', name: '青岛市', level: 'city', parent_id: '370000' },
]

/** A deadline started at hour `start`, due `hours` later, met at hour `met` (or never). */
function dl(kind: DeadlineKind, start: number, hours: number, met: number | null) {
  return { kind, starts_at: at(start), due_soon_at: at(start + hours - 1), due_at: at(start + hours), met_at: met === null ? null : at(met) }
}

function kase(id: number, unit_id: string, deadlines: ReviewCaseInput['deadlines'], extra: Partial<ReviewCaseInput> = {}): ReviewCaseInput {
  return { id, title: `事项${id}`, unit_id, drill: false, deadlines, flags: [], ...extra }
}

const PERIOD = { from: at(0), to: at(7 * 24) }

describe('computeTimeliness()', () => {
  it('computeTimeliness() counts on time, late and overdue as at the period end when deadlines fall in the period', () => {
    const cases = [
      kase(1, '370102', [dl('response', 0, 48, 10)]), // on time, 10 h
      kase(2, '370102', [dl('response', 2, 48, 60)]), // late by 10 h, 58 h to meet
      kase(3, '370102', [dl('response', 4, 48, null)]), // overdue: due h52, still open at h168
      kase(4, '370102', [dl('response', 100, 48, 200)]), // due h148, met only after the period: overdue in it
    ]
    const r = computeTimeliness(cases, UNITS, PERIOD, at(1000), 'unit')
    expect(r.as_of).toBe(at(168))
    expect(r.groups).toHaveLength(1)
    const g = r.groups[0]!
    expect([g.cases, g.due, g.met_on_time, g.met_late, g.overdue, g.pending]).toEqual([4, 4, 1, 1, 2, 0])
    expect(g.on_time_rate).toBe(0.25)
    expect(g.by_kind.response).toEqual({ due: 4, met_on_time: 1, met_late: 1, overdue: 2, on_time_rate: 0.25 })
    expect(g.by_kind.press_conference.on_time_rate).toBeNull()
    // Time to meet over met deadlines only: 10 h and 58 h.
    expect(g.median_ms_to_meet).toBe(10 * H)
    expect(g.p90_ms_to_meet).toBe(58 * H)
    expect(r.cases.find((c) => c.id === 2)!.deadlines[0]!.late_ms).toBe(10 * H)
    expect(r.cases.find((c) => c.id === 4)!.deadlines[0]).toMatchObject({ outcome: 'overdue', met_at: null, late_ms: 20 * H })
  })

  it('computeTimeliness() counts a deadline not yet due at the period end as neither when the period is still running', () => {
    const cases = [kase(1, '370102', [dl('response', 100, 48, null)]), kase(2, '370102', [dl('response', 0, 48, 5)])]
    const r = computeTimeliness(cases, UNITS, PERIOD, at(120), 'unit')
    expect(r.as_of).toBe(at(120))
    expect(r.totals).toMatchObject({ due: 1, met_on_time: 1, met_late: 0, overdue: 0, pending: 1, on_time_rate: 1 })
  })

  it('computeTimeliness() leaves out drills and deadlines due outside [from, to) when building the period', () => {
    const cases = [
      kase(1, '370102', [dl('response', 0, 48, 1)], { drill: true, flags: [{ flag: 'late_report', at: at(3) }] }),
      kase(2, '370102', [dl('response', -48, 48, null)]), // due exactly at `from`: in
      kase(3, '370102', [dl('response', 120, 48, null)]), // due exactly at `to`: out
      kase(4, '370102', [dl('response', -100, 48, null)]), // due before: out
    ]
    const r = computeTimeliness(cases, UNITS, PERIOD, at(1000), 'unit')
    expect(r.cases.map((c) => c.id)).toEqual([2])
    expect(r.totals).toMatchObject({ cases: 1, due: 1, overdue: 1, flags_total: 0 })
  })

  it('computeTimeliness() counts flags raised in the period per kind when a case is flagged', () => {
    const flags = [
      { flag: 'ineffective_handling' as const, at: at(5) },
      { flag: 'improper_response' as const, at: at(6) },
      { flag: 'improper_response' as const, at: at(200) }, // after the period
    ]
    const r = computeTimeliness([kase(1, '370100-yjj', [dl('response', -100, 48, null)], { flags })], UNITS, PERIOD, at(1000), 'unit')
    expect(r.totals.cases).toBe(1)
    expect(r.totals.due).toBe(0)
    expect(r.totals.flags).toEqual({ ineffective_handling: 1, improper_response: 1, late_report: 0 })
    expect(r.totals.flags_total).toBe(2)
  })

  it('computeTimeliness() groups by city, department kind and level when asked', () => {
    const cases = [
      kase(1, '370102', [dl('response', 0, 48, 1)]),
      kase(2, '370100-yjj', [dl('response', 0, 48, 60)]),
      kase(3, '370000-wjw', [dl('response', 0, 48, 2)]),
      kase(4, '370200-wjw', [dl('response', 0, 48, null)]),
    ]
    const byCity = computeTimeliness(cases, UNITS, PERIOD, at(1000), 'city')
    expect(byCity.groups.map((g) => [g.key, g.name, g.due, g.met_on_time])).toEqual([
      ['370000', '山东省（省直）', 1, 1],
      ['370100', '济南市', 2, 1],
      ['370200', '青岛市', 1, 0],
    ])
    const byDept = computeTimeliness(cases, UNITS, PERIOD, at(1000), 'department')
    expect(byDept.groups.map((g) => [g.key, g.due, g.met_on_time])).toEqual([
      ['government', 1, 1],
      ['health', 2, 1],
      ['emergency', 1, 0],
    ])
    const byLevel = computeTimeliness(cases, UNITS, PERIOD, at(1000), 'level')
    expect(byLevel.groups.map((g) => [g.key, g.name, g.due])).toEqual([
      ['county', '县级', 1],
      ['province', '省级', 1],
      ['city', '市级', 2],
    ])
  })

  it('computeTimeliness() ranks groups by on-time rate, then by more deadlines due when rates tie', () => {
    const cases = [
      kase(1, '370102', [dl('response', 0, 48, 1)]),
      kase(2, '370100-yjj', [dl('response', 0, 48, 1), dl('acknowledgement', 0, 1, 0.5)]),
      kase(3, '370200-wjw', [dl('response', 0, 48, null)]),
    ]
    const r = computeTimeliness(cases, UNITS, PERIOD, at(1000), 'unit')
    expect(r.groups.map((g) => g.key)).toEqual(['370100-yjj', '370102', '370200-wjw'])
  })

  it('computeTimeliness() splits weeks at Monday 00:00 北京时间 and the weeks add up when the period spans them', () => {
    const cases = [kase(1, '370102', [dl('response', 0, 48, 1)]), kase(2, '370102', [dl('response', 150, 48, null)]), kase(3, '370102', [dl('response', 200, 48, 210)])]
    const period = { from: at(0), to: at(14 * 24) }
    const r = computeTimeliness(cases, UNITS, period, at(1000), 'unit')
    // T0 is Monday 08:00 北京时间: the first week runs to the next Monday 00:00 北京时间 (h160).
    expect(r.weeks.map((w) => [w.from, w.to, w.due, w.met_on_time])).toEqual([
      [at(0), at(160), 1, 1],
      [at(160), at(328), 2, 1],
      [at(328), at(336), 0, 0],
    ])
    expect(r.weeks.reduce((s, w) => s + w.due, 0)).toBe(r.totals.due)
    expect(r.weeks[2]!.on_time_rate).toBeNull()
  })

  it('computeTimeliness() gives the same report, a forwarded case counted once in the totals, whatever order the cases come in', () => {
    const cases = [
      kase(1, '370102', [dl('response', 0, 48, 10), { ...dl('follow_up', 20, 24, 30), unit_id: '370200-wjw' }], { flags: [{ flag: 'late_report', at: at(5), unit_id: '370100-yjj' }] }),
      kase(2, '370102', [dl('response', 2, 48, 60), dl('response', 1, 24, 3)]),
      kase(3, '370200-wjw', [dl('response', 4, 48, null)], { returns: [{ at: at(6), from_unit_id: '370200-wjw', to_unit_id: '370102', reason: '不属本单位' }] }),
      kase(4, '370100-yjj', [dl('response', 8, 48, 9)], { failed_checks: [{ check_id: 1, at: at(9), aspects: [], note: '未核实', unit_id: '370102' }] }),
    ]
    const inOrder = computeTimeliness(cases, UNITS, PERIOD, at(1000), 'city')
    expect(computeTimeliness([...cases].reverse(), UNITS, PERIOD, at(1000), 'city')).toEqual(inOrder)
    expect(inOrder.cases.map((c) => [c.id, c.unit_id])).toEqual([[1, '370100-yjj'], [1, '370102'], [1, '370200-wjw'], [2, '370102'], [3, '370200-wjw'], [4, '370100-yjj'], [4, '370102']])
    expect(inOrder.cases.find((c) => c.id === 2)!.deadlines.map((d) => d.due_at)).toEqual([at(25), at(50)])
    expect(inOrder.totals.cases).toBe(4)
    expect(inOrder.totals.due).toBe(6)
    expect(inOrder.groups.reduce((s, g) => s + g.due, 0)).toBe(6)
    // Time to meet 10, 10, 58, 2, 1 h: nearest-rank median 10 h, p90 58 h.
    expect([inOrder.totals.median_ms_to_meet, inOrder.totals.p90_ms_to_meet]).toEqual([10 * H, 58 * H])
    expect([inOrder.totals.flags_total, inOrder.totals.returns, inOrder.totals.checks_failed]).toEqual([1, 1, 1])
  })

  it('computeTimeliness() buckets time to meet per kind when deadlines are met', () => {
    const cases = [kase(1, '370102', [dl('authoritative_info', 0, 5, 0.5), dl('press_conference', 0, 24, 30), dl('response', 0, 48, 49), dl('follow_up', 1, 24, 5)])]
    const r = computeTimeliness(cases, UNITS, PERIOD, at(1000), 'unit')
    expect(r.time_to_meet.authoritative_info).toEqual([1, 0, 0, 0, 0])
    expect(r.time_to_meet.follow_up).toEqual([0, 1, 0, 0, 0])
    expect(r.time_to_meet.press_conference).toEqual([0, 0, 0, 1, 0])
    expect(r.time_to_meet.response).toEqual([0, 0, 0, 0, 1])
  })
})

describe('nearestRank()', () => {
  it('nearestRank() picks the nearest-rank value when given sorted values', () => {
    expect(nearestRank([], 0.5)).toBeNull()
    expect(nearestRank([1, 2, 3, 4], 0.5)).toBe(2)
    expect(nearestRank([1, 2, 3, 4, 5], 0.5)).toBe(3)
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9)
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9)).toBe(10)
  })
})

describe('beijingWeekStart()', () => {
  it('beijingWeekStart() is Monday 00:00 +08:00 when given any instant of the week', () => {
    expect(new Date(beijingWeekStart(Date.parse('2026-11-08T15:59:59Z'))).toISOString()).toBe('2026-11-01T16:00:00.000Z')
    expect(new Date(beijingWeekStart(Date.parse('2026-11-08T16:00:00Z'))).toISOString()).toBe('2026-11-08T16:00:00.000Z')
  })
})
