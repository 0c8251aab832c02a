import type { Kysely } from 'kysely'
import type { Migrations } from '../db/index.ts'
import { dialectOf } from '../db/index.ts'

/** Keys 0300–0399 belong to the review concern. */
export const reviewMigrations: Migrations = {
  '0300_review_bulletins': {
    async up(db: Kysely<unknown>) {
      // An issued bulletin is a record: later versions are new rows, never edits.
      await db.schema
        .createTable('review_bulletins')
        .addColumn('id', 'integer', (c) => dialectOf(db).serialKey(c))
        .addColumn('period_from', 'text', (c) => c.notNull())
        .addColumn('period_to', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('issued_at', 'text', (c) => c.notNull())
        .addColumn('issued_by', 'text', (c) => c.notNull())
        .addColumn('document', 'text', (c) => c.notNull())
        .addColumn('changes', 'text', (c) => c.notNull())
        .addUniqueConstraint('review_bulletins_version', ['period_from', 'period_to', 'version'])
        .execute()
    },
  },
  '0301_review_checks': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('review_checks')
        .addColumn('id', 'integer', (c) => dialectOf(db).serialKey(c))
        .addColumn('period_from', 'text', (c) => c.notNull())
        .addColumn('period_to', 'text', (c) => c.notNull())
        .addColumn('requested', 'integer', (c) => c.notNull())
        .addColumn('case_ids', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('results', 'text')
        .addColumn('recorded_at', 'text')
        .addColumn('recorded_by', 'text')
        .execute()
    },
  },
  '0320_review_checks_unit': {
    async up(db: Kysely<unknown>) {
      // A reviewer may draw one unit's cases (抽查某单位); earlier checks drew from all units.
      await db.schema.alterTable('review_checks').addColumn('unit_id', 'text').execute()
    },
  },
}
