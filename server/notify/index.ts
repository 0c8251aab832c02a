import type { Transaction } from 'kysely'
import { LEVELS, type DeadlineCrossing, type Level } from '@shared/types/case.ts'
import type { Database } from '../db/schema.ts'
import { enqueueCaseNotice, enqueueStoryNotice } from './enqueue.ts'

/**
 * The notify concern's service for other concerns: each call writes outbox rows inside the
 * caller's transaction, so a message exists exactly when the event that caused it does.
 */
type Trx = Transaction<Database>

export { enqueueStoryNotice }

const rank = (l: string): number => LEVELS.indexOf(l as Level)

/** A filed case event that tells someone: 转办, a level raised, a case closed. */
export async function notifyCaseEvent(trx: Trx, caseId: number, type: string, fields: { unit_id?: string; level?: string; from_level?: string }, at: string, now: Date): Promise<void> {
  if (type === 'forwarded' && fields.unit_id) {
    const ack = await trx.selectFrom('case_deadlines').select(['due_at']).where('case_id', '=', caseId).where('kind', '=', 'acknowledgement').where('starts_at', '=', new Date(at).toISOString()).executeTakeFirst()
    await enqueueCaseNotice(trx, { case_id: caseId, cause: 'forwarded', occasion: `${fields.unit_id}@${at}`, forwarded_to: fields.unit_id, ...(ack ? { deadline: { kind: 'acknowledgement', due_at: ack.due_at } } : {}) }, now)
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
