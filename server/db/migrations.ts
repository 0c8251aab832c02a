import type { Kysely, Migration } from 'kysely'
import { dialectOf } from './dialect/dialect.ts'

/**
 * Versioned schema changes, applied in key order on every start. Each concern owns its tables
 * and its migrations (server/<concern>/migrations.ts); app.ts hands them all to the db plugin.
 * Key ranges: 0001–0099 core and ingest, 0100–0199 cases, 0200–0299 classify, 0300– later
 * concerns. Never edit a shipped migration: add the next one.
 */
export type Migrations = Record<string, Migration>

export const coreMigrations: Migrations = {
  '0001_event_log': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('events')
        .addColumn('id', 'integer', (c) => dialectOf(db).serialKey(c))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'integer')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute()
      // The log is evidence for review and audit: the database itself refuses to rewrite it.
      await dialectOf(db).appendOnly(db, 'events', 'events are append-only')
    },
  },
}
