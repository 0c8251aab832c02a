import type { Generated, Kysely, Transaction } from 'kysely'
import { stateAt } from '@shared/policy/deadlines.ts'
import type { Case, CaseEvent, CaseEventType, CaseKind, CaseOrigin, CaseStatus, Deadline, DeadlineKind, DeadlineMetBy, Level, UnitRef } from '@shared/types/case.ts'
import type { Database } from '../db/index.ts'
import type { CaseEventRow, CaseRow } from './schema.ts'
import './schema.ts'
import { dialectOf, readSnapshot } from '../db/index.ts'
import { caseInTerritory } from './territory.ts'
import { caseFilterPredicate, type CaseFilter } from './case-filter.ts'
import { loadReach } from '../notify/index.ts'
import { itemsOfCases } from '../ingest/index.ts'
import { unitNames } from './reads.ts'

export type { CaseFilter }

type Db = Kysely<Database> | Transaction<Database>
type Selected<T> = { [K in keyof T]: T[K] extends Generated<infer U> ? U : T[K] }

/** A case in lists: everything but the timeline (its wire schema is shared/api/cases.ts). */
export type { CaseSummary } from '@shared/api/cases.ts'
import type { CaseSummary } from '@shared/api/cases.ts'

export function toCaseEvent(row: Selected<CaseEventRow>): CaseEvent {
  const payload = JSON.parse(row.payload) as Omit<CaseEvent, 'id' | 'type' | 'at' | 'recorded_at' | 'actor'>
  return { ...payload, id: row.id, type: row.type as CaseEventType, at: row.at, recorded_at: row.recorded_at, actor: row.actor }
}

export async function loadEvents(db: Db, caseId: number): Promise<CaseEvent[]> {
  const rows = await db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('at').orderBy('id').execute()
  return rows.map(toCaseEvent)
}

/**
 * The entries that met deadlines, by id: a 签收 clock met by a 退回 reads as returned, by whom,
 * never as signed (the unit named is the one that returned it).
 */
async function metBy(db: Db, ids: number[]): Promise<Map<number, DeadlineMetBy>> {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('case_events').select(['id', 'type', 'actor', 'payload']).where('id', 'in', ids).execute()
  return new Map(
    rows.map((r) => {
      const p = JSON.parse(r.payload) as { unit_id?: string; previous_unit_id?: string; on_behalf?: boolean }
      const unit = r.type === 'returned' ? p.previous_unit_id : p.unit_id
      return [r.id, { type: r.type as CaseEventType, actor: r.actor, ...(unit ? { unit_id: unit } : {}), ...(p.on_behalf ? { on_behalf: true } : {}) }]
    }),
  )
}

async function summarise(db: Db, rows: Selected<CaseRow>[], now: Date): Promise<CaseSummary[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const [deadlines, items] = await Promise.all([
    db.selectFrom('case_deadlines').selectAll().where('case_id', 'in', ids).orderBy('starts_at').orderBy('due_at').execute(),
    itemsOfCases(db, ids),
  ])
  const unitIds = new Set<string>()
  for (const r of rows) {
    unitIds.add(r.unit_id)
    if (r.lead_unit_id) unitIds.add(r.lead_unit_id)
    for (const u of JSON.parse(r.cooperating_unit_ids) as string[]) unitIds.add(u)
  }
  const [names, reach, meetings] = await Promise.all([
    unitNames(db, [...unitIds]),
    loadReach(db, rows),
    metBy(db, deadlines.map((d) => d.met_event_id).filter((id): id is number => id !== null)),
  ])
  const unit = (id: string): UnitRef => ({ id, name: names.get(id) ?? id })
  const nowIso = now.toISOString()
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind as CaseKind,
    level: r.level as Level,
    status: r.status as CaseStatus,
    origin: r.origin as CaseOrigin,
    policy_id: r.policy_id,
    clock_start: r.clock_start,
    clock_start_reason: r.clock_start_reason,
    unit: unit(r.unit_id),
    lead_unit: r.lead_unit_id ? unit(r.lead_unit_id) : null,
    cooperating_units: (JSON.parse(r.cooperating_unit_ids) as string[]).map(unit),
    supervised: r.supervised === 1,
    drill: r.drill === 1,
    created_at: r.created_at,
    updated_at: r.updated_at,
    items: items.filter((i) => i.case_id === r.id).map(({ id, title, link, first_seen_at }) => ({ id, title, link, first_seen_at })),
    deadlines: deadlines
      .filter((d) => d.case_id === r.id)
      .map((d): Deadline => ({
        kind: d.kind as DeadlineKind,
        starts_at: d.starts_at,
        due_soon_at: d.due_soon_at,
        due_at: d.due_at,
        met_at: d.met_at,
        state: stateAt(d, nowIso).state,
        unit_id: d.unit_id ?? r.unit_id,
        original_due_at: d.original_due_at,
        extended_by: d.extended_by,
        met_by: d.met_event_id === null ? null : (meetings.get(d.met_event_id) ?? null),
      })),
    reach: reach.get(r.id) ?? { state: 'none', at: null },
  }))
}

/**
 * One case with its deadlines (states at `now`) and its whole timeline, read from one snapshot.
 * Read statement by statement, a delivery committed between the summary and the timeline showed
 * 已通知 in the timeline beside a reach still 发送中 (seen on the PostgreSQL pass): under
 * PostgreSQL each statement of a plain transaction sees what had committed when it began, so the
 * reads share a REPEATABLE READ transaction; SQLite's reads in one transaction share its snapshot.
 */
export async function loadCase(db: Db, id: number, now: Date): Promise<Case | null> {
  return readSnapshot(db, (trx) => loadCaseIn(trx, id, now))
}

async function loadCaseIn(db: Db, id: number, now: Date): Promise<Case | null> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return null
  const [summary] = await summarise(db, [row], now)
  return { ...summary!, timeline: await loadEvents(db, id) }
}

/** Newest first; see CaseFilter for what each condition means. */
export async function listCases(db: Db, filter: CaseFilter, now: Date): Promise<CaseSummary[]> {
  let query = db.selectFrom('cases').selectAll().where(caseFilterPredicate(dialectOf(db), filter, now)).orderBy('id', 'desc').limit(filter.limit)
  if (filter.territory) query = query.where(caseInTerritory(dialectOf(db), filter.territory))
  return summarise(db, await query.execute(), now)
}
