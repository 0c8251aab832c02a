/**
 * 北京时间 day arithmetic, once: Asia/Shanghai is UTC+8 all year (no daylight saving since 1991),
 * so a Beijing calendar day is a fixed 24 h UTC window and shifting by 8 h reads its date and
 * weekday with the UTC getters. Every "today", "this week" and "this day in Beijing" uses these.
 */
export const BEIJING_OFFSET_MS = 8 * 3_600_000
export const DAY_MS = 86_400_000

/** The UTC instant (ms) of 00:00 北京时间 on a Beijing calendar date (month 0-based, may overflow like Date.UTC). */
export function beijingMidnightOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month, day) - BEIJING_OFFSET_MS
}

/** The UTC instant (ms) of 00:00 北京时间 of the Beijing day `t` falls in. */
export function beijingDayStart(t: number): number {
  const local = t + BEIJING_OFFSET_MS
  return local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - BEIJING_OFFSET_MS
}

/** The Beijing weekday of `t`: 0 Sunday … 6 Saturday. */
export function beijingWeekday(t: number): number {
  return new Date(t + BEIJING_OFFSET_MS).getUTCDay()
}

/** Monday 00:00 北京时间 at or before `t`. */
export function beijingWeekStart(t: number): number {
  return beijingDayStart(t) - ((beijingWeekday(t) + 6) % 7) * DAY_MS
}

/** The Beijing date `YYYY-MM-DD` of an instant. */
export function beijingDateOf(t: number): string {
  return new Date(t + BEIJING_OFFSET_MS).toISOString().slice(0, 10)
}

/** The UTC instant (ms) of 00:00 北京时间 on `YYYY-MM-DD`; null for text that is not a real day (2026-02-30). */
export function parseBeijingDay(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return null
  const at = beijingMidnightOf(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return beijingDateOf(at) === day ? at : null
}

/** Minutes since 00:00 北京时间 of the instant (ms). */
export function beijingMinuteOfDay(t: number): number {
  return Math.floor((t - beijingDayStart(t)) / 60_000)
}
