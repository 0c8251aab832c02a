import { sql, type Expression, type Kysely, type SqlBool } from 'kysely'
import type { Database } from '../db/schema.ts'

/**
 * 属地: a unit account sees a case when its responsible, lead, a cooperating, a forwarded-to or a
 * forwarded-from unit (still answerable for the clocks it held) is the account's unit or below it. One SQL predicate serves lists, detail and items alike.
 */
export function caseInTerritory(unitId: string, caseIdColumn = 'cases.id'): Expression<SqlBool> {
  const subtree = sql`with recursive sub(id) as (select ${unitId} union select u.id from units u join sub on u.parent_id = sub.id) select id from sub`
  const caseRef = sql.ref(caseIdColumn)
  return sql<SqlBool>`exists (
    select 1 from cases c where c.id = ${caseRef} and (
      c.unit_id in (${subtree})
      or c.lead_unit_id in (${subtree})
      or exists (select 1 from json_each(c.cooperating_unit_ids) j where j.value in (${subtree}))
      or exists (select 1 from case_events e where e.case_id = c.id and e.type = 'forwarded' and (json_extract(e.payload, '$.unit_id') in (${subtree}) or json_extract(e.payload, '$.previous_unit_id') in (${subtree})))
    ))`
}

export async function canSeeCase(db: Kysely<Database>, unitId: string, caseId: number): Promise<boolean> {
  const row = await db.selectFrom('cases').select('id').where('id', '=', caseId).where(caseInTerritory(unitId)).executeTakeFirst()
  return row !== undefined
}

/** Unit id → parent id, for walking up from a case's units to the rooms of those above them. */
export async function loadUnitParents(db: Kysely<Database>): Promise<Map<string, string | null>> {
  const rows = await db.selectFrom('units').select(['id', 'parent_id']).execute()
  return new Map(rows.map((r) => [r.id, r.parent_id]))
}

export function withAncestors(unitIds: Iterable<string>, parents: ReadonlyMap<string, string | null>): Set<string> {
  const out = new Set<string>()
  for (const start of unitIds) {
    let id: string | null | undefined = start
    // The guard bounds a corrupt cycle; real chains are three deep.
    for (let hops = 0; id && hops < 10 && !out.has(id); hops++) {
      out.add(id)
      id = parents.get(id)
    }
  }
  return out
}
