import type { Deadline } from '../types/case.ts'

/** What the wall needs of a case to order it; `Case` and the list summary both fit. */
export interface UrgencyCase {
  id: number
  deadlines: readonly Deadline[]
}

const NO_DEADLINE = Number.POSITIVE_INFINITY

/** The earliest due instant among unmet deadlines (overdue ones are earliest), or +∞ when all are met. */
export function nextDueMs(c: UrgencyCase): number {
  let next = NO_DEADLINE
  for (const d of c.deadlines) if (!d.met_at) next = Math.min(next, Date.parse(d.due_at))
  return next
}

/**
 * Most urgent first: the case whose earliest unmet deadline is soonest (or longest overdue);
 * cases with every deadline met go last, newest first. Independent of `now`, so the order
 * only changes when data changes, not on every tick.
 */
export function orderByUrgency<C extends UrgencyCase>(cases: readonly C[]): C[] {
  return [...cases].sort((a, b) => {
    const da = nextDueMs(a)
    const db = nextDueMs(b)
    if (da !== db) return da < db ? -1 : 1
    return b.id - a.id
  })
}

/**
 * The deadlines a tile shows, at most `max`: unmet ones by due instant, then met ones,
 * latest met first. `hidden` is how many did not fit.
 */
export function tileDeadlines(deadlines: readonly Deadline[], max: number): { shown: Deadline[]; hidden: number } {
  const unmet = deadlines.filter((d) => !d.met_at).sort((a, b) => Date.parse(a.due_at) - Date.parse(b.due_at))
  const met = deadlines.filter((d) => d.met_at).sort((a, b) => Date.parse(b.met_at!) - Date.parse(a.met_at!))
  const all = [...unmet, ...met]
  return { shown: all.slice(0, max), hidden: Math.max(0, all.length - max) }
}

export interface Overflow {
  count: number
  /** ms from now to the earliest unmet deadline among the hidden cases; negative when one is overdue; null when none. */
  nextDueInMs: number | null
}

/** The cases that did not fit on the wall, summarised: how many and how soon the next is due. */
export function summariseOverflow(hidden: readonly UrgencyCase[], now: Date): Overflow {
  let next = NO_DEADLINE
  for (const c of hidden) next = Math.min(next, nextDueMs(c))
  return { count: hidden.length, nextDueInMs: next === NO_DEADLINE ? null : next - now.getTime() }
}

export interface RelativeLabels {
  days: string
  hours: string
  minutes: string
  overdue: string
  none: string
}

export const ZH_RELATIVE_LABELS: RelativeLabels = { days: '{n} 天后', hours: '{n} 小时后', minutes: '{n} 分钟后', overdue: '超时未办', none: '均已完成' }

/** `2 天后`, `3 小时后`, `5 分钟后` (rounded down), `超时未办`: for the overflow line, read at a glance. */
export function formatDueIn(ms: number | null, labels: RelativeLabels = ZH_RELATIVE_LABELS): string {
  if (ms === null) return labels.none
  if (ms <= 0) return labels.overdue
  const fill = (tpl: string, n: number) => tpl.replace('{n}', String(n))
  if (ms >= 86_400_000) return fill(labels.days, Math.floor(ms / 86_400_000))
  if (ms >= 3_600_000) return fill(labels.hours, Math.floor(ms / 3_600_000))
  return fill(labels.minutes, Math.max(1, Math.floor(ms / 60_000)))
}

/** A unit id is a GB/T 2260 code (or `<code>-<dept>`): its city is the first four digits + `00`, in Shandong (37). */
export function cityCodeOf(unitId: string | null | undefined): string | null {
  const m = /^37(\d{2})\d{2}/.exec(unitId ?? '')
  if (!m || m[1] === '00') return null
  // 莱芜 (3712xx) has been part of 济南 since 2019.
  return m[1] === '12' ? '370100' : `37${m[1]}00`
}
