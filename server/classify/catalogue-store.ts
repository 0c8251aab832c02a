import type { Kysely, Transaction } from 'kysely'
import type { Department } from '@shared/types/department.ts'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { dialectOf, type Database } from '../db/index.ts'
import { CATALOGUE_EDITION, defaultCatalogue } from './default-catalogue.ts'
import type { CatalogueUpgrade } from '@shared/api/catalogue.ts'
import { isEmptyChange, upgradeCatalogue, upgradeSummary, type CatalogueChanges } from './catalogue-upgrade.ts'
import './migrations.ts'

type Db = Kysely<Database> | Transaction<Database>

/** The stored catalogue, in its order (empty before the first start has seeded it). */
export async function readCatalogue(db: Db): Promise<Department[]> {
  const rows = await db.selectFrom('departments').selectAll().orderBy('position').execute()
  return rows.map((r) => JSON.parse(r.body) as Department)
}

/** The release's default catalogue and its edition; tests pass their own. */
export interface CatalogueDefault {
  edition: number
  departments: Department[]
}

/** What a start did to the stored catalogue: seeded it, merged a newer default into it, or left it. */
export type CatalogueStart =
  | { catalogue: Department[]; took: 'seeded' | 'kept'; refused?: string }
  | { catalogue: Department[]; took: 'upgraded'; from: number | null; to: number; changes: CatalogueChanges }

/**
 * The catalogue a starting process tags with. A new installation is seeded with the release's default. An existing one
 * takes in a newer default (a higher edition than the one it last took in) by catalogue-upgrade.ts's merge, keeping an
 * admin's edits; an older release's process started beside a newer one leaves the catalogue as it is. Processes
 * starting at once take turns on a named lock, so one merges and the others find it done.
 */
export async function startCatalogue(db: Kysely<Database>, now: Date, release: CatalogueDefault = { edition: CATALOGUE_EDITION, departments: defaultCatalogue() }): Promise<CatalogueStart> {
  return db.transaction().execute(async (trx) => {
    await dialectOf(trx).lockName(trx, 'yq:catalogue')
    const stored = await readCatalogue(trx)
    const taken = await trx.selectFrom('catalogue_default').selectAll().orderBy('edition', 'desc').executeTakeFirst()
    const remember = async (changes: CatalogueUpgrade | null) => {
      await trx.deleteFrom('catalogue_default').execute()
      await trx.insertInto('catalogue_default').values({ edition: release.edition, body: JSON.stringify(release.departments), taken_at: now.toISOString(), changes: changes && JSON.stringify(changes) }).execute()
    }
    if (stored.length === 0) {
      await writeCatalogue(trx, release.departments, now)
      await remember(null)
      return { catalogue: release.departments, took: 'seeded' }
    }
    if (taken && taken.edition >= release.edition) return { catalogue: stored, took: 'kept' }
    const base = taken ? (JSON.parse(taken.body) as Department[]) : null
    const { catalogue, changes } = upgradeCatalogue(stored, base, release.departments)
    // A merge the catalogue's own checks refuse (an admin's department now sharing a term's text, say) is not
    // forced on the installation: the stored catalogue stays, and the next start tries again.
    try {
      checkCatalogue(catalogue)
    } catch (err) {
      return { catalogue: stored, took: 'kept', refused: (err as Error).message }
    }
    const changed = !isEmptyChange(changes)
    if (changed) await writeCatalogue(trx, catalogue, now)
    await remember(changed ? upgradeSummary(now.toISOString(), taken?.edition ?? null, release.edition, changes) : null)
    return isEmptyChange(changes) ? { catalogue: stored, took: 'kept' } : { catalogue, took: 'upgraded', from: taken?.edition ?? null, to: release.edition, changes }
  })
}

/** The last release merge into the stored catalogue, for the admin; null when the catalogue took in none. */
export async function lastUpgrade(db: Db): Promise<CatalogueUpgrade | null> {
  const row = await db.selectFrom('catalogue_default').select('changes').executeTakeFirst()
  return row?.changes ? (JSON.parse(row.changes) as CatalogueUpgrade) : null
}

/** Replaces the whole catalogue in one transaction: readers see the old one or the new one. */
export async function saveCatalogue(db: Kysely<Database>, catalogue: Department[], now: Date): Promise<void> {
  await db.transaction().execute((trx) => writeCatalogue(trx, catalogue, now))
}

async function writeCatalogue(trx: Transaction<Database>, catalogue: Department[], now: Date): Promise<void> {
  await trx.deleteFrom('departments').execute()
  for (const [position, d] of catalogue.entries()) {
    await trx.insertInto('departments').values({ id: d.id, position, body: JSON.stringify(d), updated_at: now.toISOString() }).execute()
  }
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
