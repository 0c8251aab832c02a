import type { CaseEventType } from '@shared/types/case.ts'
import { ErrorCode, YqError } from '@shared/errors.ts'
import type { Role } from './schema.ts'

/** What a unit files about its own case: 签收, then 研判 / 回应 / 处置 reports and the like. */
const UNIT_EVENTS: ReadonlySet<string> = new Set<CaseEventType>([
  'acknowledged',
  'assessment',
  'authoritative_info',
  'press_conference',
  'response',
  'follow_up',
  'disposal',
  'reported',
  'coordinated',
])
/** Reviewers judge handling; they do not handle. */
const REVIEWER_EVENTS: ReadonlySet<string> = new Set<CaseEventType>(['flagged'])

/** Which timeline events a role may file; admin and operator (the provincial office) may file all. */
export function checkEventAllowed(role: Role, type: string): void {
  if (role === 'admin' || role === 'operator') return
  const allowed = role === 'unit' ? UNIT_EVENTS : role === 'reviewer' ? REVIEWER_EVENTS : new Set<string>()
  if (!allowed.has(type)) throw new YqError(ErrorCode.FORBIDDEN, `the ${role} role may not file a ${type} event`, 403)
}
