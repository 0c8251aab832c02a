import type { Kysely } from 'kysely'
import type { Migrations } from '../db/index.ts'

/** Key range 0040–0049: leases that let several processes share one database without doing a job twice. */
export const clusterMigrations: Migrations = {
  '0040_source_leases': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('sources').addColumn('lease_holder', 'text').execute()
      await db.schema.alterTable('sources').addColumn('lease_expires_at', 'text').execute()
    },
  },
  '0041_leases': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('leases')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute()
    },
  },
}
