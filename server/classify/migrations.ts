import type { Generated, Kysely } from 'kysely'
import type { Migrations } from '../db/index.ts'
import { dialectOf } from '../db/index.ts'

/**
 * Tags get their own indexed table (docs/design.md §2): "items of department X in the last 24 h"
 * is an index range scan there, not a JSON filter over every item. Triggers (server/db/dialect/) keep it in step
 * with the items' JSON columns, so ingestion and re-tagging need not know it exists.
 */
export const classifyMigrations: Migrations = {
  '0200_item_tags_departments': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('item_tags')
        .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('tag', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('item_tags_kind_tag_at').on('item_tags').columns(['kind', 'tag', 'at']).execute()
      await db.schema.createIndex('item_tags_item').on('item_tags').column('item_id').execute()
      await dialectOf(db).createItemTagTriggers(db)
      // Items stored before this migration get their rows too.
      await dialectOf(db).backfillItemTags(db)

      await db.schema
        .createTable('departments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
    },
  },
  // Operators' corrections of the suggested department, place or unit (纠错), read by /admin/departments.
  '0210_tag_corrections': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('tag_corrections')
        .addColumn('id', 'integer', (c) => dialectOf(db).serialKey(c))
        .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
        .addColumn('case_id', 'integer', (c) => c.notNull())
        .addColumn('suggested_unit_id', 'text')
        .addColumn('chosen_unit_id', 'text', (c) => c.notNull())
        .addColumn('suggested_department', 'text')
        .addColumn('chosen_department', 'text')
        .addColumn('suggested_code', 'text')
        .addColumn('chosen_code', 'text', (c) => c.notNull())
        .addColumn('department_terms', 'text', (c) => c.notNull())
        .addColumn('place_terms', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('tag_corrections_at').on('tag_corrections').column('at').execute()
    },
  },
  // The default catalogue the stored one last took in, so that a release's new terms can be merged in without
  // undoing an admin's edits (catalogue-upgrade.ts). One row; absent on installations seeded before it.
  '0220_catalogue_default': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('catalogue_default')
        .addColumn('edition', 'integer', (c) => c.primaryKey())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('taken_at', 'text', (c) => c.notNull())
        // What taking it in changed (CatalogueUpgrade as JSON), shown on /admin/departments; null when nothing did.
        .addColumn('changes', 'text')
        .execute()
    },
  },
}

export interface ItemTagRow {
  item_id: number
  kind: string
  tag: string
  at: string
}

export interface DepartmentRow {
  id: string
  position: number
  /** The catalogue entry as JSON (shared/types/department.ts). */
  body: string
  updated_at: string
}

export interface CatalogueDefaultRow {
  /** The release's CATALOGUE_EDITION (default-catalogue.ts). */
  edition: number
  /** The default catalogue of that edition as JSON. */
  body: string
  taken_at: string
  changes: string | null
}

export interface TagCorrectionRow {
  id: Generated<number>
  item_id: number
  case_id: number
  suggested_unit_id: string | null
  chosen_unit_id: string
  suggested_department: string | null
  chosen_department: string | null
  suggested_code: string | null
  chosen_code: string
  /** JSON arrays of strings. */
  department_terms: string
  place_terms: string
  actor: string
  at: string
}

declare module '../db/schema.ts' {
  interface Database {
    item_tags: ItemTagRow
    departments: DepartmentRow
    tag_corrections: TagCorrectionRow
    catalogue_default: CatalogueDefaultRow
  }
}
