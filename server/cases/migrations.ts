import { sql, type Kysely } from 'kysely'
import type { Migrations } from '../db/migrations.ts'
import { mergeDuplicateUnits } from './unit-merge.ts'
import { UNIT_SEED } from './units-seed.ts'

/** Keys 0100–0199 belong to the cases concern. */
export const caseMigrations: Migrations = {
  '0100_units': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('units')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('province', 'city', 'county')`))
        .addColumn('parent_id', 'text', (c) => c.references('units.id'))
        .addColumn('code', 'text', (c) => c.notNull())
        .execute()
      await (db as Kysely<{ units: object }>).insertInto('units').values([...UNIT_SEED]).execute()
    },
  },
  '0101_cases': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('cases')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('incident', 'opinion')`))
        .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('I', 'II', 'III', 'IV')`))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
        .addColumn('origin', 'text', (c) => c.notNull().defaultTo('detected'))
        .addColumn('policy_id', 'text', (c) => c.notNull())
        .addColumn('clock_start', 'text', (c) => c.notNull())
        .addColumn('clock_start_reason', 'text')
        .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
        .addColumn('lead_unit_id', 'text', (c) => c.references('units.id'))
        .addColumn('cooperating_unit_ids', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('supervised', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('drill', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('cases_status').on('cases').columns(['status', 'id']).execute()

      // The timeline: what happened (`at`) and when it was filed (`recorded_at`), never rewritten.
      await db.schema
        .createTable('case_events')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute()
      await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'at']).execute()
      await sql`CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
        BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END`.execute(db)
      await sql`CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
        BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END`.execute(db)

      // Deadlines as absolute instants, rewritten from the engine in the transaction of every change.
      await db.schema
        .createTable('case_deadlines')
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('due_soon_at', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('met_at', 'text')
        .addPrimaryKeyConstraint('case_deadlines_pk', ['case_id', 'kind', 'due_at'])
        .execute()
      await db.schema.createIndex('case_deadlines_open').on('case_deadlines').columns(['met_at', 'due_soon_at']).execute()

      // Crossings already announced, so neither a tick nor a restart announces one twice.
      await db.schema
        .createTable('deadline_crossings')
        .addColumn('case_id', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('crossing', 'text', (c) => c.notNull())
        .addColumn('emitted_at', 'text', (c) => c.notNull())
        .addColumn('event_id', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('deadline_crossings_pk', ['case_id', 'kind', 'due_at', 'crossing'])
        .execute()
    },
  },
  /** 值班电话 and 联系人 per unit, kept by the admin in /admin/units; the directory sync never touches them. */
  '0102_unit_contacts': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('units').addColumn('duty_phone', 'text').execute()
      await db.schema.alterTable('units').addColumn('contact_person', 'text').execute()
    },
  },
  /**
   * One unit per (parent, name): duplicates (the first seed's 370000-jyt / -yjt beside the
   * directory's 370000-jyj / -yjj) are merged into one id, and the index keeps it so.
   */
  '0120_units_unique_by_parent_name': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('units').addColumn('merged_into', 'text', (c) => c.references('units.id')).execute()
      await mergeDuplicateUnits(db)
      await sql`CREATE UNIQUE INDEX units_parent_name ON units (coalesce(parent_id, ''), name) WHERE merged_into IS NULL`.execute(db)
    },
  },
}
