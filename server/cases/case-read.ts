import type { Generated, Kysely, Transaction } from 'kysely'
import { stateAt } from '@shared/policy/deadlines.ts'
import type { Case, CaseEvent, CaseEventType, CaseKind, CaseOrigin, CaseStatus, Deadline, DeadlineKind, Level, UnitRef } from '@shared/types/case.ts'
import type { Database } from '../db/schema.ts'
import type { CaseEventRow, CaseRow } from './schema.ts'
import './schema.ts'
import { caseInTerritory } from '../auth/territory.ts'
import { caseFilterPredicate, type CaseFilter } from './case-filter.ts'
import { loadReach } from '../notify/reach.ts'

export type { CaseFilter }

type Db = Kysely<Database> | Transaction<Database>
type Selected<T> = { [K in keyof T]: T[K] extends Generated<infer U> ? U : T[K] }

/** A case in lists: everything but the timeline. */
export type CaseSummary = Omit<Case, 'timeline'>

export function toCaseEvent(row: Selected<CaseEventRow>): CaseEvent {
  const payload = JSON.parse(row.payload) as Omit<CaseEvent, 'id' | 'type' | 'at' | 'recorded_at' | 'actor'>
  return { ...payload, id: row.id, type: row.type as CaseEventType, at: row.at, recorded_at: row.recorded_at, actor: row.actor }
}

export async function loadEvents(db: Db, caseId: number): Promise<CaseEvent[]> {
  const rows = await db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('at').orderBy('id').execute()
  return rows.map(toCaseEvent)
}

async function unitNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}

async function summarise(db: Db, rows: Selected<CaseRow>[], now: Date): Promise<CaseSummary[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const [deadlines, items] = await Promise.all([
    db.selectFrom('case_deadlines').selectAll().where('case_id', 'in', ids).orderBy('starts_at').orderBy('due_at').execute(),
    db.selectFrom('items').select(['id', 'title', 'link', 'first_seen_at', 'case_id']).where('case_id', 'in', ids).orderBy('first_seen_at').execute(),
  ])
  const unitIds = new Set<string>()
  for (const r of rows) {
    unitIds.add(r.unit_id)
    if (r.lead_unit_id) unitIds.add(r.lead_unit_id)
    for (const u of JSON.parse(r.cooperating_unit_ids) as string[]) unitIds.add(u)
  }
  const [names, reach] = await Promise.all([unitNames(db, [...unitIds]), loadReach(db, rows)])
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
      })),
    reach: reach.get(r.id) ?? { state: 'none', at: null },
  }))
}

/** One case with its deadlines (states at `now`) and its whole timeline. */
export async function loadCase(db: Db, id: number, now: Date): Promise<Case | null> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return null
  const [summary] = await summarise(db, [row], now)
  return { ...summary!, timeline: await loadEvents(db, id) }
}

/** Newest first; see CaseFilter for what each condition means. */
export async function listCases(db: Db, filter: CaseFilter, now: Date): Promise<CaseSummary[]> {
  let query = db.selectFrom('cases').selectAll().where(caseFilterPredicate(filter, now)).orderBy('id', 'desc').limit(filter.limit)
  if (filter.territory) query = query.where(caseInTerritory(filter.territory))
  return summarise(db, await query.execute(), now)
}
