import { ErrorCode, YqError } from '@shared/errors.ts'
import { mayFile } from '@shared/policy/event-permissions.ts'
import { FILED_EVENT_TYPES } from '@shared/types/case.ts'
import type { Role } from './schema.ts'

/**
 * Which timeline events a role may file: shared/policy/event-permissions.ts, the matrix the case
 * page offers too. A type that is no event at all is left to validation (YQ_ERR_BAD_CASE_EVENT).
 */
export function checkEventAllowed(role: Role, type: string): void {
  if (!(FILED_EVENT_TYPES as readonly string[]).includes(type)) return
  if (!mayFile(role, type)) throw new YqError(ErrorCode.FORBIDDEN, `the ${role} role may not file a ${type} event`, 403)
}
