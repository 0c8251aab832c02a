import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'

export interface UnitRecord {
  id: string
  name: string
  level: 'province' | 'city' | 'county'
  parent_id: string | null
  code: string
}

/**
 * Brings the units table up to a directory (from the gazetteer and the department catalogue):
 * new units are added and renamed ones updated; none is removed, since cases may name it.
 * Parents come before children in the directory, so foreign keys hold row by row.
 */
export async function syncUnits(db: Kysely<Database>, units: readonly UnitRecord[]): Promise<number> {
  let changed = 0
  await db.transaction().execute(async (trx) => {
    for (const unit of units) {
      const result = await trx
        .insertInto('units')
        .values(unit)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({ name: unit.name, level: unit.level, parent_id: unit.parent_id, code: unit.code }).where('units.name', '!=', unit.name),
        )
        .executeTakeFirst()
      changed += Number(result.numInsertedOrUpdatedRows ?? 0)
    }
  })
  return changed
}
