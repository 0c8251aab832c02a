import type { Deadline } from '../types/case.ts'

/** What the 待办 needs of a case; the list summary fits. */
export interface TodoCase {
  id: number
  status: string
  deadlines: readonly Deadline[]
}

/** One line of a 待办 list: a case and the one deadline the line is about. */
export interface TodoRow<C extends TodoCase> {
  case: C
  deadline: Deadline
}

const due = (d: Deadline): number => Date.parse(d.due_at)
const bySoonest = <C extends TodoCase>(a: TodoRow<C>, b: TodoRow<C>): number => due(a.deadline) - due(b.deadline) || a.case.id - b.case.id

/**
 * 即将到期 and 已超时 of a unit's 待办, at `now` (the server's time): one line per unmet deadline of
 * an open case, soonest due first — for the overdue ones, the longest overdue first. A closed case
 * has nothing left to do. A 签收 clock still running is left out of 即将到期: 转办给我 offers it, with
 * its button; once overdue it is in 已超时 as well, because late is late.
 */
export function deadlineLists<C extends TodoCase>(cases: readonly C[], now: Date): { upcoming: TodoRow<C>[]; overdue: TodoRow<C>[] } {
  const upcoming: TodoRow<C>[] = []
  const overdue: TodoRow<C>[] = []
  for (const c of cases) {
    if (c.status === 'closed') continue
    for (const d of c.deadlines) {
      if (d.met_at) continue
      if (due(d) <= now.getTime()) overdue.push({ case: c, deadline: d })
      else if (d.kind !== 'acknowledgement') upcoming.push({ case: c, deadline: d })
    }
  }
  return { upcoming: upcoming.sort(bySoonest), overdue: overdue.sort(bySoonest) }
}

/**
 * 转办给我: cases forwarded to the unit and not yet 签收 (the server's `awaiting_ack`), each with
 * its latest unmet 签收 clock, the one due soonest first.
 */
export function awaitingList<C extends TodoCase>(cases: readonly C[]): TodoRow<C>[] {
  const rows: TodoRow<C>[] = []
  for (const c of cases) {
    const clocks = c.deadlines.filter((d) => d.kind === 'acknowledgement' && !d.met_at)
    const latest = clocks.sort((a, b) => Date.parse(b.starts_at) - Date.parse(a.starts_at))[0]
    if (latest) rows.push({ case: c, deadline: latest })
  }
  return rows.sort(bySoonest)
}
