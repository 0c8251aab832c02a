import { describe, expect, it } from 'vitest'
import type { Deadline } from '@shared/types/case.ts'
import { cityCodeOf, formatDueIn, orderByUrgency, summariseOverflow, tileDeadlines } from '@shared/wall/urgency.ts'

const H = 3_600_000
const NOW = new Date('2026-11-29T15:00:00.000Z')
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString()
function deadline(kind: Deadline['kind'], dueIn: number, metAfterDue: number | null = null): Deadline {
  return { kind, starts_at: at(-10 * H), due_soon_at: at(dueIn - H), due_at: at(dueIn), met_at: metAfterDue === null ? null : at(dueIn + metAfterDue), state: 'pending' }
}

describe('orderByUrgency()', () => {
  it('puts the longest overdue first, then the soonest due, and fully met cases last when mixed', () => {
    const cases = [
      { id: 1, deadlines: [deadline('response', 30 * H)] },
      { id: 2, deadlines: [deadline('response', -2 * H, 1000)] },
      { id: 3, deadlines: [deadline('authoritative_info', -1 * H), deadline('press_conference', 18 * H)] },
      { id: 4, deadlines: [deadline('response', -3 * H)] },
      { id: 5, deadlines: [deadline('response', 2 * H)] },
    ]
    expect(orderByUrgency(cases).map((c) => c.id)).toEqual([4, 3, 5, 1, 2])
  })
})

describe('tileDeadlines()', () => {
  it('shows unmet deadlines by due time before met ones and counts what does not fit when there are more than max', () => {
    const ds = [deadline('follow_up', 20 * H), deadline('acknowledgement', -5 * H, -4 * H), deadline('press_conference', 10 * H), deadline('authoritative_info', 1 * H)]
    const { shown, hidden } = tileDeadlines(ds, 2)
    expect(shown.map((d) => d.kind)).toEqual(['authoritative_info', 'press_conference'])
    expect(hidden).toBe(2)
  })
})

describe('summariseOverflow()', () => {
  it('counts the hidden cases and says how soon the next one is due when some are hidden', () => {
    const o = summariseOverflow([{ id: 1, deadlines: [deadline('response', 50 * H)] }, { id: 2, deadlines: [deadline('response', 49 * H)] }], NOW)
    expect(o).toEqual({ count: 2, nextDueInMs: 49 * H })
    expect(formatDueIn(o.nextDueInMs)).toBe('2 天后')
  })
})

describe('formatDueIn()', () => {
  it.each([
    [null, '均已完成'],
    [-1, '超时未办'],
    [0, '超时未办'],
    [30_000, '1 分钟后'],
    [59 * 60_000, '59 分钟后'],
    [3 * H + 1, '3 小时后'],
    [25 * H, '1 天后'],
  ])('reads %s ms as %s', (ms, text) => expect(formatDueIn(ms)).toBe(text))
})

describe('cityCodeOf()', () => {
  it.each([
    ['370102', '370100'],
    ['370100-yjj', '370100'],
    ['371202', '370100'],
    ['371700', '371700'],
    ['370000-bgt', null],
    ['110101', null],
    ['', null],
    [null, null],
  ])('maps unit %s to city %s', (unit, city) => expect(cityCodeOf(unit)).toBe(city))
})
