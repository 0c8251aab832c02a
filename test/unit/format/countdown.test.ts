import { describe, expect, it } from 'vitest'
import { formatCountdown, formatDuration } from '@shared/format/countdown.ts'

const DUE = '2026-03-01T10:00:00.000Z'
const SOON = '2026-03-01T09:00:00.000Z'
const t = (iso: string) => new Date(iso)

describe('formatDuration()', () => {
  it.each([
    [0, '00:00:00'],
    [999, '00:00:00'],
    [61_000, '00:01:01'],
    [18 * 3_600_000, '18:00:00'],
    [86_399_000, '23:59:59'],
    [86_400_000, '1天 00:00'],
    [(41 * 60 + 47) * 60_000 + 30_000, '1天 17:47'],
    [-(3_600_000 + 5_000), '01:00:05'],
  ])('formatDuration() of %i ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})

describe('formatCountdown()', () => {
  it.each([
    ['2026-03-01T04:00:00.000Z', null, 'pending', '剩余 06:00:00'],
    ['2026-03-01T09:00:00.000Z', null, 'due_soon', '即将超时 01:00:00'],
    ['2026-03-01T09:59:59.500Z', null, 'due_soon', '即将超时 00:00:00'],
    ['2026-03-01T10:00:00.000Z', null, 'overdue', '超时未办 00:00:00'],
    ['2026-03-01T11:02:03.000Z', null, 'overdue', '超时未办 01:02:03'],
    ['2026-03-03T03:47:00.000Z', null, 'overdue', '超时未办 1天 17:47'],
    ['2026-02-28T16:12:00.000Z', null, 'pending', '剩余 17:48:00'],
    ['2026-02-27T10:00:00.000Z', null, 'pending', '剩余 2天 00:00'],
    ['2026-03-01T12:00:00.000Z', '2026-03-01T09:30:00.000Z', 'met', '✓ 17:30'],
    ['2026-03-01T12:00:00.000Z', '2026-03-01T11:15:40.000Z', 'met_late', '超时办结 01:15'],
    ['2026-03-05T12:00:00.000Z', '2026-03-02T12:05:00.000Z', 'met_late', '超时办结 1天 02:05'],
  ])('formatCountdown() at %s with met_at %s is %s: %s', (now, metAt, state, text) => {
    expect(formatCountdown({ due_at: DUE, due_soon_at: SOON, met_at: metAt }, t(now))).toEqual({ state, text })
  })
})
