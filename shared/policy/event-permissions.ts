import { FILED_EVENT_TYPES, type FiledEventType } from '../types/case.ts'
import type { Role } from '../types/role.ts'

/** What a unit files about its own case: 签收, then 研判 / 回应 / 处置 reports and the like. */
const UNIT_EVENTS: readonly FiledEventType[] = ['acknowledged', 'assessment', 'authoritative_info', 'press_conference', 'response', 'follow_up', 'disposal', 'reported', 'coordinated']
/** Reviewers judge handling; they do not handle. */
const REVIEWER_EVENTS: readonly FiledEventType[] = ['flagged']

/**
 * The timeline entries a role may file: the one matrix the server enforces and the case page offers
 * (a page offering 办结 to a unit only to refuse it was the bug). The provincial office (admin,
 * operator) files all; a kiosk none.
 */
export function eventsFiledBy(role: Role): readonly FiledEventType[] {
  if (role === 'admin' || role === 'operator') return FILED_EVENT_TYPES
  if (role === 'unit') return UNIT_EVENTS
  if (role === 'reviewer') return REVIEWER_EVENTS
  return []
}

export function mayFile(role: Role, type: string): boolean {
  return (eventsFiledBy(role) as readonly string[]).includes(type)
}
