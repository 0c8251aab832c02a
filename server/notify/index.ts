import type { Transaction } from 'kysely'
import { deadlineAt } from '@shared/policy/deadlines.ts'
import { LEVELS, type DeadlineCrossing, type DeadlineKind, type Level } from '@shared/types/case.ts'
import type { Database } from '../db/index.ts'
import { acknowledgementDueAt, storedDeadlines } from '../cases/index.ts'
import { enqueueCaseNotice, enqueueStoryNotice } from './enqueue.ts'

/**
 * The notify concern's service for other concerns: each call writes outbox rows inside the
 * caller's transaction, so a message exists exactly when the event that caused it does.
 */
type Trx = Transaction<Database>

export { enqueueStoryNotice }
export { loadReach } from './reach.ts'

const rank = (l: string): number => LEVELS.indexOf(l as Level)

/** The fields of a filed event the notices read. */
export interface NoticeFields {
  unit_id?: string
  level?: string
  from_level?: string
  /** For `returned`: the unit that returned it. */
  previous_unit_id?: string
  reason?: string
  /** For `extension_decided`. */
  request_id?: number
  decision?: 'approved' | 'refused'
  deadline_kind?: DeadlineKind
  deadline_index?: number
}

/**
 * 延期审批: the unit whose deadline it is hears the decision, with the deadline as it now stands
 * (moved when approved). Called after the deadlines were recomputed, in the same transaction.
 */
async function notifyExtensionDecision(trx: Trx, caseId: number, fields: NoticeFields, now: Date): Promise<void> {
  if (!fields.decision || !fields.deadline_kind || fields.deadline_index === undefined) return
  const stored = await storedDeadlines(trx, caseId)
  const d = deadlineAt(stored, fields.deadline_kind, fields.deadline_index)
  await enqueueCaseNotice(trx, {
    case_id: caseId,
    cause: 'extension_decided',
    occasion: `request-${fields.request_id ?? ''}`,
    ...(d?.unit_id ? { told_unit: d.unit_id } : {}),
    decision: fields.decision,
    ...(d ? { deadline: { kind: fields.deadline_kind, due_at: d.due_at } } : {}),
    ...(fields.decision === 'refused' && fields.reason ? { reason: fields.reason } : {}),
  }, now)
}

/** A filed case event that tells someone: 转办, 退回, a 延期 decision, a level raised, a case closed. */
export async function notifyCaseEvent(trx: Trx, caseId: number, type: string, fields: NoticeFields, at: string, now: Date): Promise<void> {
  if (type === 'returned' && fields.unit_id) {
    // The forwarding unit has the case again and should know at once, with the reason.
    await enqueueCaseNotice(trx, { case_id: caseId, cause: 'returned', occasion: `${fields.previous_unit_id ?? ''}@${at}`, told_unit: fields.unit_id, ...(fields.previous_unit_id ? { returned_by: fields.previous_unit_id } : {}), ...(fields.reason ? { reason: fields.reason } : {}) }, now)
  } else if (type === 'extension_decided') {
    await notifyExtensionDecision(trx, caseId, fields, now)
  } else if (type === 'forwarded' && fields.unit_id) {
    const ackDue = await acknowledgementDueAt(trx, caseId, new Date(at).toISOString())
    await enqueueCaseNotice(trx, { case_id: caseId, cause: 'forwarded', occasion: `${fields.unit_id}@${at}`, forwarded_to: fields.unit_id, ...(ackDue ? { deadline: { kind: 'acknowledgement', due_at: ackDue } } : {}) }, now)
  } else if (type === 'level_changed' && fields.level && fields.from_level && rank(fields.level) < rank(fields.from_level)) {
    await enqueueCaseNotice(trx, { case_id: caseId, cause: 'level_raised', occasion: `${fields.level}@${at}` }, now)
  } else if (type === 'closed') {
    await enqueueCaseNotice(trx, { case_id: caseId, cause: 'closed', occasion: `closed@${at}` }, now)
  }
}

/** A deadline turned 即将超时 or 超时: the responsible units (and the duty group for I/II) are told. */
export async function notifyCrossing(trx: Trx, c: DeadlineCrossing, now: Date): Promise<void> {
  await enqueueCaseNotice(trx, { case_id: c.case_id, cause: c.crossing, occasion: `${c.kind}@${c.due_at}`, deadline: { kind: c.kind, due_at: c.due_at } }, now)
}
export type { NotifySeams, NotifyPluginOptions } from './plugin.ts'
