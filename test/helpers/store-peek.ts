import path from 'node:path'
import Sqlite from 'better-sqlite3'
import pg from 'pg'
import { onTestFinished } from 'vitest'
import { databaseForDataDir, onPostgres } from './pg-database.ts'

/** One row of a read-only query, its numbers as numbers on both engines (pg gives count(*) as text). */
export type Peek = (query: string) => Promise<Record<string, unknown> | undefined>

const numeric = (row: Record<string, unknown> | undefined) =>
  row && Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v]))

/**
 * Reads the store that server processes started with `dataDir` write to, from the test's side:
 * the SQLite file in it, or on the PostgreSQL pass the database standing for it (the same one
 * startServerProcess gives them). Plain SQL that both engines read alike.
 */
export async function peekStore(dataDir: string): Promise<Peek> {
  if (onPostgres) {
    const pool = new pg.Pool({ connectionString: await databaseForDataDir(dataDir), max: 1 })
    onTestFinished(() => pool.end())
    return async (query) => numeric((await pool.query<Record<string, unknown>>(query)).rows[0])
  }
  let db: Sqlite.Database | null = null
  onTestFinished(() => void db?.close())
  return async (query) => {
    // Opened on first use: the first process creates the file.
    db ??= new Sqlite(path.join(dataDir, 'yuqing.sqlite'), { readonly: true })
    return numeric(db.prepare(query).get() as Record<string, unknown> | undefined)
  }
}
