import type { Kysely, Transaction } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { canChangeStatus } from '@shared/policy/case-status.ts'
import type { CaseStatus } from '@shared/types/case.ts'
import type { Database } from '../db/index.ts'
import { parseInstant, requireLevel, requireUnits } from './case-checks.ts'
import { appendCaseEvent, linkableItems, logCaseChange, refreshDeadlines, requireCase } from './case-write.ts'
import { notifyCaseEvent } from '../notify/index.ts'
import { linkItemsToCase } from '../ingest/index.ts'

export interface CasePatch {
  title?: string
  level?: string
  status?: CaseStatus
  unit_id?: string
  lead_unit_id?: string | null
  cooperating_unit_ids?: string[]
  supervised?: boolean
  drill?: boolean
  clock_start?: string
  clock_start_reason?: string
  add_item_ids?: number[]
  note?: string
}

type Changes = Record<string, [unknown, unknown]>

/**
 * Changes a case's fields. Every change lands on the timeline with actor and time; milestones
 * cannot be set here (they are events), the clock only moves earlier and only with a reason.
 */
export async function patchCase(db: Kysely<Database>, caseId: number, patch: CasePatch, actor: string, now: Date): Promise<{ seq: number }> {
  if (patch.level !== undefined) requireLevel(patch.level)
  if (patch.clock_start !== undefined) parseInstant(patch.clock_start, 'clock_start')
  return db.transaction().execute((trx) => patchCaseIn(trx, caseId, patch, actor, now))
}

/** patchCase inside the caller's transaction (triage links items and records its decision at once). */
export async function patchCaseIn(trx: Transaction<Database>, caseId: number, patch: CasePatch, actor: string, now: Date): Promise<{ seq: number }> {
  const level = patch.level === undefined ? undefined : requireLevel(patch.level)
  const clockStart = patch.clock_start === undefined ? undefined : parseInstant(patch.clock_start, 'clock_start')
  const nowIso = now.toISOString()
  const current = await requireCase(trx, caseId)
  const row = await trx.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow()
  await requireUnits(trx, [patch.unit_id, patch.lead_unit_id, ...(patch.cooperating_unit_ids ?? [])].filter((u): u is string => typeof u === 'string'))
  const changes: Changes = {}
  const set: Record<string, string | number | null> = {}
  const change = (field: string, before: unknown, after: unknown, stored: string | number | null) => {
    if (JSON.stringify(before) === JSON.stringify(after)) return
    changes[field] = [before, after]
    set[field] = stored
  }
  if (patch.title !== undefined) change('title', row.title, patch.title.trim(), patch.title.trim())
  if (patch.unit_id !== undefined) change('unit_id', row.unit_id, patch.unit_id, patch.unit_id)
  if (patch.lead_unit_id !== undefined) change('lead_unit_id', row.lead_unit_id, patch.lead_unit_id, patch.lead_unit_id)
  if (patch.cooperating_unit_ids !== undefined) {
    const units = [...new Set(patch.cooperating_unit_ids)]
    change('cooperating_unit_ids', JSON.parse(row.cooperating_unit_ids), units, JSON.stringify(units))
  }
  if (patch.supervised !== undefined) change('supervised', row.supervised === 1, patch.supervised, patch.supervised ? 1 : 0)
  if (patch.drill !== undefined) change('drill', row.drill === 1, patch.drill, patch.drill ? 1 : 0)
  if (patch.status !== undefined && patch.status !== current.status) {
    if (!canChangeStatus(current.status, patch.status)) {
      throw new YqError(ErrorCode.BAD_STATUS_CHANGE, `status cannot go from ${current.status} to ${patch.status}${patch.status === 'closed' || current.status === 'closed' ? ': file a closed or reopened event' : ''}`, 409)
    }
    change('status', current.status, patch.status, patch.status)
  }

  const items = await linkableItems(trx, patch.add_item_ids ?? [], caseId)
  const newItems = items.filter((i) => i.case_id !== caseId)
  let start = current.clock_start
  const earliestItem = newItems.map((i) => i.first_seen_at).sort()[0]
  // An item seen earlier than the clock start moves it earlier: triage delay counts against the deadline.
  if (earliestItem && earliestItem < start) start = earliestItem
  if (clockStart !== undefined && clockStart !== start) {
    // Only earlier, never later: the clock starts when the system first saw the matter (design.md
    // §1), so a later start would hide triage delay and could turn a deadline missed into one met
    // on time. An earlier start (a phone call before the first web sighting) only makes clocks stricter.
    if (clockStart > start) throw new YqError(ErrorCode.BAD_CLOCK_START, `the clock start may only move earlier than ${start}, never later`)
    if (Date.parse(clockStart) > now.getTime()) throw new YqError(ErrorCode.BAD_CLOCK_START, 'the clock start cannot be in the future')
    if (!patch.clock_start_reason?.trim()) throw new YqError(ErrorCode.BAD_CLOCK_START, 'moving the clock start earlier needs a clock_start_reason')
    start = clockStart
  }

  // 改派 moves who answers for the open deadlines (shared/policy/responsibility.ts) or who leads and
  // helps: the timeline keeps why.
  if ((changes.unit_id || changes.lead_unit_id || changes.cooperating_unit_ids) && !patch.note?.trim()) {
    throw new YqError(ErrorCode.REASON_REQUIRED, '改派第一责任主体、牵头部门或配合单位须说明原因')
  }

  let events = 0
  for (const item of newItems) {
    await appendCaseEvent(trx, caseId, 'item_linked', nowIso, actor, { item_id: item.id }, now)
    await linkItemsToCase(trx, [item.id], caseId)
    events++
  }
  if (start !== current.clock_start) {
    const reason = clockStart === start ? patch.clock_start_reason!.trim() : 'earlier item linked'
    await trx.updateTable('cases').set({ clock_start: start, clock_start_reason: reason }).where('id', '=', caseId).execute()
    await appendCaseEvent(trx, caseId, 'clock_moved', nowIso, actor, { from: current.clock_start, to: start, reason }, now)
    events++
  }
  if (level !== undefined && level !== current.level) {
    await trx.updateTable('cases').set({ level }).where('id', '=', caseId).execute()
    await appendCaseEvent(trx, caseId, 'level_changed', nowIso, actor, { level, from_level: current.level }, now)
    events++
  }
  if (Object.keys(changes).length > 0) {
    await trx.updateTable('cases').set(set).where('id', '=', caseId).execute()
    await appendCaseEvent(trx, caseId, 'updated', nowIso, actor, { changes, ...(patch.note?.trim() ? { note: patch.note.trim() } : {}) }, now)
    events++
  }
  if (events === 0) throw new YqError(ErrorCode.BAD_CASE_EVENT, 'nothing to change')
  await refreshDeadlines(trx, caseId, now)
  if (level !== undefined && level !== current.level) await notifyCaseEvent(trx, caseId, 'level_changed', { level, from_level: current.level }, nowIso, now)
  return { seq: await logCaseChange(trx, caseId, 'case.updated', actor, { changes, level, clock_start: start }, now) }
}
