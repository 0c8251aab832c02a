import { sql, type Kysely, type Migration } from 'kysely'

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
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'integer')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute()
      // The log is evidence for review and audit: the database itself refuses to rewrite it.
      await sql`CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END`.execute(db)
      await sql`CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END`.execute(db)
    },
  },
}
