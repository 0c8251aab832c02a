import type { CaseEventType, CaseStatus } from '../types/case.ts'

/**
 * Status moves an operator may make directly (PATCH). Closing and reopening are timeline events
 * (`closed`, `reopened`) so that they carry an actor and a time like every other milestone.
 */
export const STATUS_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  new: ['assessing', 'responding', 'handling'],
  assessing: ['responding', 'handling'],
  responding: ['handling'],
  handling: [],
  closed: [],
}

const RANK: Record<CaseStatus, number> = { new: 0, assessing: 1, responding: 2, handling: 3, closed: 4 }

/** Filing a report moves the case forward to that stage (研判 → 回应 → 处置), never back. */
const EVENT_STAGE: Partial<Record<CaseEventType, CaseStatus>> = {
  assessment: 'assessing',
  authoritative_info: 'responding',
  press_conference: 'responding',
  response: 'responding',
  follow_up: 'responding',
  disposal: 'handling',
}

export function canChangeStatus(from: CaseStatus, to: CaseStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to)
}

/** The status after an event; `null` when the event makes no sense in this status (closing a closed case). */
export function statusAfterEvent(current: CaseStatus, type: CaseEventType): CaseStatus | null {
  if (type === 'closed') return current === 'closed' ? null : 'closed'
  if (type === 'reopened') return current === 'closed' ? 'assessing' : null
  const stage = EVENT_STAGE[type]
  // Reports filed after closing are kept as evidence but do not reopen the case.
  if (!stage || current === 'closed') return current
  return RANK[stage] > RANK[current] ? stage : current
}
