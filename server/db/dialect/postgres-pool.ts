import pg from 'pg'
import { Kysely, PostgresDialect, sql } from 'kysely'
import type { Database } from '../schema.ts'
import { createPostgresHelpers } from './postgres.ts'

/** int8 (count(*), sum) and numeric (avg) come back as numbers, as SQLite gives them: callers stay identical. */
const NUMERIC_OIDS = new Set([pg.types.builtins.INT8, pg.types.builtins.NUMERIC])
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMERIC_OIDS.has(oid) ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
}

/** A pool of connections to `url`, the JSON helpers in place unless `readOnly` (a CLI that only reads); the caller migrates. */
export async function openPostgres(url: string, { poolSize = 10, readOnly = false } = {}): Promise<Kysely<Database>> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types })
  // An idle client's error (the server restarted) must not crash the process: the pool replaces it.
  pool.on('error', () => undefined)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  try {
    if (readOnly) await sql`SELECT 1`.execute(db)
    else await createPostgresHelpers(db as Kysely<unknown>)
  } catch (err) {
    await db.destroy()
    throw new Error(`cannot open PostgreSQL at ${redactUrl(url)}: ${(err as Error).message}`, { cause: err })
  }
  return db
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.href
  } catch {
    return 'postgres://…'
  }
}
