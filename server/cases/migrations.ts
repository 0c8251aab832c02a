import { sql, type Kysely } from 'kysely'
import type { Migrations } from '../db/index.ts'
import { mergeDuplicateUnits } from './unit-merge.ts'
import { UNIT_SEED } from './units-seed.ts'
import { dialectOf } from '../db/index.ts'

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
        .addColumn('id', 'integer', (c) => dialectOf(db).serialKey(c))
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
        .addColumn('id', 'integer', (c) => dialectOf(db).serialKey(c))
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute()
      await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'at']).execute()
      await dialectOf(db).appendOnly(db, 'case_events', 'case events are append-only')

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
  /**
   * Each deadline is counted for the unit responsible for it (转办 moves the case), and names the
   * entry that met it so the review can show its claimed and recorded times. Existing rows are
   * filled from the forwarding history the way shared/policy/responsibility.ts decides: a 签收
   * clock belongs to its forwarding's unit, any other to the unit forwarded to last before it was
   * met (or fell due), else the case's unit. Cases forwarded before now move to their last
   * receiving unit, unless a later 改派 named another.
   */
  '0110_deadline_units': {
    async up(db: Kysely<unknown>) {
      const forwardedTo = (alias: string, ...path: string[]) => dialectOf(db).jsonText(sql.ref(`${alias}.payload`), ...path)
      await db.schema.alterTable('case_deadlines').addColumn('unit_id', 'text').execute()
      await db.schema.alterTable('case_deadlines').addColumn('met_event_id', 'integer').execute()
      await sql`UPDATE case_deadlines SET unit_id = coalesce(
          CASE WHEN kind = 'acknowledgement' THEN (
            SELECT ${forwardedTo('e', 'unit_id')} FROM case_events e
            WHERE e.case_id = case_deadlines.case_id AND e.type = 'forwarded' AND e.at = case_deadlines.starts_at ORDER BY e.id DESC LIMIT 1) END,
          (SELECT ${forwardedTo('e', 'unit_id')} FROM case_events e
            WHERE e.case_id = case_deadlines.case_id AND e.type = 'forwarded'
              AND e.at <= CASE WHEN case_deadlines.met_at IS NOT NULL AND case_deadlines.met_at < case_deadlines.due_at THEN case_deadlines.met_at ELSE case_deadlines.due_at END
            ORDER BY e.at DESC, e.id DESC LIMIT 1),
          (SELECT c.unit_id FROM cases c WHERE c.id = case_deadlines.case_id))`.execute(db)
      await sql`UPDATE case_deadlines SET met_event_id = (
          SELECT e.id FROM case_events e
          WHERE e.case_id = case_deadlines.case_id AND e.at = case_deadlines.met_at
            AND ((case_deadlines.kind = 'follow_up' AND e.type IN ('authoritative_info', 'follow_up'))
              OR (case_deadlines.kind <> 'follow_up' AND e.type = CASE case_deadlines.kind WHEN 'acknowledgement' THEN 'acknowledged' ELSE case_deadlines.kind END))
          ORDER BY e.id LIMIT 1)
        WHERE met_at IS NOT NULL`.execute(db)
      await sql`UPDATE cases SET unit_id = (
          SELECT ${forwardedTo('e', 'unit_id')} FROM case_events e WHERE e.case_id = cases.id AND e.type = 'forwarded' ORDER BY e.at DESC, e.id DESC LIMIT 1)
        WHERE EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = cases.id AND e.type = 'forwarded')
          AND NOT EXISTS (SELECT 1 FROM case_events u WHERE u.case_id = cases.id AND u.type = 'updated'
            AND ${forwardedTo('u', 'changes', 'unit_id')} IS NOT NULL
            AND u.at > (SELECT max(f.at) FROM case_events f WHERE f.case_id = cases.id AND f.type = 'forwarded'))`.execute(db)
    },
  },
  /**
   * 延期: a deadline moved by an approved 延期申请 keeps the policy's own due time beside the
   * extended one, and who approved it, so the review can show both (rows before this have none).
   */
  '0130_deadline_extensions': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('case_deadlines').addColumn('original_due_at', 'text').execute()
      await db.schema.alterTable('case_deadlines').addColumn('extended_by', 'text').execute()
    },
  },
}
