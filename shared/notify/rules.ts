import { beijingMinuteOfDay } from '../beijing-day.ts'
import type { Level } from '../types/case.ts'
import { NOTIFY_CAUSES, type NotifyCause } from './channels.ts'

/** Rules are data, per owner (unit, user or duty group); a missing rule means DEFAULT_RULE. */
export interface NotifyRule {
  causes: NotifyCause[]
  /** Least minutes between two messages on one channel for level III/IV; what comes sooner waits and is merged. */
  min_interval_min: number
  /** 'HH:MM' 北京时间; may wrap midnight (22:00–07:00). Never holds level I/II. */
  quiet_hours: { start: string; end: string } | null
  /** Tell this owner when a case closes (办结). */
  include_closed: boolean
}

export const DEFAULT_RULE: NotifyRule = Object.freeze({
  causes: NOTIFY_CAUSES.filter((c) => c !== 'closed'),
  min_interval_min: 0,
  quiet_hours: null,
  include_closed: false,
}) as NotifyRule

const MAJOR: ReadonlySet<Level> = new Set(['I', 'II'])
const DAY_MIN = 24 * 60
const MINUTE_MS = 60_000

export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return h! * 60 + m!
}

/** Whether this owner wants this cause at all: closing only when the subscription includes it. */
export function wantsCause(rule: NotifyRule, cause: NotifyCause): boolean {
  if (cause === 'closed') return rule.include_closed
  return rule.causes.includes(cause)
}

/**
 * The instant quiet hours end, when `now` falls inside them and the message may wait; null when it
 * goes now. Level I/II is never held: 特别重大、重大 cases run on a 5 h clock.
 */
export function quietUntil(rule: NotifyRule, level: Level, now: Date): Date | null {
  if (!rule.quiet_hours || MAJOR.has(level)) return null
  const start = minutesOf(rule.quiet_hours.start)
  const end = minutesOf(rule.quiet_hours.end)
  if (start === end) return null
  const nowMin = Math.floor(now.getTime() / MINUTE_MS)
  const local = beijingMinuteOfDay(nowMin * MINUTE_MS)
  const inside = start < end ? local >= start && local < end : local >= start || local < end
  if (!inside) return null
  const wait = (((end - local) % DAY_MIN) + DAY_MIN) % DAY_MIN
  return new Date((nowMin + wait) * MINUTE_MS)
}

/** When the next level III/IV message may go on a channel that last sent at `lastSentAt`; null = now. */
export function minIntervalUntil(rule: NotifyRule, level: Level, lastSentAt: string | null, now: Date): Date | null {
  if (rule.min_interval_min <= 0 || MAJOR.has(level) || !lastSentAt) return null
  const next = Date.parse(lastSentAt) + rule.min_interval_min * MINUTE_MS
  return next > now.getTime() ? new Date(next) : null
}
