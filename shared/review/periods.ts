import type { ReviewPeriod } from './types.ts'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
const BEIJING_OFFSET_MS = 8 * HOUR_MS

export type PeriodPreset = 'week' | 'month' | 'quarter'
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['week', 'month', 'quarter']

/** UTC instant of 00:00 北京时间 on the given Beijing calendar date (month 0-based, may overflow). */
function beijingMidnight(year: number, month: number, day: number): number {
  return Date.UTC(year, month, day) - BEIJING_OFFSET_MS
}

/**
 * The current week (from Monday), month or quarter in 北京时间, as a half-open UTC period
 * [start, start of the next one). Periods are whole calendar units, so this month's review and
 * the bulletin for the month cover the same deadlines.
 */
export function presetPeriod(preset: PeriodPreset, now: Date): ReviewPeriod {
  const local = new Date(now.getTime() + BEIJING_OFFSET_MS)
  const y = local.getUTCFullYear()
  const m = local.getUTCMonth()
  const d = local.getUTCDate()
  let from: number
  let to: number
  if (preset === 'week') {
    from = beijingMidnight(y, m, d) - ((local.getUTCDay() + 6) % 7) * DAY_MS
    to = from + 7 * DAY_MS
  } else if (preset === 'month') {
    from = beijingMidnight(y, m, 1)
    to = beijingMidnight(y, m + 1, 1)
  } else {
    const q = Math.floor(m / 3) * 3
    from = beijingMidnight(y, q, 1)
    to = beijingMidnight(y, q + 3, 1)
  }
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() }
}

/** A custom period from two Beijing dates `YYYY-MM-DD`, both days included; null when unreadable or reversed. */
export function customPeriod(firstDay: string, lastDay: string): ReviewPeriod | null {
  const parse = (s: string): number | null => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
    return m ? beijingMidnight(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null
  }
  const from = parse(firstDay)
  const last = parse(lastDay)
  if (from === null || last === null || last < from) return null
  return { from: new Date(from).toISOString(), to: new Date(last + DAY_MS).toISOString() }
}

/** The Beijing date `YYYY-MM-DD` of an instant (for date inputs). */
export function beijingDate(iso: string): string {
  return new Date(Date.parse(iso) + BEIJING_OFFSET_MS).toISOString().slice(0, 10)
}
