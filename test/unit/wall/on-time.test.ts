import { describe, expect, it } from 'vitest'
import type { Deadline } from '@shared/types/case.ts'
import { beijingWeekStart, onTimeByUnit } from '@shared/wall/on-time.ts'

const H = 3_600_000
function d(dueIso: string, metIso: string | null): Deadline {
  return { kind: 'response', starts_at: dueIso, due_soon_at: dueIso, due_at: dueIso, met_at: metIso, state: 'pending' }
}

describe('beijingWeekStart()', () => {
  it.each([
    // Sunday 23:05 北京时间 belongs to the week that began Monday 00:00 北京时间 (Sunday 16:00 UTC the week before).
    ['2026-11-29T15:05:00.000Z', '2026-11-22T16:00:00.000Z'],
    // Monday 00:05 北京时间 starts a new week.
    ['2026-11-29T16:05:00.000Z', '2026-11-29T16:00:00.000Z'],
    ['2026-12-02T04:00:00.000Z', '2026-11-29T16:00:00.000Z'],
  ])('puts %s in the week from %s', (now, start) => expect(beijingWeekStart(new Date(now)).toISOString()).toBe(start))
})

describe('onTimeByUnit()', () => {
  const from = new Date('2026-11-23T00:00:00.000Z')
  const now = new Date('2026-11-26T00:00:00.000Z')
  it('counts deadlines due in the window, on time only when met by due, worst unit first', () => {
    const cases = [
      { unit: { id: 'a', name: '甲' }, deadlines: [d('2026-11-24T00:00:00.000Z', '2026-11-23T20:00:00.000Z'), d('2026-11-25T00:00:00.000Z', null)] },
      { unit: { id: 'b', name: '乙' }, deadlines: [d('2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z')] },
      { unit: { id: 'a', name: '甲' }, deadlines: [d('2026-11-25T12:00:00.000Z', new Date(Date.parse('2026-11-25T12:00:00.000Z') + H).toISOString())] },
      // Not yet due, or due before the window: not counted.
      { unit: { id: 'c', name: '丙' }, deadlines: [d('2026-11-27T00:00:00.000Z', null), d('2026-11-20T00:00:00.000Z', null)] },
    ]
    const rows = onTimeByUnit(cases, from, now)
    expect(rows.map((r) => [r.unit.id, r.due, r.on_time])).toEqual([
      ['a', 3, 1],
      ['b', 1, 1],
    ])
    expect(rows[0]!.rate).toBeCloseTo(1 / 3)
  })
})
