import { sql, type Kysely } from 'kysely'
import type { Migrations } from '../db/index.ts'
import { dialectOf } from '../db/index.ts'

/** Keys 0500–0599 belong to the auth concern. */
export const authMigrations: Migrations = {
  '0500_users': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'integer', (c) => dialectOf(db).serialKey(c))
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'operator', 'unit', 'reviewer')`))
        .addColumn('unit_id', 'text', (c) => c.references('units.id'))
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('password_changed_at', 'text', (c) => c.notNull())
        // A unit account without a unit would see nothing or, worse, everything.
        .addCheckConstraint('unit_bound', sql`(role = 'unit') = (unit_id is not null)`)
        .execute()
    },
  },
  '0501_sessions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sessions')
        // Only the SHA-256 of the cookie value is stored: a copied database cannot be replayed.
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute()
    },
  },
  '0502_display_tokens': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('display_tokens')
        .addColumn('id', 'integer', (c) => dialectOf(db).serialKey(c))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute()
    },
  },
  /** When a wall last used its kiosk token: an admin revoking stale tokens needs to know which are live. */
  '0503_display_token_last_used': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('display_tokens').addColumn('last_used_at', 'text').execute()
    },
  },
  /**
   * Failed sign-ins per (username as typed, address): a lock keyed on the account alone let anyone
   * keep `admin` locked, and one kept only for existing accounts told names apart. users.failed_logins
   * and users.locked_until are no longer read.
   */
  '0510_login_failures': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('login_failures')
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('last_failed_at', 'text', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .addPrimaryKeyConstraint('login_failures_pk', ['username', 'address'])
        .execute()
    },
  },
  /**
   * The sign-in rate limit's counters when PostgreSQL is the only shared service (no YQ_REDIS_URL):
   * kept in one process's memory, N processes behind a proxy allowed N × YQ_LOGIN_RATE_MAX. One
   * row per (route, address) and minute window; rows past their window are deleted as they are met.
   */
  '0511_login_rate_hits': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('login_rate_hits')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('hits', 'integer', (c) => c.notNull())
        .addColumn('window_ends_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('login_rate_hits_window').on('login_rate_hits').column('window_ends_at').execute()
    },
  },
}
