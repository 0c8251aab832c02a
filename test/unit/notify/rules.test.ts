import { describe, expect, it } from 'vitest'
import { DEFAULT_RULE, minIntervalUntil, quietUntil, wantsCause, type NotifyRule } from '@shared/notify/rules.ts'

const NIGHT: NotifyRule = { ...DEFAULT_RULE, quiet_hours: { start: '22:00', end: '07:00' } }
/** 北京时间 = UTC+8: 23:30 Beijing is 15:30 UTC the same day. */
const beijing = (hhmm: string, day = '2026-03-10') => new Date(`${day}T${hhmm}:00+08:00`)

describe('quietUntil()', () => {
  it.each([
    ['23:30', 'IV', '2026-03-11T07:00:00+08:00'],
    ['02:15', 'III', '2026-03-10T07:00:00+08:00'],
    ['22:00', 'IV', '2026-03-11T07:00:00+08:00'],
  ])('holds a level %s… reminder at %s until 07:00 北京时间', (at, level, until) => {
    expect(quietUntil(NIGHT, level as 'IV', beijing(at))?.toISOString()).toBe(new Date(until).toISOString())
  })

  it.each(['I', 'II'] as const)('never holds a level %s message, even at 03:00', (level) => {
    expect(quietUntil(NIGHT, level, beijing('03:00'))).toBeNull()
  })

  it.each(['07:00', '12:00', '21:59'])('lets a level IV message go at %s (outside the window)', (at) => {
    expect(quietUntil(NIGHT, 'IV', beijing(at))).toBeNull()
  })

  it('a daytime window that does not wrap midnight', () => {
    const lunch: NotifyRule = { ...DEFAULT_RULE, quiet_hours: { start: '12:00', end: '13:30' } }
    expect(quietUntil(lunch, 'IV', beijing('12:45'))?.toISOString()).toBe(beijing('13:30').toISOString())
    expect(quietUntil(lunch, 'IV', beijing('13:30'))).toBeNull()
  })

  it('no quiet hours, or an empty window, holds nothing', () => {
    expect(quietUntil(DEFAULT_RULE, 'IV', beijing('03:00'))).toBeNull()
    expect(quietUntil({ ...DEFAULT_RULE, quiet_hours: { start: '05:00', end: '05:00' } }, 'IV', beijing('05:00'))).toBeNull()
  })
})

describe('minIntervalUntil()', () => {
  const rule: NotifyRule = { ...DEFAULT_RULE, min_interval_min: 10 }
  it('holds a level III/IV message until the interval since the last send has passed', () => {
    const last = '2026-03-10T02:00:00.000Z'
    expect(minIntervalUntil(rule, 'III', last, new Date('2026-03-10T02:04:00Z'))?.toISOString()).toBe('2026-03-10T02:10:00.000Z')
    expect(minIntervalUntil(rule, 'III', last, new Date('2026-03-10T02:10:00Z'))).toBeNull()
  })
  it('never holds level I/II, nor the first message', () => {
    expect(minIntervalUntil(rule, 'I', '2026-03-10T02:00:00.000Z', new Date('2026-03-10T02:01:00Z'))).toBeNull()
    expect(minIntervalUntil(rule, 'IV', null, new Date('2026-03-10T02:01:00Z'))).toBeNull()
  })
})

describe('wantsCause()', () => {
  it('办结 only when the subscription includes it; the default takes every other cause', () => {
    expect(wantsCause(DEFAULT_RULE, 'closed')).toBe(false)
    expect(wantsCause({ ...DEFAULT_RULE, include_closed: true }, 'closed')).toBe(true)
    expect(wantsCause(DEFAULT_RULE, 'still_overdue')).toBe(true)
    expect(wantsCause({ ...DEFAULT_RULE, causes: ['forwarded'] }, 'due_soon')).toBe(false)
  })
})
