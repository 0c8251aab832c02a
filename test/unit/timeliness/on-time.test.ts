import { describe, expect, it } from 'vitest'
import { judgeInstants, judgeOnTime, outcomeAt, type OnTimeDeadline } from '@shared/timeliness/on-time.ts'

const H = 3_600_000
const T0 = Date.parse('2026-11-01T16:00:00.000Z') // Monday 00:00 北京时间
const at = (h: number) => new Date(T0 + h * H).toISOString()
const WEEK = { from: at(0), to: at(7 * 24) }

/** A deadline of `unit` due at hour `due`, met at hour `met` (or never). */
function dl(unit: string, due: number, met: number | null, drill = false): OnTimeDeadline {
  return { unit_id: unit, due_soon_at: at(due - 1), due_at: at(due), met_at: met === null ? null : at(met), drill }
}

describe('outcomeAt()', () => {
  it.each([
    ['met before it is due, the period still running', dl('a', 100, 10), 50, 'met'],
    ['met exactly at its due instant', dl('a', 40, 40), 50, 'met'],
    ['met after it was due', dl('a', 40, 45), 50, 'met_late'],
    ['unmet and past due', dl('a', 40, null), 50, 'overdue'],
    ['unmet and not yet due', dl('a', 60, null), 50, 'pending'],
    ['unmet, inside its due-soon hour', dl('a', 50.5, null), 50, 'pending'],
    ['met only after the instant it is judged at', dl('a', 40, 60), 50, 'overdue'],
  ] as const)('outcomeAt() is %s → %s', (_, d, asOfHour, outcome) => expect(outcomeAt(d, at(asOfHour))).toBe(outcome))
})

describe('judgeOnTime()', () => {
  it('judgeOnTime() counts 按时办结, 超时办结 and 超时未办 in the rate and 未到期 apart when the week is still running', () => {
    const j = judgeOnTime([dl('a', 10, 5), dl('a', 20, 25), dl('a', 30, null), dl('a', 100, null), dl('a', 120, 40)], WEEK, at(50))
    expect(j.as_of).toBe(at(50))
    expect(j.by_unit.get('a')).toEqual({ met_on_time: 2, met_late: 1, overdue: 1, pending: 1, counted: 4, on_time_rate: 0.5 })
    expect(j.deadlines.map((d) => [d.outcome, d.late_ms])).toEqual([
      ['met', 0],
      ['met_late', 5 * H],
      ['overdue', 20 * H],
      ['pending', 0],
      ['met', 0],
    ])
  })

  it('judgeOnTime() credits each deadline to its own unit when one case names several', () => {
    const j = judgeOnTime([dl('a', 10, 5), dl('b', 10, 12)], WEEK, at(50))
    expect(j.by_unit.get('a')).toMatchObject({ counted: 1, met_on_time: 1, on_time_rate: 1 })
    expect(j.by_unit.get('b')).toMatchObject({ counted: 1, met_late: 1, on_time_rate: 0 })
    expect(j.total).toMatchObject({ counted: 2, met_on_time: 1, on_time_rate: 0.5 })
  })

  it('judgeOnTime() gives no rate (null, shown —) when a unit has only 未到期 deadlines', () => {
    const j = judgeOnTime([dl('a', 100, null), dl('a', 110, null)], WEEK, at(50))
    expect(j.by_unit.get('a')).toEqual({ met_on_time: 0, met_late: 0, overdue: 0, pending: 2, counted: 0, on_time_rate: null })
  })

  it('judgeOnTime() takes deadlines due in [from, to) only and leaves drills out', () => {
    const j = judgeOnTime([dl('a', 0, null), dl('a', 7 * 24, null), dl('a', -1, null), dl('a', 10, 5, true)], WEEK, at(1000))
    expect(j.as_of).toBe(WEEK.to)
    expect(j.deadlines).toHaveLength(1)
    expect(j.by_unit.get('a')).toMatchObject({ counted: 1, overdue: 1, on_time_rate: 0 })
  })
})

describe('judgeInstants()', () => {
  it('judgeInstants() gives the outcome outcomeAt gives, and late_ms as met − due or as_of − due, for every order of due, met and as_of', () => {
    const hours = [0, 9.5, 10, 10.5, 11, 20]
    for (const due of hours) {
      for (const met of [...hours, null, 'unreadable'] as const) {
        for (const asOf of hours) {
          const d = { due_soon_at: at(due - 1), due_at: at(due), met_at: met === null ? null : met === 'unreadable' ? 'not a time' : at(met) }
          const metMs = d.met_at === null ? null : Date.parse(d.met_at)
          const expected = outcomeAt(d, at(asOf))
          const late = expected === 'met_late' ? Date.parse(d.met_at!) - Date.parse(d.due_at) : expected === 'overdue' ? (asOf - due) * H : 0
          expect([due, met, asOf, judgeInstants(Date.parse(d.due_at), metMs, T0 + asOf * H)]).toEqual([due, met, asOf, { outcome: expected, late_ms: late }])
        }
      }
    }
  })
})
