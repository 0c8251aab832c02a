import type { Kysely } from 'kysely'
import type { Department } from '@shared/types/department.ts'
import { ErrorCode, YqError } from '@shared/errors.ts'
import type { Database } from '../db/index.ts'
import { defaultCatalogue } from './default-catalogue.ts'
import './migrations.ts'

/** The stored catalogue, in its order; seeded with the default on first use. */
export async function loadCatalogue(db: Kysely<Database>, now: Date): Promise<Department[]> {
  const rows = await db.selectFrom('departments').selectAll().orderBy('position').execute()
  if (rows.length > 0) return rows.map((r) => JSON.parse(r.body) as Department)
  const seed = defaultCatalogue()
  await saveCatalogue(db, seed, now)
  return seed
}

/** Replaces the whole catalogue in one transaction: readers see the old one or the new one. */
export async function saveCatalogue(db: Kysely<Database>, catalogue: Department[], now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('departments').execute()
    for (const [position, d] of catalogue.entries()) {
      await trx.insertInto('departments').values({ id: d.id, position, body: JSON.stringify(d), updated_at: now.toISOString() }).execute()
    }
  })
}

/** Checks what a schema cannot: unique ids and a name for every level the department exists at. */
export function checkCatalogue(catalogue: Department[]): void {
  const seen = new Set<string>()
  for (const d of catalogue) {
    if (seen.has(d.id)) throw new YqError(ErrorCode.BAD_CATALOGUE, `department id "${d.id}" appears twice`)
    seen.add(d.id)
    if (d.levels.includes('province') && !d.province_name.trim()) throw new YqError(ErrorCode.BAD_CATALOGUE, `department "${d.id}" exists at province level but has no province_name`)
    if ((d.levels.includes('city') || d.levels.includes('county')) && !d.local_name.trim()) {
      throw new YqError(ErrorCode.BAD_CATALOGUE, `department "${d.id}" exists at city or county level but has no local_name`)
    }
    const texts = new Set<string>()
    for (const t of d.terms) {
      if (texts.has(t.text)) throw new YqError(ErrorCode.BAD_CATALOGUE, `department "${d.id}" lists the term "${t.text}" twice`)
      texts.add(t.text)
    }
  }
}
