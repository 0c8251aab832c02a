import type { Department } from '@shared/types/department.ts'
import { syncUnits } from '../../server/cases/unit-sync.ts'
import { defaultCatalogue } from '../../server/classify/default-catalogue.ts'
import { Gazetteer } from '../../server/classify/gazetteer.ts'
import { unitDirectory } from '../../server/classify/unit-directory.ts'
import { loadConfig } from '../../server/config.ts'
import { openDatabase } from '../../server/db/plugin.ts'
import { allMigrations } from '../../server/migrations.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * Built once per run by global-setup.ts: a SQLite file, or with YQ_TEST_DATABASE=postgres a
     * database name, holding what a server's first start writes before it answers — every
     * migration and the home province's units — so each test copies it instead of doing that
     * again (on PostgreSQL, about a second per server start). Empty when not built.
     */
    storeTemplate: string
  }
}

/** The home province the template's units are of: a test that names another one starts from an empty store. */
export const TEMPLATE_HOME_PROVINCE = loadConfig({}).homeProvince

/**
 * Migrates the store at `target` and syncs the default home province's units into it, as the
 * db plugin and the cases concern's first onReady do. The catalogue is not stored: a server
 * seeds it on its own start (with its own clock), and finds the units it names already there.
 * Nothing else is written: the first admin, like everything a test does, comes from the test's own start.
 */
export async function buildStoreTemplate(target: string): Promise<void> {
  const db = await openDatabase(target, allMigrations)
  try {
    const stored = await db.selectFrom('departments').select('body').orderBy('position').execute()
    const catalogue = stored.length > 0 ? stored.map((r) => JSON.parse(r.body) as Department) : defaultCatalogue()
    await syncUnits(db, unitDirectory(new Gazetteer(TEMPLATE_HOME_PROVINCE), catalogue))
  } finally {
    await db.destroy()
  }
}
