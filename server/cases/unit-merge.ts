import { sql, type Kysely } from 'kysely'
import { moveUnitAccounts } from '../auth/index.ts'
import { dialectOf } from '../db/index.ts'

/**
 * Ids the first unit seed (units-seed.ts) gave two provincial departments, before the directory
 * (gazetteer × catalogue) named them by the catalogue's department ids: the same 山东省教育厅 and
 * 山东省应急管理厅 stood in the table twice and the unit picker bound one of them at random.
 */
export const LEGACY_UNIT_IDS: Readonly<Record<string, string>> = Object.freeze({
  '370000-jyt': '370000-jyj',
  '370000-yjt': '370000-yjj',
})

export interface UnitMerge {
  kept: string
  merged: string[]
}

/** The id a group of same-named siblings keeps: the directory's (a legacy alias target), else not a legacy id, else the smallest. */
function keeperOf(ids: readonly string[]): string {
  const targets = new Set(Object.values(LEGACY_UNIT_IDS))
  const sorted = [...ids].sort()
  return sorted.find((id) => targets.has(id)) ?? sorted.find((id) => !(id in LEGACY_UNIT_IDS)) ?? sorted[0]!
}

/** Points everything that names `from` at `to`: cases (unit, lead, cooperating), deadlines, accounts, child units; contacts are kept. */
async function repoint(db: Kysely<unknown>, from: string, to: string): Promise<void> {
  await sql`UPDATE units SET duty_phone = coalesce(duty_phone, (SELECT duty_phone FROM units WHERE id = ${from})),
    contact_person = coalesce(contact_person, (SELECT contact_person FROM units WHERE id = ${from})) WHERE id = ${to}`.execute(db)
  await sql`UPDATE cases SET unit_id = ${to} WHERE unit_id = ${from}`.execute(db)
  await sql`UPDATE cases SET lead_unit_id = ${to} WHERE lead_unit_id = ${from}`.execute(db)
  // Deadlines carry the unit they count for (0110 runs first in key order).
  await sql`UPDATE case_deadlines SET unit_id = ${to} WHERE unit_id = ${from}`.execute(db)
  const { rows } = await sql<{ id: number; cooperating_unit_ids: string }>`SELECT id, cooperating_unit_ids FROM cases WHERE cooperating_unit_ids LIKE ${`%"${from}"%`}`.execute(db)
  for (const row of rows) {
    const ids = [...new Set((JSON.parse(row.cooperating_unit_ids) as string[]).map((id) => (id === from ? to : id)))]
    await sql`UPDATE cases SET cooperating_unit_ids = ${JSON.stringify(ids)} WHERE id = ${row.id}`.execute(db)
  }
  await moveUnitAccounts(db, from, to)
  await sql`UPDATE units SET parent_id = ${to} WHERE parent_id = ${from}`.execute(db)
  await sql`UPDATE units SET merged_into = ${to} WHERE id = ${from}`.execute(db)
}

/**
 * Merges units that share a parent and a name into one id. The merged rows stay (marked
 * `merged_into`), so timeline entries that named them — append-only, never rewritten — still
 * resolve to a name; nothing can be filed against them any more. A legacy id whose directory
 * id is not stored yet is first copied under that id, so the directory's id is the one kept.
 */
export async function mergeDuplicateUnits(db: Kysely<unknown>): Promise<UnitMerge[]> {
  for (const [from, to] of Object.entries(LEGACY_UNIT_IDS)) {
    await sql`INSERT INTO units (id, name, level, parent_id, code, duty_phone, contact_person)
      SELECT cast(${to} AS text), name, level, parent_id, code, duty_phone, contact_person FROM units
      WHERE id = ${from} AND NOT EXISTS (SELECT 1 FROM units WHERE id = ${to})`.execute(db)
  }
  const { rows } = await sql<{ ids: string }>`SELECT ${dialectOf(db).stringAgg(sql.ref('id'), ' ')} AS ids FROM units WHERE merged_into IS NULL
    GROUP BY coalesce(parent_id, ''), name HAVING count(*) > 1`.execute(db)
  const merges: UnitMerge[] = []
  for (const { ids } of rows) {
    const group = ids.split(' ')
    const kept = keeperOf(group)
    const merged = group.filter((id) => id !== kept).sort()
    for (const from of merged) await repoint(db, from, kept)
    merges.push({ kept, merged })
  }
  return merges.sort((a, b) => a.kept.localeCompare(b.kept))
}
