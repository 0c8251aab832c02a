import type { ExpressionBuilder, Generated, Kysely, Transaction } from 'kysely'
import { stateAt } from '@shared/policy/deadlines.ts'
import type { Case, CaseEvent, CaseEventType, CaseKind, CaseOrigin, CaseStatus, Deadline, DeadlineKind, Level, UnitRef } from '@shared/types/case.ts'
import type { Database } from '../db/schema.ts'
import type { CaseEventRow, CaseRow } from './schema.ts'
import './schema.ts'
import { caseInTerritory } from '../auth/territory.ts'

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
  const names = await unitNames(db, [...unitIds])
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
  }))
}

/** One case with its deadlines (states at `now`) and its whole timeline. */
export async function loadCase(db: Db, id: number, now: Date): Promise<Case | null> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return null
  const [summary] = await summarise(db, [row], now)
  return { ...summary!, timeline: await loadEvents(db, id) }
}

export interface CaseFilter {
  status?: CaseStatus
  unit_id?: string
  level?: Level
  overdue?: boolean
  drill?: boolean
  limit: number
  /** 属地: only cases this unit (or one below it) is responsible for, leads, cooperates on or was forwarded. */
  territory?: string
}

/** Newest first. `unit_id` matches the responsible or the lead unit; `overdue` means an unmet deadline past due. */
export async function listCases(db: Db, filter: CaseFilter, now: Date): Promise<CaseSummary[]> {
  let query = db.selectFrom('cases').selectAll().orderBy('id', 'desc').limit(filter.limit)
  if (filter.status) query = query.where('status', '=', filter.status)
  if (filter.level) query = query.where('level', '=', filter.level)
  if (filter.drill !== undefined) query = query.where('drill', '=', filter.drill ? 1 : 0)
  if (filter.territory) query = query.where(caseInTerritory(filter.territory))
  const unitId = filter.unit_id
  if (unitId) query = query.where((eb) => eb.or([eb('unit_id', '=', unitId), eb('lead_unit_id', '=', unitId)]))
  if (filter.overdue !== undefined) {
    const overdue = (eb: ExpressionBuilder<Database, 'cases'>) =>
      eb.exists(
        eb
          .selectFrom('case_deadlines as d')
          .select('d.case_id')
          .whereRef('d.case_id', '=', 'cases.id')
          .where('d.met_at', 'is', null)
          .where('d.due_at', '<=', now.toISOString()),
      )
    query = query.where((eb) => (filter.overdue ? overdue(eb) : eb.not(overdue(eb))))
  }
  return summarise(db, await query.execute(), now)
}
