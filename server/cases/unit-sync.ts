import type { Kysely } from 'kysely'
import type { Database } from '../db/index.ts'

export interface UnitRecord {
  id: string
  name: string
  level: 'province' | 'city' | 'county'
  parent_id: string | null
  code: string
}

const ROWS_PER_INSERT = 400

/**
 * Brings the units table up to a directory (from the gazetteer and the department catalogue):
 * new units are added and renamed ones updated; none is removed, since cases may name it.
 * A unit merged into another (unit-merge.ts) stays merged.
 * Only the difference is written, in multi-row inserts, so a restart with nothing new is one read.
 * Parents come before children in the directory, so foreign keys hold chunk by chunk.
 * `beforeWrite` hears of the rows before they commit (the socket audience's unit tree, case-audience.ts).
 */
export async function syncUnits(db: Kysely<Database>, units: readonly UnitRecord[], beforeWrite: (rows: readonly UnitRecord[]) => void = () => {}): Promise<number> {
  const rows = await db.selectFrom('units').selectAll().execute()
  const stored = new Map(rows.map((u) => [u.id, u]))
  // One unit per (parent, name) (migration 0120): a directory entry whose name its parent already
  // has under another id — a catalogue edit that repeats a department's name — is not added twice.
  const key = (u: { parent_id: string | null; name: string }) => `${u.parent_id ?? ''}\u0000${u.name}`
  const taken = new Map(rows.filter((u) => u.merged_into === null).map((u) => [key(u), u.id]))
  const fresh = units.filter((u) => {
    if (stored.has(u.id)) return false
    const holder = taken.get(key(u))
    if (holder !== undefined && holder !== u.id) return false
    taken.set(key(u), u.id)
    return true
  })
  const renamed = units.filter((u) => {
    const s = stored.get(u.id)
    if (!s || s.merged_into !== null || !(s.name !== u.name || s.parent_id !== u.parent_id || s.level !== u.level)) return false
    const holder = taken.get(key(u))
    return holder === undefined || holder === u.id
  })
  if (fresh.length === 0 && renamed.length === 0) return 0
  beforeWrite([...fresh, ...renamed])
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < fresh.length; i += ROWS_PER_INSERT) {
      // Another process starting at once may add the same units first (PostgreSQL): theirs stand.
      await trx.insertInto('units').values(fresh.slice(i, i + ROWS_PER_INSERT)).onConflict((oc) => oc.doNothing()).execute()
    }
    for (const u of renamed) {
      await trx.updateTable('units').set({ name: u.name, level: u.level, parent_id: u.parent_id }).where('id', '=', u.id).execute()
    }
  })
  return fresh.length + renamed.length
}
