import type { Kysely, Transaction } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { statusAfterEvent } from '@shared/policy/case-status.ts'
import { claimBeyondTolerance, isOfficeRole } from '@shared/policy/claimed-time.ts'
import { POLICY_PROFILES } from '@shared/policy/profile.ts'
import { CASE_FLAGS, COORDINATION_PARTNERS, FILED_EVENT_TYPES, type FiledEventType } from '@shared/types/case.ts'
import type { Database } from '../db/index.ts'
import { parseInstant, requireEventTime, requireLevel, requireOneOf, requirePublicUrl, requireUnits } from './case-checks.ts'
import { acknowledgementFields } from './case-acknowledge.ts'
import { extensionDecisionFields, extensionRequestFields } from './case-extension.ts'
import { returnFields } from './case-return.ts'
import { appendCaseEvent, logCaseChange, refreshDeadlines, requireCase, type EventFields } from './case-write.ts'
import { notifyCaseEvent } from '../notify/index.ts'
import { eventFieldUse } from '@shared/policy/event-fields.ts'

export interface NewCaseEventInput {
  type: string
  /** When it happened; omitted, the moment of recording. */
  at?: string
  url?: string
  unit_id?: string
  level?: string
  flag?: string
  partner?: string
  note?: string
  reason?: string
  deadline_kind?: string
  deadline_index?: number
  to?: string
  request_id?: number
  decision?: string
}

/** Who files: the role decides whose word a claimed time is, the unit whose 签收 it is. */
export interface Filer {
  role: string
  unit_id: string | null
}

type Case = Awaited<ReturnType<typeof requireCase>>

/** The fields each event type needs, checked before anything is written. */
async function eventFields(db: Transaction<Database>, caseId: number, type: FiledEventType, input: NewCaseEventInput, current: Case, by: Filer, now: Date): Promise<EventFields> {
  const note = input.note?.trim() ? { note: input.note.trim() } : {}
  // The public link: required or optional per shared/policy/event-fields.ts (the case page reads the same table).
  const url = eventFieldUse(type, 'url')
  if (url === 'required' || (url === 'optional' && input.url)) return { url: requirePublicUrl(input.url, type), ...note }
  if (url === 'optional') return note
  switch (type) {
    case 'forwarded':
      if (!input.unit_id) throw new YqError(ErrorCode.BAD_CASE_EVENT, 'a forwarded event needs the unit_id it was forwarded to')
      await requireUnits(db, [input.unit_id])
      // The receiving unit becomes responsible; the payload keeps who was before (fields only added).
      return { unit_id: input.unit_id, previous_unit_id: current.unit_id, ...note }
    case 'acknowledged':
      return { ...(await acknowledgementFields(db, caseId, input.unit_id, by)), ...note }
    case 'level_changed': {
      const level = requireLevel(input.level ?? '')
      if (level === current.level) throw new YqError(ErrorCode.BAD_CASE_LEVEL, `the case is already level ${level}`)
      return { level, from_level: current.level, ...note }
    }
    case 'flagged':
      return { flag: requireOneOf(input.flag, CASE_FLAGS, 'flag'), ...note }
    case 'coordinated':
      return { partner: requireOneOf(input.partner, COORDINATION_PARTNERS, 'partner'), ...note }
    case 'noted':
      if (!note.note) throw new YqError(ErrorCode.REASON_REQUIRED, '备注不能为空')
      return note
    case 'returned':
      return { ...(await returnFields(db, caseId, current.unit_id, input.reason, by)), ...note }
    case 'extension_requested':
      return { ...(await extensionRequestFields(db, caseId, input, by, now)), ...note }
    case 'extension_decided':
      return { ...(await extensionDecisionFields(db, caseId, input)), ...note }
    default:
      return note
  }
}

/**
 * Files one timeline event. Milestones are met only this way; the event's time must lie
 * between the clock start and now, and meets deadlines at its claimed time only within the
 * policy's tolerance unless the office files it (shared/policy/claimed-time.ts). Refused input
 * changes nothing.
 */
export async function fileCaseEvent(db: Kysely<Database>, caseId: number, input: NewCaseEventInput, actor: string, now: Date, by: Filer): Promise<{ seq: number }> {
  const type = requireOneOf(input.type, FILED_EVENT_TYPES, 'type')
  const claimed = input.at === undefined ? now.toISOString() : parseInstant(input.at, 'at')
  return db.transaction().execute(async (trx) => {
    const current = await requireCase(trx, caseId)
    requireEventTime(claimed, current.clock_start, now)
    // Within the allowed skew an event "a moment ahead" happened now; stored later than now it
    // would meet its deadline only at the next recomputation.
    // A 延期申请 and its decision happen when recorded: whether it was asked before the deadline
    // fell due is the point, so no claimed time is taken for them.
    const at = type === 'extension_requested' || type === 'extension_decided' || Date.parse(claimed) > now.getTime() ? now.toISOString() : claimed
    const fields = await eventFields(trx, caseId, type, input, current, by, now)
    const tolerance = POLICY_PROFILES[current.policy_id]?.claimTolerance.ms ?? 0
    // The office's own 补录 vouches for its time; the entry says who vouched.
    if (isOfficeRole(by.role) && claimBeyondTolerance(at, now.toISOString(), tolerance)) fields.at_confirmed_by = actor
    const status = statusAfterEvent(current.status, type)
    if (status === null) throw new YqError(ErrorCode.BAD_STATUS_CHANGE, `a ${current.status} case cannot be ${type}`, 409)
    await appendCaseEvent(trx, caseId, type, at, actor, fields, now)
    const updates: { status?: string; level?: string; unit_id?: string } = {}
    if (status !== current.status) updates.status = status
    // The level is part of the deadline computation: deadlines are recomputed from the same start.
    if (type === 'level_changed' && fields.level) updates.level = fields.level
    // 转办 hands the case to the receiving unit; 退回 hands it back to the forwarding unit.
    if ((type === 'forwarded' || type === 'returned') && fields.unit_id && fields.unit_id !== current.unit_id) updates.unit_id = fields.unit_id
    if (Object.keys(updates).length > 0) await trx.updateTable('cases').set(updates).where('id', '=', caseId).execute()
    await refreshDeadlines(trx, caseId, now)
    // 转办, a raised level, 办结: the outbox rows commit with the event or not at all.
    await notifyCaseEvent(trx, caseId, type, fields, at, now)
    const seq = await logCaseChange(trx, caseId, 'case.updated', actor, { event: type, at, ...fields }, now)
    return { seq }
  })
}
