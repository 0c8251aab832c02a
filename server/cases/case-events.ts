import type { Kysely, Transaction } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { statusAfterEvent } from '@shared/policy/case-status.ts'
import { CASE_FLAGS, COORDINATION_PARTNERS, FILED_EVENT_TYPES, type FiledEventType } from '@shared/types/case.ts'
import type { Database } from '../db/schema.ts'
import { parseInstant, requireEventTime, requireLevel, requireOneOf, requirePublicUrl, requireUnits } from './case-checks.ts'
import { appendCaseEvent, logCaseChange, refreshDeadlines, requireCase, type EventFields } from './case-write.ts'
import { notifyCaseEvent } from '../notify/index.ts'

export interface NewCaseEventInput {
  type: string
  at: string
  url?: string
  unit_id?: string
  level?: string
  flag?: string
  partner?: string
  note?: string
}

type Case = Awaited<ReturnType<typeof requireCase>>

/** The fields each event type needs, checked before anything is written. */
async function eventFields(db: Transaction<Database>, type: FiledEventType, input: NewCaseEventInput, current: Case): Promise<EventFields> {
  const note = input.note?.trim() ? { note: input.note.trim() } : {}
  switch (type) {
    case 'authoritative_info':
    case 'response':
      return { url: requirePublicUrl(input.url, type), ...note }
    case 'follow_up':
      return input.url ? { url: requirePublicUrl(input.url, type), ...note } : note
    case 'forwarded':
    case 'acknowledged':
      if (!input.unit_id) {
        if (type === 'forwarded') throw new YqError(ErrorCode.BAD_CASE_EVENT, 'a forwarded event needs the unit_id it was forwarded to')
        return note
      }
      await requireUnits(db, [input.unit_id])
      return { unit_id: input.unit_id, ...note }
    case 'level_changed': {
      const level = requireLevel(input.level ?? '')
      if (level === current.level) throw new YqError(ErrorCode.BAD_CASE_LEVEL, `the case is already level ${level}`)
      return { level, from_level: current.level, ...note }
    }
    case 'flagged':
      return { flag: requireOneOf(input.flag, CASE_FLAGS, 'flag'), ...note }
    case 'coordinated':
      return { partner: requireOneOf(input.partner, COORDINATION_PARTNERS, 'partner'), ...note }
    default:
      return note
  }
}

/**
 * Files one timeline event. Milestones are met only this way; the event's time must lie
 * between the clock start and now. Refused input changes nothing.
 */
export async function fileCaseEvent(db: Kysely<Database>, caseId: number, input: NewCaseEventInput, actor: string, now: Date): Promise<{ seq: number }> {
  const type = requireOneOf(input.type, FILED_EVENT_TYPES, 'type')
  const claimed = parseInstant(input.at, 'at')
  return db.transaction().execute(async (trx) => {
    const current = await requireCase(trx, caseId)
    requireEventTime(claimed, current.clock_start, now)
    // Within the allowed skew an event "a moment ahead" happened now; stored later than now it
    // would meet its deadline only at the next recomputation.
    const at = Date.parse(claimed) > now.getTime() ? now.toISOString() : claimed
    const fields = await eventFields(trx, type, input, current)
    const status = statusAfterEvent(current.status, type)
    if (status === null) throw new YqError(ErrorCode.BAD_STATUS_CHANGE, `a ${current.status} case cannot be ${type}`, 409)
    await appendCaseEvent(trx, caseId, type, at, actor, fields, now)
    const updates: { status?: string; level?: string } = {}
    if (status !== current.status) updates.status = status
    // The level is part of the deadline computation: deadlines are recomputed from the same start.
    if (type === 'level_changed' && fields.level) updates.level = fields.level
    if (Object.keys(updates).length > 0) await trx.updateTable('cases').set(updates).where('id', '=', caseId).execute()
    await refreshDeadlines(trx, caseId, now)
    // 转办, a raised level, 办结: the outbox rows commit with the event or not at all.
    await notifyCaseEvent(trx, caseId, type, fields, at, now)
    const seq = await logCaseChange(trx, caseId, 'case.updated', actor, { event: type, at, ...fields }, now)
    return { seq }
  })
}
