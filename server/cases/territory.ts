import { sql, type Expression, type Kysely, type SqlBool } from 'kysely'
import { dialectOf, type Database, type SqlDialect } from '../db/index.ts'

/**
 * 属地: a unit account sees a case when one of the case's units (shared/policy/case-units.ts: its
 * responsible, lead, a cooperating, a forwarded-to or a forwarded-from unit) is the account's unit
 * or below it. One SQL predicate serves lists, detail and items alike; the socket side walks the
 * same units upward (case-audience.ts), and test/integration/cases/case-audience.test.ts holds the two together.
 */
export function caseInTerritory(d: SqlDialect, unitId: string, caseIdColumn = 'cases.id'): Expression<SqlBool> {
  const subtree = unitSubtree(unitId)
  const caseRef = sql.ref(caseIdColumn)
  return sql<SqlBool>`exists (
    select 1 from cases c where c.id = ${caseRef} and (
      c.unit_id in (${subtree})
      or c.lead_unit_id in (${subtree})
      or exists (select 1 from ${d.jsonArrayValues(sql.ref('c.cooperating_unit_ids'), 'j')} where j.value in (${subtree}))
      or exists (select 1 from case_events e where e.case_id = c.id and e.type = 'forwarded' and (${d.jsonText(sql.ref('e.payload'), 'unit_id')} in (${subtree}) or ${d.jsonText(sql.ref('e.payload'), 'previous_unit_id')} in (${subtree})))
    ))`
}

/** The ids of a unit and every unit below it (its departments, counties, their departments …), as a subquery. */
export function unitSubtree(unitId: string) {
  return sql`with recursive sub(id) as (select cast(${unitId} as text) union select u.id from units u join sub on u.parent_id = sub.id) select id from sub`
}

/** The case's responsible unit (第一责任主体) is `unitId` or below it. */
export function responsibleInSubtree(unitId: string, unitColumn = 'cases.unit_id'): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(unitColumn)} in (${unitSubtree(unitId)})`
}

export async function canSeeCase(db: Kysely<Database>, unitId: string, caseId: number): Promise<boolean> {
  const row = await db.selectFrom('cases').select('id').where('id', '=', caseId).where(caseInTerritory(dialectOf(db), unitId)).executeTakeFirst()
  return row !== undefined
}

/** Unit id → parent id, for walking up from a case's units to the rooms of those above them. */
export async function loadUnitParents(db: Kysely<Database>): Promise<Map<string, string | null>> {
  const rows = await db.selectFrom('units').select(['id', 'parent_id']).execute()
  return new Map(rows.map((r) => [r.id, r.parent_id]))
}
