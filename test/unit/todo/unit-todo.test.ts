import { describe, expect, it } from 'vitest'
import { unitOnTimeWeeks, type WeekCase } from '@shared/review/unit-weeks.ts'
import { awaitingList, deadlineLists } from '@shared/todo/unit-todo.ts'
import type { Deadline, DeadlineKind } from '@shared/types/case.ts'

const H = 3_600_000
const NOW = Date.parse('2026-11-04T04:00:00Z') // Wednesday 12:00 北京时间
const WEEK = Date.parse('2026-11-01T16:00:00Z') // Monday 00:00 北京时间 of that week
const iso = (t: number) => new Date(t).toISOString()

function dl(kind: DeadlineKind, due: number, met: number | null = null, hours = 48): Deadline {
  return { kind, starts_at: iso(due - hours * H), due_soon_at: iso(due - H), due_at: iso(due), met_at: met === null ? null : iso(met), state: 'pending' }
}

function kase(id: number, deadlines: Deadline[], extra: Partial<WeekCase & { status: string }> = {}) {
  return { id, title: `事项${id}`, status: 'new', unit: { id: '370102' }, drill: false, deadlines, ...extra }
}

describe('a unit\'s 待办 lists', () => {
  it('splits unmet deadlines of open cases into 即将到期 (soonest first) and 已超时 (longest overdue first); met and closed ones are done', () => {
    const cases = [
      kase(1, [dl('response', NOW + 5 * H), dl('authoritative_info', NOW - 1 * H)]),
      kase(2, [dl('response', NOW + 1 * H), dl('press_conference', NOW - 9 * H)]),
      kase(3, [dl('response', NOW - 3 * H, NOW - 4 * H)]),
      kase(4, [dl('response', NOW - 30 * H)], { status: 'closed' }),
      // A running 签收 clock is offered in 转办给我, not twice; an overdue one is overdue.
      kase(5, [dl('acknowledgement', NOW + 0.5 * H, null, 1), dl('acknowledgement', NOW - 2 * H, null, 1)]),
    ]
    const { upcoming, overdue } = deadlineLists(cases, new Date(NOW))
    expect(upcoming.map((r) => [r.case.id, r.deadline.kind])).toEqual([[2, 'response'], [1, 'response']])
    expect(overdue.map((r) => [r.case.id, r.deadline.kind])).toEqual([[2, 'press_conference'], [5, 'acknowledgement'], [1, 'authoritative_info']])
    // A deadline due this very second is overdue, as on the wall.
    expect(deadlineLists([kase(6, [dl('response', NOW)])], new Date(NOW)).overdue).toHaveLength(1)
  })

  it('转办给我 shows each case once, by its latest unmet 签收 clock, the one due soonest first', () => {
    const rows = awaitingList([
      kase(1, [dl('response', NOW + 40 * H), dl('acknowledgement', NOW + 0.8 * H, null, 1)]),
      kase(2, [dl('acknowledgement', NOW - 5 * H, NOW - 5.5 * H, 1), dl('acknowledgement', NOW + 0.2 * H, null, 1)]),
      kase(3, [dl('response', NOW + 40 * H)]),
    ])
    expect(rows.map((r) => [r.case.id, r.deadline.due_at])).toEqual([
      [2, iso(NOW + 0.2 * H)],
      [1, iso(NOW + 0.8 * H)],
    ])
  })
})

describe('unitOnTimeWeeks()', () => {
  it('counts the unit\'s own deadlines of this and last 北京时间 week as the review does; other units and drills are left out', () => {
    const cases = [
      kase(1, [dl('response', WEEK - 3 * 24 * H, WEEK - 4 * 24 * H)]), // last week, on time
      kase(2, [dl('response', WEEK - 2 * 24 * H, WEEK - 1 * 24 * H)]), // last week, late
      kase(3, [dl('response', WEEK - 1 * H, WEEK + 1 * H)]), // last week, met only this week: overdue in last week's figures
      kase(4, [dl('response', NOW - 2 * H)]), // this week, overdue
      kase(5, [dl('response', NOW + 20 * H, NOW - 1 * H)]), // this week, met ahead of time
      kase(6, [dl('response', NOW + 10 * H)]), // this week, not yet due: not counted
      kase(7, [dl('response', NOW - 3 * H, NOW - 2 * H)], { unit: { id: '370103' } }),
      kase(8, [dl('response', NOW - 4 * H)], { drill: true }),
    ]
    const { thisWeek, lastWeek } = unitOnTimeWeeks(cases, '370102', new Date(NOW))
    expect(lastWeek).toEqual({ from: iso(WEEK - 7 * 24 * H), to: iso(WEEK), met_on_time: 1, due: 3, on_time_rate: 1 / 3 })
    expect(thisWeek).toEqual({ from: iso(WEEK), to: iso(WEEK + 7 * 24 * H), met_on_time: 1, due: 2, on_time_rate: 0.5 })
    expect(unitOnTimeWeeks([], '370102', new Date(NOW)).thisWeek).toMatchObject({ due: 0, on_time_rate: null })
  })
})
