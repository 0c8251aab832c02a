import fs from 'node:fs'
import path from 'node:path'
import Sqlite from 'better-sqlite3'
import fp from 'fastify-plugin'
import { CompiledQuery, Kysely, Migrator, SqliteDialect, type DatabaseConnection, type Driver, type MigrationProvider, type TransactionSettings } from 'kysely'
import type { Config } from '../config.ts'
import { coreMigrations, type Migrations } from './migrations.ts'
import type { Database } from './schema.ts'
import { cacheStatements } from './statement-cache.ts'
import { openPostgres } from './dialect/postgres-pool.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** The one data layer: every query goes through this Kysely instance. */
    db: Kysely<Database>
  }
}

/** Where the store is: the PostgreSQL URL when one is configured, else the SQLite file. */
export const storeTarget = (config: Pick<Config, 'databaseUrl' | 'dbFile'>): string => config.databaseUrl ?? config.dbFile

/** True when the store target is a PostgreSQL URL rather than a SQLite file. */
export const isPostgresUrl = (target: string) => /^postgres(ql)?:\/\//i.test(target)

/** Opens and migrates the store: a SQLite file (the embedded default) or a `postgres://` URL. */
export async function openDatabase(target: string, migrations: Migrations = {}): Promise<Kysely<Database>> {
  const db = isPostgresUrl(target) ? await openPostgres(target) : openSqlite(target)
  return migrate(db, migrations)
}

function openSqlite(file: string): Kysely<Database> {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true })
  const sqlite = new Sqlite(file)
  // WAL lets readers go on while the poller writes; NORMAL sync is durable at each
  // commit checkpoint and survives kill -9 (only power loss can drop the last commit).
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  cacheStatements(sqlite)
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) })
}

/**
 * Transactions begin IMMEDIATE: a deferred one that reads and then writes, while another process
 * on the same file (two processes over one SQLite file, YQ_REDIS_URL) committed meanwhile, fails
 * at once with SQLITE_BUSY (busy_timeout cannot wait out a stale snapshot): CI saw a 500 on
 * POST /api/cases. Taking the write lock first makes the second writer wait its turn instead.
 * Snapshot reads (snapshot.ts, isolation level "repeatable read") begin deferred: they never write.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver()
    driver.beginTransaction = async (connection: DatabaseConnection, settings: TransactionSettings) => {
      // A snapshot read (snapshot.ts) never writes: it need not queue behind another process's writer.
      await connection.executeQuery(CompiledQuery.raw(settings.isolationLevel === 'repeatable read' ? 'begin deferred' : 'begin immediate'))
    }
    return driver
  }
}

async function migrate(db: Kysely<Database>, migrations: Migrations): Promise<Kysely<Database>> {
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
    const db = await openDatabase(storeTarget(opts.config), opts.migrations)
    app.decorate('db', db)
    // Runs last (onClose hooks run in reverse order of registration), after pollers stopped.
    app.addHook('onClose', async () => {
      await db.destroy()
    })
  },
  { name: 'db', fastify: '5.x' },
)
