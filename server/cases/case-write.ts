import type { Kysely, Transaction } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { creditedAt } from '@shared/policy/claimed-time.ts'
import { computeDeadlines, deadlineStates } from '@shared/policy/deadlines.ts'
import { deadlineUnit, responsibilitySpans } from '@shared/policy/responsibility.ts'
import { DEFAULT_PROFILE_ID, POLICY_PROFILES } from '@shared/policy/profile.ts'
import type { CaseEvent, CaseEventType, CaseKind, CaseOrigin, CaseStatus, Level } from '@shared/types/case.ts'
import { appendEvent, dialectOf, type Database } from '../db/index.ts'
import { loadEvents } from './case-read.ts'
import { parseInstant, requireLevel, requireUnits } from './case-checks.ts'
import { notifyCaseEvent } from '../notify/index.ts'
import './schema.ts'
import { itemsForLinking, linkItemsToCase } from '../ingest/index.ts'
import { decodeUnit } from '@shared/item-tags.ts'

type Db = Kysely<Database> | Transaction<Database>
type Trx = Transaction<Database>
export type EventFields = Omit<CaseEvent, 'id' | 'type' | 'at' | 'recorded_at' | 'actor'>

export interface NewCaseInput {
  title: string
  kind: CaseKind
  level: string
  item_ids: number[]
  unit_id?: string
  clock_start?: string
  clock_start_reason?: string
  origin?: CaseOrigin
  lead_unit_id?: string
  cooperating_unit_ids?: string[]
  supervised?: boolean
  drill?: boolean
}

/** Appends one timeline entry. */
export async function appendCaseEvent(trx: Trx, caseId: number, type: CaseEventType, at: string, actor: string, fields: EventFields, now: Date): Promise<void> {
  await trx
    .insertInto('case_events')
    .values({ case_id: caseId, type, at, recorded_at: now.toISOString(), actor, payload: JSON.stringify(fields) })
    .execute()
}

/**
 * Rewrites the stored deadlines from the engine: the one place instants are computed. The engine
 * sees each entry at the time it is credited with (claimed, or recorded when claimed too far
 * back), and each deadline is stored with the unit it is counted for.
 */
export async function refreshDeadlines(trx: Trx, caseId: number, now: Date): Promise<void> {
  const row = await trx.selectFrom('cases').select(['kind', 'level', 'clock_start', 'policy_id', 'unit_id']).where('id', '=', caseId).executeTakeFirstOrThrow()
  const profile = POLICY_PROFILES[row.policy_id]
  if (!profile) throw new Error(`case ${caseId} runs on unknown policy ${row.policy_id}`)
  const events = (await loadEvents(trx, caseId)).map((e) => ({ ...e, at: creditedAt(e, profile.claimTolerance.ms) }))
  const specs = computeDeadlines(profile, row.kind as CaseKind, row.level as Level, row.clock_start, events)
  const states = deadlineStates(specs, events, now.toISOString())
  const spans = responsibilitySpans(events, row.unit_id)
  await trx.deleteFrom('case_deadlines').where('case_id', '=', caseId).execute()
  if (states.length === 0) return
  await trx
    .insertInto('case_deadlines')
    .values(
      states.map((d) => ({
        case_id: caseId,
        kind: d.kind,
        starts_at: d.starts_at,
        due_soon_at: d.due_soon_at,
        due_at: d.due_at,
        met_at: d.met_at,
        unit_id: deadlineUnit(d, spans),
        met_event_id: d.met_event_id,
        original_due_at: d.original_due_at ?? null,
        extended_by: d.extended_by ?? null,
      })),
    )
    .execute()
}

/** Records the change in the global log (its id is the realtime seq) and touches the case. */
export async function logCaseChange(trx: Trx, caseId: number, type: 'case.created' | 'case.updated', actor: string, payload: unknown, now: Date): Promise<number> {
  await trx.updateTable('cases').set({ updated_at: now.toISOString() }).where('id', '=', caseId).execute()
  return appendEvent(trx, { at: now.toISOString(), type, entity: 'case', entity_id: caseId, actor, payload })
}

interface LinkableItem {
  id: number
  first_seen_at: string
  unit: string | null
  case_id: number | null
}

/** The items to link, all existing and not linked to another case. */
export async function linkableItems(db: Db, ids: readonly number[], caseId: number | null): Promise<LinkableItem[]> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  const rows = await itemsForLinking(db, unique)
  const missing = unique.filter((id) => !rows.some((r) => r.id === id))
  if (missing.length > 0) throw new YqError(ErrorCode.ITEM_NOT_FOUND, `no item ${missing.join(', ')}`, 404)
  const taken = rows.filter((r) => r.case_id !== null && r.case_id !== caseId)
  if (taken.length > 0) throw new YqError(ErrorCode.ITEM_ALREADY_LINKED, `item ${taken.map((r) => `${r.id} (case ${r.case_id})`).join(', ')} already belongs to a case`, 409)
  return rows
}

