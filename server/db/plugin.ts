import fs from 'node:fs'
import path from 'node:path'
import Sqlite from 'better-sqlite3'
import fp from 'fastify-plugin'
import { Kysely, Migrator, SqliteDialect, type MigrationProvider } from 'kysely'
import type { Config } from '../config.ts'
import { coreMigrations, type Migrations } from './migrations.ts'
import type { Database } from './schema.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** The one data layer: every query goes through this Kysely instance. */
    db: Kysely<Database>
  }
}

export async function openDatabase(file: string, migrations: Migrations = {}): Promise<Kysely<Database>> {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true })
  const sqlite = new Sqlite(file)
  // WAL lets readers go on while the poller writes; NORMAL sync is durable at each
  // commit checkpoint and survives kill -9 (only power loss can drop the last commit).
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  const provider: MigrationProvider = { getMigrations: async () => ({ ...coreMigrations, ...migrations }) }
  // Concerns add migrations in their own key ranges, so a later concern's may sort earlier.
  const { error, results } = await new Migrator({ db, provider, allowUnorderedMigrations: true }).migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error || failed) {
    await db.destroy()
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`)
  }
  return db
}

export default fp(
  async (app, opts: { config: Config; migrations: Migrations }) => {
    const db = await openDatabase(opts.config.dbFile, opts.migrations)
    app.decorate('db', db)
    // Runs last (onClose hooks run in reverse order of registration), after pollers stopped.
    app.addHook('onClose', async () => {
      await db.destroy()
    })
  },
  { name: 'db', fastify: '5.x' },
)
