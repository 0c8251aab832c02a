import { sql, type Kysely } from 'kysely'
import type { Migrations } from '../db/migrations.ts'

/**
 * Tags get their own indexed table (design.md §2): "items of department X in the last 24 h"
 * is an index range scan there, not a JSON filter over every item. Triggers keep it in step
 * with the items' JSON columns, so ingestion and re-tagging need not know it exists.
 */
const TAG_ROWS = (row: 'NEW') => sql.raw(`
  INSERT INTO item_tags (item_id, kind, tag, at)
    SELECT ${row}.id, 'department', json_extract(d.value, '$.id'), ${row}.first_seen_at
      FROM json_each(CASE WHEN json_valid(${row}.departments) THEN ${row}.departments ELSE '[]' END) d
      WHERE json_extract(d.value, '$.id') IS NOT NULL;
  INSERT INTO item_tags (item_id, kind, tag, at)
    SELECT ${row}.id, k.kind, k.tag, ${row}.first_seen_at FROM (
      SELECT 'province' AS kind, json_extract(${row}.region, '$.province') AS tag WHERE json_valid(${row}.region)
      UNION ALL SELECT 'city', json_extract(${row}.region, '$.city') WHERE json_valid(${row}.region)
      UNION ALL SELECT 'county', json_extract(${row}.region, '$.county') WHERE json_valid(${row}.region)
      UNION ALL SELECT 'region_code', json_extract(${row}.region, '$.code') WHERE json_valid(${row}.region)
      UNION ALL SELECT 'unit', json_extract(${row}.unit, '$.id') WHERE json_valid(${row}.unit)
      UNION ALL SELECT 'level', json_extract(${row}.severity, '$.level') WHERE json_valid(${row}.severity)
    ) k WHERE k.tag IS NOT NULL;`)

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
      await sql`CREATE TRIGGER items_tags_insert AFTER INSERT ON items BEGIN ${TAG_ROWS('NEW')} END`.execute(db)
      await sql`CREATE TRIGGER items_tags_update AFTER UPDATE OF departments, region, unit, severity ON items BEGIN
        DELETE FROM item_tags WHERE item_id = NEW.id; ${TAG_ROWS('NEW')} END`.execute(db)
      // Items stored before this migration get their rows too.
      await sql`INSERT INTO item_tags (item_id, kind, tag, at)
        SELECT i.id, 'department', json_extract(d.value, '$.id'), i.first_seen_at
        FROM items i, json_each(CASE WHEN json_valid(i.departments) THEN i.departments ELSE '[]' END) d
        WHERE json_extract(d.value, '$.id') IS NOT NULL`.execute(db)

      await db.schema
        .createTable('departments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
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

declare module '../db/schema.ts' {
  interface Database {
    item_tags: ItemTagRow
    departments: DepartmentRow
  }
}
