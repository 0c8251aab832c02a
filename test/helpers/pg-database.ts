import crypto from 'node:crypto'
import { inject, onTestFinished } from 'vitest'
import { CREATE_EMPTY, onServer, pgUrlOf } from './pg-server.ts'

export { CREATE_EMPTY, onPostgres, onServer, pgUrlOf } from './pg-server.ts'

/**
 * A fresh database `yq_<random>` on the shared server, dropped when the test ends (after the app
 * that uses it closed: onTestFinished runs in reverse order). Other engineers use the same server,
 * so nothing here touches a database it did not create. Empty, or with `fromTemplate` a copy of
 * the run's migrated template (global-setup.ts; it has the C collation too) when there is one.
 */
export async function createTestDatabase(fromTemplate = false): Promise<string> {
  const name = `yq_${crypto.randomBytes(6).toString('hex')}`
  const template = fromTemplate ? inject('storeTemplate') : ''
  await onServer((c) => c.query(`CREATE DATABASE ${name} ${template ? `TEMPLATE ${template}` : CREATE_EMPTY}`))
  onTestFinished(async () => {
    await onServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
  })
  return pgUrlOf(name)
}

const byDataDir = new Map<string, string>()

/**
 * The database standing for a data folder: a restart with the same folder finds the same data, as
 * with a SQLite file. A server about to start on it for the first time may start from the migrated
 * template (`fromTemplate`); a test that opens it itself first, perhaps with older migrations only, gets it empty.
 */
export async function databaseForDataDir(dataDir: string, fromTemplate = false): Promise<string> {
  const known = byDataDir.get(dataDir)
  if (known) return known
  const url = await createTestDatabase(fromTemplate)
  byDataDir.set(dataDir, url)
  onTestFinished(() => void byDataDir.delete(dataDir))
  return url
}
