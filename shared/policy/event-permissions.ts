import { FILED_EVENT_TYPES, type FiledEventType } from '../types/case.ts'
import { ROLES, type Role } from '../types/role.ts'

/**
 * What a unit files about its own case: 签收 or 退回, then 研判 / 回应 / 处置 reports and the like,
 * a 延期申请 for one of its deadlines, and 备注.
 */
const UNIT_EVENTS: readonly FiledEventType[] = ['acknowledged', 'returned', 'assessment', 'authoritative_info', 'press_conference', 'response', 'follow_up', 'disposal', 'reported', 'coordinated', 'extension_requested', 'noted']
/** Reviewers judge handling and may leave a 备注; they do not handle. */
const REVIEWER_EVENTS: readonly FiledEventType[] = ['flagged', 'noted']

/**
 * The timeline entries a role may file: the one matrix the server enforces and the case page offers
 * (a page offering 办结 to a unit only to refuse it was the bug). The provincial office (admin,
 * operator) files all, among them the decision on a 延期申请 and 督办 / 演练 / 改派 (PATCH, office
 * only); a kiosk none.
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

/**
 * The roles that may file anything at all: the route's access list is derived from the matrix, so
 * the two cannot disagree (the route once refused a reviewer the `flagged` the matrix allowed).
 */
export const EVENT_FILING_ROLES: readonly Role[] = ROLES.filter((r) => eventsFiledBy(r).length > 0)
