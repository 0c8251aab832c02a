import { formatBeijingHm } from '../time.ts'
import type { DeadlineState } from '../types/case.ts'

/** The words around the numbers; the client passes its message table, the defaults are zh-CN. */
export interface CountdownLabels {
  remaining: string
  dueSoon: string
  overdue: string
  met: string
  late: string
  day: string
}

export const ZH_COUNTDOWN_LABELS: CountdownLabels = {
  remaining: '剩余',
  dueSoon: '即将超时',
  overdue: '超时未办',
  met: '✓',
  late: '超时办结',
  day: '天',
}

export interface CountdownInput {
  due_at: string
  /** From the policy's threshold; the countdown turns 即将超时 here. */
  due_soon_at: string
  met_at: string | null
}

export interface Countdown {
  state: DeadlineState
  text: string
}

const DAY_MS = 86_400_000
const pad = (n: number): string => String(n).padStart(2, '0')

/**
 * `hh:mm:ss` under a day, `1天 17:47` (days, hours, minutes) from a day on. Whole seconds,
 * rounded toward zero so a countdown reaches 00:00:00 exactly at its due instant.
 */
export function formatDuration(ms: number, labels: CountdownLabels = ZH_COUNTDOWN_LABELS): string {
  const total = Math.floor(Math.abs(ms) / 1000)
  const h = Math.floor(total / 3600) % 24
  const m = Math.floor(total / 60) % 60
  const s = total % 60
  if (Math.abs(ms) >= DAY_MS) return `${Math.floor(total / 86_400)}${labels.day} ${pad(h)}:${pad(m)}`
  return `${pad(Math.floor(total / 3600))}:${pad(m)}:${pad(s)}`
}

/** `hh:mm` (or `1天 02:05`) without seconds, for how late a milestone was met. */
function formatLateness(ms: number, labels: CountdownLabels): string {
  const total = Math.floor(Math.abs(ms) / 60_000)
  const h = Math.floor(total / 60)
  const m = total % 60
  if (h >= 24) return `${Math.floor(h / 24)}${labels.day} ${pad(h % 24)}:${pad(m)}`
  return `${pad(h)}:${pad(m)}`
}

/**
 * The countdown of one deadline at `now` (server-corrected): always derived from `due_at − now`,
 * never decremented, so a slow tab or a sleeping laptop cannot drift. The state comes from the
 * clock too, so a deadline the server last called `pending` turns `overdue` on time.
 * @see deadlineStates, which decides the same states on the server
 */
export function formatCountdown(d: CountdownInput, now: Date, labels: CountdownLabels = ZH_COUNTDOWN_LABELS): Countdown {
  const due = Date.parse(d.due_at)
  if (d.met_at) {
    const metAt = Date.parse(d.met_at)
    if (metAt <= due) return { state: 'met', text: `${labels.met} ${formatBeijingHm(d.met_at)}` }
    return { state: 'met_late', text: `${labels.late} ${formatLateness(metAt - due, labels)}` }
  }
  const left = due - now.getTime()
  if (left <= 0) return { state: 'overdue', text: `${labels.overdue} ${formatDuration(-left, labels)}` }
  if (now.getTime() >= Date.parse(d.due_soon_at)) return { state: 'due_soon', text: `${labels.dueSoon} ${formatDuration(left, labels)}` }
  return { state: 'pending', text: `${labels.remaining} ${formatDuration(left, labels)}` }
}
