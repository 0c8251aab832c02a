import { sql, type Expression, type QueryExecutorProvider, type SqlBool } from 'kysely'
import type { SqlDialect } from './dialect.ts'
import { bigrams, type SearchTerm } from './search-terms.ts'

const jsonPath = (path: readonly string[]) => sql.lit(`$.${path.join('.')}`)

/**
 * item_tags rows of one item (`NEW` in a trigger) from its JSON tag columns; a column that is
 * not valid JSON gives no rows rather than failing the item's insert.
 */
const TAG_ROWS = sql.raw(`
  INSERT INTO item_tags (item_id, kind, tag, at)
    SELECT NEW.id, 'department', json_extract(d.value, '$.id'), NEW.first_seen_at
      FROM json_each(CASE WHEN json_valid(NEW.departments) THEN NEW.departments ELSE '[]' END) d
      WHERE json_extract(d.value, '$.id') IS NOT NULL;
  INSERT INTO item_tags (item_id, kind, tag, at)
    SELECT NEW.id, k.kind, k.tag, NEW.first_seen_at FROM (
      SELECT 'province' AS kind, json_extract(NEW.region, '$.province') AS tag WHERE json_valid(NEW.region)
      UNION ALL SELECT 'city', json_extract(NEW.region, '$.city') WHERE json_valid(NEW.region)
      UNION ALL SELECT 'county', json_extract(NEW.region, '$.county') WHERE json_valid(NEW.region)
      UNION ALL SELECT 'region_code', json_extract(NEW.region, '$.code') WHERE json_valid(NEW.region)
      UNION ALL SELECT 'unit', json_extract(NEW.unit, '$.id') WHERE json_valid(NEW.unit)
      UNION ALL SELECT 'level', json_extract(NEW.severity, '$.level') WHERE json_valid(NEW.severity)
    ) k WHERE k.tag IS NOT NULL;`)

const quote = (w: string) => `"${w.replace(/"/g, '""')}"`

/** An FTS5 query: each word quoted (FTS syntax in the input is inert), all words required. */
export function fts5Query(terms: readonly SearchTerm[]): string {
  return terms
    .map((t) => (t.match === 'whole' ? quote(t.word) : t.match === 'prefix_or_bigrams' ? `(${quote(t.word)}* OR ${quote(bigrams(t.word).join(' '))})` : `${quote(t.word)}*`))
    .join(' AND ')
}

/** The embedded default: better-sqlite3, one writer, so a transaction sees no concurrent writes. */
export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  serialKey: (c) => c.primaryKey().autoIncrement(),
  async appendOnly(db, table, message) {
    const refuse = sql.raw(`BEGIN SELECT RAISE(ABORT, '${message.replace(/'/g, "''")}'); END`)
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_update`)} BEFORE UPDATE ON ${sql.table(table)}
        ${refuse}`.execute(db)
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_delete`)} BEFORE DELETE ON ${sql.table(table)}
        ${refuse}`.execute(db)
  },
  storedAsKey: (table) => table.modifyEnd(sql`WITHOUT ROWID`),
  async tableExists(db, name) {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ${name}`.execute(db)
    return Number(rows[0]?.n ?? 0) > 0
  },
  async indexExists(db, name) {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND name = ${name}`.execute(db)
    return Number(rows[0]?.n ?? 0) > 0
  },
  jsonText: (json, ...path) => sql<string | null>`json_extract(${json}, ${jsonPath(path)})`,
  jsonArrayValues: (json, alias) => sql`json_each(${json}) ${sql.raw(alias)}`,
  position: (haystack, needle) => sql<number>`instr(${haystack}, ${needle})`,
  stringAgg: (value, separator) => sql<string>`group_concat(${value}, ${separator})`,
  likeText: (value, pattern) => sql<SqlBool>`${value} like ${pattern} escape '\\'`,
  unindexed: (value: Expression<unknown>) => sql`+${value}`,
  forUpdate: (query) => query,
  forUpdateSkipLocked: (query) => query,
  lockName: async () => undefined,
  reserveEventIds: async () => null,
  async committedEventSeq(db) {
    const { rows } = await sql<{ seq: number | null }>`SELECT max(id) AS seq FROM events`.execute(db)
    return Number(rows[0]?.seq ?? 0)
  },
  async createItemTagTriggers(db: QueryExecutorProvider) {
    await sql`CREATE TRIGGER items_tags_insert AFTER INSERT ON items BEGIN ${TAG_ROWS} END`.execute(db)
    await sql`CREATE TRIGGER items_tags_update AFTER UPDATE OF departments, region, unit, severity ON items BEGIN
        DELETE FROM item_tags WHERE item_id = NEW.id; ${TAG_ROWS} END`.execute(db)
  },
  async backfillItemTags(db) {
    await sql`INSERT INTO item_tags (item_id, kind, tag, at)
        SELECT i.id, 'department', json_extract(d.value, '$.id'), i.first_seen_at
        FROM items i, json_each(CASE WHEN json_valid(i.departments) THEN i.departments ELSE '[]' END) d
        WHERE json_extract(d.value, '$.id') IS NOT NULL`.execute(db)
  },
  async createSearchIndex(db) {
    await sql`CREATE VIRTUAL TABLE triage_fts USING fts5(words, tokenize = 'unicode61')`.execute(db)
  },
  async searchHighWater(db) {
    const mark = await sql<{ m: number | null }>`SELECT max(rowid) AS m FROM triage_fts`.execute(db)
    return Number(mark.rows[0]?.m ?? 0)
  },
  async searchInsert(db, rows) {
    for (const row of rows) await sql`INSERT INTO triage_fts (rowid, words) VALUES (${row.id}, ${row.words.join(' ')})`.execute(db)
  },
  searchMatch: (terms) => sql`triage_fts MATCH ${fts5Query(terms)}`,
}
