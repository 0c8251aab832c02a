import type { Kysely, Transaction } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import type { CaseDraft } from '@shared/api/triage.ts'
import type { StoryRestored, StoryTriaged, TriageAction } from '@shared/types/triage.ts'
import { appendEvent, type Database } from '../db/index.ts'
import { createCaseIn, patchCaseIn, requireCase } from '../cases/index.ts'
import { recordUnitChoice } from '../classify/index.ts'
import { unlinkedItemIds } from '../ingest/index.ts'
import { lockStories, requireFree } from './claims.ts'

/** How long a dismissal can be taken back by the operator who made it. */
export const UNDO_WINDOW_MS = 10_000


export type Decision =
  | { action: 'opened'; case: CaseDraft }
  | { action: 'linked'; case_id: number }
  | { action: 'dismissed'; reason: string }
  | { action: 'watch'; reason?: string }

export interface DecisionResult {
  triaged: StoryTriaged
  seq: number
  /** The case change to publish: created for `opened`, updated for `linked`. */
  caseChange: { event: 'case:created' | 'case:updated'; id: number; seq: number } | null
}

type Trx = Transaction<Database>

async function freeItems(trx: Trx, storyIds: readonly number[]): Promise<number[]> {
  const ids = await unlinkedItemIds(trx, storyIds)
  if (ids.length === 0) throw new YqError(ErrorCode.ITEM_ALREADY_LINKED, 'every report of these stories already belongs to a case', 409)
  return ids
}

async function caseFor(trx: Trx, storyIds: readonly number[], d: Decision, actor: string, now: Date): Promise<DecisionResult['caseChange']> {
  if (d.action === 'opened') {
    const { id, seq } = await createCaseIn(trx, { ...d.case, item_ids: await freeItems(trx, storyIds) }, actor, now)
    // An operator who changes the suggested unit teaches the tagger (/admin/departments lists it).
    await recordUnitChoice(trx, { storyIds, caseId: id, chosenUnitId: d.case.unit_id, actor, at: now.toISOString() })
    return { event: 'case:created', id, seq }
  }
  if (d.action === 'linked') {
    const found = await requireCase(trx, d.case_id)
    if (found.status === 'closed') throw new YqError(ErrorCode.CASE_CLOSED, `case ${d.case_id} is closed: reopen it first or open a new case`, 409)
    const { seq } = await patchCaseIn(trx, d.case_id, { add_item_ids: await freeItems(trx, storyIds) }, actor, now)
    return { event: 'case:updated', id: d.case_id, seq }
  }
  return null
}

/**
 * Records one decision on one or many stories, all or nothing, with the case it opens or
 * links in the same transaction. A story already decided (or claimed by another operator)
 * refuses the whole request with 409, so two operators can never open two cases for it.
 */
export async function decide(db: Kysely<Database>, storyIds: readonly number[], d: Decision, actor: string, now: Date): Promise<DecisionResult> {
  const ids = [...new Set(storyIds)]
  const nowIso = now.toISOString()
  const reason = d.action === 'dismissed' || d.action === 'watch' ? (d.reason?.trim() ?? null) || null : null
  if (d.action === 'dismissed' && !reason) throw new YqError(ErrorCode.BAD_CASE_EVENT, 'a dismissal needs a reason')
  const undo_until = d.action === 'dismissed' ? new Date(now.getTime() + UNDO_WINDOW_MS).toISOString() : null
  return db.transaction().execute(async (trx) => {
    await requireFree(trx, ids, actor, now, d.action !== 'watch')
    const caseChange = await caseFor(trx, ids, d, actor, now)
    const case_id = caseChange?.id ?? null
    await trx.deleteFrom('triage_decisions').where('story_id', 'in', ids).where('action', '=', 'watch').execute()
    await trx
      .insertInto('triage_decisions')
      .values(ids.map((story_id) => ({ story_id, action: d.action, actor, reason, case_id, decided_at: nowIso, undo_until })))
      .execute()
    await trx.deleteFrom('triage_claims').where('story_id', 'in', ids).execute()
    let seq = 0
    for (const id of ids) {
      seq = await appendEvent(trx, { at: nowIso, type: 'story.triaged', entity: 'story', entity_id: id, actor, payload: { action: d.action, reason, case_id, story_ids: ids } })
    }
    const triaged: StoryTriaged = { story_ids: ids, action: d.action satisfies TriageAction, actor, case_id, reason, undo_until }
    return { triaged, seq, caseChange }
  })
}

/** Takes back the actor's own dismissals while their undo window is open; the stories return to the queue. */
export async function undoDismiss(db: Kysely<Database>, storyIds: readonly number[], actor: string, now: Date): Promise<{ restored: StoryRestored; seq: number }> {
  const ids = [...new Set(storyIds)]
  const nowIso = now.toISOString()
  return db.transaction().execute(async (trx) => {
    await lockStories(trx, ids)
    const rows = await trx.selectFrom('triage_decisions').selectAll().where('story_id', 'in', ids).execute()
    for (const id of ids) {
      const row = rows.find((r) => r.story_id === id)
      if (!row || row.action !== 'dismissed') throw new YqError(ErrorCode.UNDO_EXPIRED, `story ${id} is not dismissed: nothing to undo`, 409)
      if (row.actor !== actor) throw new YqError(ErrorCode.UNDO_EXPIRED, `story ${id} was dismissed by ${row.actor}: only they can undo it`, 409)
      if (!row.undo_until || row.undo_until <= nowIso) throw new YqError(ErrorCode.UNDO_EXPIRED, `the undo window for story ${id} closed at ${row.undo_until}`, 409)
    }
    await trx.deleteFrom('triage_decisions').where('story_id', 'in', ids).execute()
    let seq = 0
    for (const id of ids) seq = await appendEvent(trx, { at: nowIso, type: 'story.restored', entity: 'story', entity_id: id, actor, payload: { undo_of: 'dismissed' } })
    return { restored: { story_ids: ids, actor }, seq }
  })
}
