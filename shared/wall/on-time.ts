import type { UnitRef, Deadline } from '../types/case.ts'

export interface OnTimeCase {
  unit: UnitRef
  deadlines: readonly Deadline[]
}

export interface UnitOnTime {
  unit: UnitRef
  /** Deadlines due in the window so far. */
  due: number
  /** Of those, met by their due instant. */
  on_time: number
  /** on_time / due, 0..1. */
  rate: number
}

const BEIJING_OFFSET_MS = 8 * 3_600_000
const DAY_MS = 86_400_000

/** Monday 00:00 北京时间 of the week containing `now`, as a UTC instant. */
export function beijingWeekStart(now: Date): Date {
  const local = now.getTime() + BEIJING_OFFSET_MS
  const dayStart = Math.floor(local / DAY_MS) * DAY_MS
  const weekday = new Date(dayStart).getUTCDay() // 0 = Sunday
  const sinceMonday = (weekday + 6) % 7
  return new Date(dayStart - sinceMonday * DAY_MS - BEIJING_OFFSET_MS)
}

/**
 * On-time rate per responsible unit over deadlines that fell due in [from, now]: a deadline
 * counts once it is due (met or not); it is on time when met at or before its due instant.
 * Worst rate first, so the units to talk to are on top.
 */
export function onTimeByUnit(cases: readonly OnTimeCase[], from: Date, now: Date): UnitOnTime[] {
  const byUnit = new Map<string, UnitOnTime>()
  for (const c of cases) {
    for (const d of c.deadlines) {
      const due = Date.parse(d.due_at)
      if (due < from.getTime() || due > now.getTime()) continue
      const row = byUnit.get(c.unit.id) ?? { unit: c.unit, due: 0, on_time: 0, rate: 0 }
      row.due++
      if (d.met_at && Date.parse(d.met_at) <= due) row.on_time++
      byUnit.set(c.unit.id, row)
    }
  }
  const rows = [...byUnit.values()].map((r) => ({ ...r, rate: r.on_time / r.due }))
  return rows.sort((a, b) => a.rate - b.rate || b.due - a.due || a.unit.id.localeCompare(b.unit.id))
}