function suggestedUnit(items: LinkableItem[]): string | null {
  for (const item of items) {
    const unit: { id?: unknown } | null = decodeUnit(item.unit)
    if (typeof unit?.id === 'string') return unit.id
  }
  return null
}

/**
 * The clock start: the earliest first sighting of the items (triage delay counts), or an
 * earlier time with a reason. A later time would hide delay and is refused.
 */
function chooseClockStart(items: LinkableItem[], requested: string | undefined, reason: string | undefined, now: Date): { start: string; reason: string | null } {
  const earliest = items.map((i) => i.first_seen_at).sort()[0]
  if (requested === undefined) {
    if (!earliest) throw new YqError(ErrorCode.BAD_CLOCK_START, 'a case without items needs a clock_start')
    return { start: earliest, reason: null }
  }
  const start = parseInstant(requested, 'clock_start')
  if (Date.parse(start) > now.getTime()) throw new YqError(ErrorCode.BAD_CLOCK_START, `clock_start ${start} is in the future`)
  if (earliest && start > earliest) throw new YqError(ErrorCode.BAD_CLOCK_START, `clock_start may only be earlier than the first sighting ${earliest}, never later`)
  if (earliest && start === earliest) return { start, reason: null }
  if (!reason?.trim()) throw new YqError(ErrorCode.BAD_CLOCK_START, 'a clock_start earlier than the items were seen needs a clock_start_reason')
  return { start, reason: reason.trim() }
}

export async function createCase(db: Kysely<Database>, input: NewCaseInput, actor: string, now: Date): Promise<{ id: number; seq: number }> {
  requireLevel(input.level)
  return db.transaction().execute((trx) => createCaseIn(trx, input, actor, now))
}

/** createCase inside the caller's transaction, so triage can record its decision atomically with the case. */
export async function createCaseIn(trx: Trx, input: NewCaseInput, actor: string, now: Date): Promise<{ id: number; seq: number }> {
  const level = requireLevel(input.level)
  const items = await linkableItems(trx, input.item_ids, null)
  const unitId = input.unit_id ?? suggestedUnit(items)
  if (!unitId) throw new YqError(ErrorCode.UNKNOWN_UNIT, 'name a unit_id: the items carry no suggested unit')
  await requireUnits(trx, [unitId, ...(input.lead_unit_id ? [input.lead_unit_id] : []), ...(input.cooperating_unit_ids ?? [])])
  const clock = chooseClockStart(items, input.clock_start, input.clock_start_reason, now)
  const origin = input.origin ?? 'detected'
  const nowIso = now.toISOString()
  const { id } = await trx
    .insertInto('cases')
    .values({
      title: input.title.trim(),
      kind: input.kind,
      level,
      origin,
      policy_id: DEFAULT_PROFILE_ID,
      clock_start: clock.start,
      clock_start_reason: clock.reason,
      unit_id: unitId,
      lead_unit_id: input.lead_unit_id ?? null,
      cooperating_unit_ids: JSON.stringify([...new Set(input.cooperating_unit_ids ?? [])]),
      supervised: input.supervised ? 1 : 0,
      drill: input.drill ? 1 : 0,
      created_at: nowIso,
      updated_at: nowIso,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await appendCaseEvent(trx, id, 'opened', nowIso, actor, { level, unit_id: unitId, ...(clock.reason ? { reason: clock.reason } : {}) }, now)
  for (const item of items) await appendCaseEvent(trx, id, 'item_linked', nowIso, actor, { item_id: item.id }, now)
  await linkItemsToCase(trx, items.map((i) => i.id), id)
  // A case forwarded to us (转办) starts the receiving unit's 签收 clock at once.
  if (origin !== 'detected') await appendCaseEvent(trx, id, 'forwarded', nowIso, actor, { unit_id: unitId, from: origin }, now)
  await refreshDeadlines(trx, id, now)
  if (origin !== 'detected') await notifyCaseEvent(trx, id, 'forwarded', { unit_id: unitId }, nowIso, now)
  const seq = await logCaseChange(trx, id, 'case.created', actor, { title: input.title, level, item_ids: items.map((i) => i.id) }, now)
  return { id, seq }
}

/**
 * The case a change is about, its row locked until the transaction ends: two changes to one case
 * (two 签收, a 转办 beside a patch) run one after the other and the second sees the first, under
 * PostgreSQL's READ COMMITTED as under SQLite's single writer.
 */
export async function requireCase(db: Db, id: number): Promise<{ status: CaseStatus; level: Level; clock_start: string; unit_id: string; policy_id: string }> {
  const row = await dialectOf(db)
    .forUpdate(db.selectFrom('cases').select(['status', 'level', 'clock_start', 'unit_id', 'policy_id']).where('id', '=', id))
    .executeTakeFirst()
  if (!row) throw new YqError(ErrorCode.CASE_NOT_FOUND, `no case ${id}`, 404)
  return { status: row.status as CaseStatus, level: row.level as Level, clock_start: row.clock_start, unit_id: row.unit_id, policy_id: row.policy_id }
}
