import { sql, type Kysely } from 'kysely'
import { dialectOf, type Database } from '../db/index.ts'
import './schema.ts'
import { responsibleInSubtree } from './territory.ts'

/**
 * Reads of cases' tables that other concerns need (notify, review, triage, wall, auth): each is
 * the query those concerns used to write against units/cases/case_deadlines themselves, moved
 * here unchanged so the tables can change behind one module (docs/architecture.md).
 * `db` may be a transaction: the caller's reads then see its own writes.
 */
type Db = Kysely<Database>

/** A unit by id, merged duplicates included (`merged_into` says so); undefined when none. */
export function findUnit(db: Db, id: string) {
  return db.selectFrom('units').select(['id', 'name', 'merged_into']).where('id', '=', id).executeTakeFirst()
}

/** Unit id → name for the given ids (unknown ids are absent). */
export async function unitNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute()
  return new Map(rows.map((u) => [u.id, u.name]))
}

/** Every unit with its name, level and parent: the 属地 tree, for walking up it (notify's escalation ladder) and grouping by it (the review). */
export function loadUnitTree(db: Db) {
  return db.selectFrom('units').select(['id', 'name', 'level', 'parent_id']).execute()
}

/** The units that have a 值班电话 on file. */
export function unitDutyPhones(db: Db) {
  return db.selectFrom('units').select(['id', 'duty_phone']).where('duty_phone', 'is not', null).execute()
}

/** What a notice about a case says and whom it concerns; undefined when there is no such case. */
export function loadCaseForNotice(db: Db, id: number) {
  return db.selectFrom('cases').select(['id', 'title', 'level', 'unit_id', 'lead_unit_id', 'cooperating_unit_ids']).where('id', '=', id).executeTakeFirst()
}

/** Title and responsible unit of each case given (missing ids are absent), in no particular order. */
export async function caseHeads(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return []
  return db.selectFrom('cases').select(['id', 'title', 'unit_id']).where('id', 'in', ids).execute()
}

/** Case id → title, for labelling rows that name a case. */
export async function caseTitles(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await caseHeads(db, [...new Set(ids)])
  return new Map(rows.map((c) => [c.id, c.title]))
}

/** The timeline entries of one type recorded as happening in [from, to), with their payload (JSON text): the review's flags, checks and 退回. */
export function caseEventsOfTypeIn(db: Db, type: string, period: { from: string; to: string }) {
  return db.selectFrom('case_events').select(['case_id', 'at', 'payload']).where('type', '=', type).where('at', '>=', period.from).where('at', '<', period.to).execute()
}

/** The given cases' timeline entries of the given types, with their payload: a case's hand-overs, for who was responsible when. */
export async function caseEventsOfCases(db: Db, caseIds: readonly number[], types: readonly string[]) {
  if (caseIds.length === 0) return []
  return db.selectFrom('case_events').select(['case_id', 'type', 'at', 'payload']).where('case_id', 'in', caseIds).where('type', 'in', types).execute()
}

/** When the given timeline entries say they happened and when they were recorded (missing ids are absent). */
export async function caseEventTimes(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return []
  return db.selectFrom('case_events').select(['id', 'at', 'recorded_at']).where('id', 'in', ids).execute()
}

/**
 * Title, responsible unit and drill flag (1 for a 演练) of each case given (missing ids are absent),
 * in id order: the review's computation counts cases given in id order as it walks them and sorts
 * anything else first (shared/review/timeliness.ts; PostgreSQL gives no order otherwise).
 */
export async function caseHeadsWithDrill(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return []
  return db.selectFrom('cases').select(['id', 'title', 'unit_id', 'drill']).where('id', 'in', ids).orderBy('id').execute()
}

/** The due time of the 签收 deadline a 转办 at `startsAt` opened on the case, if it has one. */
export async function acknowledgementDueAt(db: Db, caseId: number, startsAt: string): Promise<string | undefined> {
  const row = await db.selectFrom('case_deadlines').select(['due_at']).where('case_id', '=', caseId).where('kind', '=', 'acknowledgement').where('starts_at', '=', startsAt).executeTakeFirst()
  return row?.due_at
}

/** A case's stored deadlines as they stand (kind, start, due, the unit counted for), for a notice that names one. */
export function storedDeadlines(db: Db, caseId: number) {
  return db.selectFrom('case_deadlines').select(['kind', 'starts_at', 'due_at', 'unit_id']).where('case_id', '=', caseId).execute()
}

/** The deadlines of open cases that crossed 超时 and are still unmet, with what the reminder ladder needs of their case. */
export function unmetOverdueDeadlines(db: Db) {
  return db
    .selectFrom('deadline_crossings as x')
    .innerJoin('case_deadlines as d', (j) => j.onRef('d.case_id', '=', 'x.case_id').onRef('d.kind', '=', 'x.kind').onRef('d.due_at', '=', 'x.due_at'))
    .innerJoin('cases as c', 'c.id', 'x.case_id')
    .select(['x.case_id', 'x.kind', 'x.due_at', 'c.level', 'c.unit_id', 'c.policy_id'])
    .where('x.crossing', '=', 'overdue')
    .where('d.met_at', 'is', null)
    .where('c.status', '!=', 'closed')
    .execute()
}

/**
 * Ids of the closed, non-drill cases whose 办结 entry falls in [from, to), in id order; when
 * `unitId` is given, those whose 第一责任主体 is that unit or one below it (the same 属地 reading
 * as a unit account's view): a check of 济南市 samples its districts' and departments' cases.
 */
export async function closedCaseIds(db: Db, period: { from: string; to: string }, unitId: string | null): Promise<number[]> {
  let query = db
    .selectFrom('cases')
    .innerJoin('case_events', 'case_events.case_id', 'cases.id')
    .select('cases.id')
    .distinct()
    .where('cases.status', '=', 'closed')
    .where('cases.drill', '=', 0)
    .where('case_events.type', '=', 'closed')
    .where('case_events.at', '>=', period.from)
    .where('case_events.at', '<', period.to)
  if (unitId !== null) query = query.where(responsibleInSubtree(unitId))
  return (await query.orderBy('cases.id').execute()).map((c) => c.id)
}

/** Open cases, newest first, by number (all digits) or by words of the title: triage's link picker. */
export function searchOpenCases(db: Db, q: string, limit: number) {
  let query = db
    .selectFrom('cases')
    .innerJoin('units', 'units.id', 'cases.unit_id')
    .select(['cases.id', 'cases.title', 'cases.level', 'cases.status', 'cases.created_at', 'units.name as unit_name'])
    .where('cases.status', '!=', 'closed')
    .orderBy('cases.id', 'desc')
    .limit(limit)
  if (/^\d+$/.test(q)) query = query.where('cases.id', '=', Number(q))
  else if (q) query = query.where(sql<boolean>`${dialectOf(db).position(sql.ref('cases.title'), q)} > 0`)
  return query.execute()
}
