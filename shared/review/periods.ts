import { BEIJING_OFFSET_MS, DAY_MS, beijingDateOf, beijingMidnightOf as beijingMidnight, beijingWeekStart, parseBeijingDay } from '../beijing-day.ts'
import type { ReviewPeriod } from './types.ts'

export type PeriodPreset = 'week' | 'month' | 'quarter'
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['week', 'month', 'quarter']

/**
 * The current week (from Monday), month or quarter in 北京时间, as a half-open UTC period
 * [start, start of the next one). Periods are whole calendar units, so this month's review and
 * the bulletin for the month cover the same deadlines.
 */
export function presetPeriod(preset: PeriodPreset, now: Date): ReviewPeriod {
  const local = new Date(now.getTime() + BEIJING_OFFSET_MS)
  const y = local.getUTCFullYear()
  const m = local.getUTCMonth()
  let from: number
  let to: number
  if (preset === 'week') {
    from = beijingWeekStart(now.getTime())
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
  const from = parseBeijingDay(firstDay)
  const last = parseBeijingDay(lastDay)
  if (from === null || last === null || last < from) return null
  return { from: new Date(from).toISOString(), to: new Date(last + DAY_MS).toISOString() }
}

/** The Beijing date `YYYY-MM-DD` of an instant (for date inputs). */
export function beijingDate(iso: string): string {
  return beijingDateOf(Date.parse(iso))
}

/** The Beijing date of a half-open period's last day: `to` is the next day's 00:00, so step back 1 ms (customPeriod's inverse). */
export function lastBeijingDate(to: string): string {
  return beijingDateOf(Date.parse(to) - 1)
}
