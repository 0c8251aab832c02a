import { sql, type Expression, type Kysely, type QueryExecutorProvider, type SqlBool } from 'kysely'
import type { SqlDialect } from './dialect.ts'
import { bigrams, ftsTokens, type SearchTerm } from './search-terms.ts'

/** A tsvector/tsquery lexeme literal; tokens are letters and numbers only, the quoting is for safety. */
const lexeme = (token: string) => `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
/** PostgreSQL refuses lexemes over 2047 bytes; no real word comes near, a hostile one is dropped. */
const MAX_TOKEN_CHARS = 500
/** tsvector positions stop at 16383; later words keep that position (only phrase matches there could differ). */
const MAX_POSITION = 16383

/** The tsvector literal of the words, with the positions FTS5 would give their tokens. */
export function tsvectorLiteral(words: readonly string[]): string {
  const positions = new Map<string, number[]>()
  let at = 0
  for (const token of ftsTokens(words.join(' '))) {
    at++
    if (token.length > MAX_TOKEN_CHARS) continue
    const list = positions.get(token) ?? []
    // A lexeme keeps at most 256 positions; more add nothing to matching.
    if (list.length < 256) list.push(Math.min(at, MAX_POSITION))
    positions.set(token, list)
  }
  return [...positions].map(([token, list]) => `${lexeme(token)}:${[...new Set(list)].join(',')}`).join(' ')
}

/** A phrase of the text's tokens, the last one a prefix when asked: FTS5's `"a b"` and `"a b"*`. */
function phrase(text: string, prefix: boolean): string | null {
  const tokens = ftsTokens(text)
  if (tokens.length === 0) return null
  const parts = tokens.map((t, i) => (prefix && i === tokens.length - 1 ? `${lexeme(t)}:*` : lexeme(t)))
  return parts.length === 1 ? parts[0]! : `(${parts.join(' <-> ')})`
}

/** The tsquery literal with the meaning of fts5Query (sqlite.ts): every term required; null when a term has nothing to match. */
export function tsqueryLiteral(terms: readonly SearchTerm[]): string | null {
  const parts = terms.map((t) => {
    if (t.match === 'whole') return phrase(t.word, false)
    const word = phrase(t.word, true)
    const pairs = t.match === 'prefix_or_bigrams' ? phrase(bigrams(t.word).join(' '), false) : null
    return word && pairs ? `(${word} | ${pairs})` : (word ?? pairs)
  })
  const present = parts.filter((p): p is string => p !== null)
  // A term with no letters or numbers matches nothing in FTS5 either.
  return present.length === parts.length && present.length > 0 ? present.join(' & ') : null
}

const jsonb = (json: Expression<unknown>) => sql`yq_jsonb(${json})`

/**
 * Advisory lock keys of the event numbering (see yq_reserve_event_ids below): the first, one key,
 * is held shared by writers while they take ids and exclusively by a reader while it looks; under
 * the second, with each id as the second half of a two-part key, a writer holds its ids until its
 * transaction ends.
 */
const EVENT_IDS_GATE = 7_170_001
const EVENT_IDS_HELD = 717

/**
 * PostgreSQL (pg over a pool). Under READ COMMITTED two transactions run at once, so a
 * check-then-write takes its rows `FOR UPDATE` or leans on a unique constraint.
 */
export const postgresDialect: SqlDialect = {
  name: 'postgres',
  // BY DEFAULT, not ALWAYS: an explicit id (a restore, a fixture) is still accepted.
  serialKey: (c) => c.primaryKey().generatedByDefaultAsIdentity(),
  async appendOnly(db, table, message) {
    // One shared function; the message travels as the trigger's argument.
    await sql`CREATE OR REPLACE FUNCTION yq_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation'; END $$`.execute(db)
    const arg = sql.lit(message)
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_update`)} BEFORE UPDATE ON ${sql.table(table)}
        FOR EACH ROW EXECUTE FUNCTION yq_refuse_change(${arg})`.execute(db)
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_delete`)} BEFORE DELETE ON ${sql.table(table)}
        FOR EACH ROW EXECUTE FUNCTION yq_refuse_change(${arg})`.execute(db)
  },
  // Every table is a heap; the primary key is the one index beside it.
  storedAsKey: (table) => table,
  async tableExists(db, name) {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM pg_tables WHERE schemaname = current_schema() AND tablename = ${name}`.execute(db)
    return Number(rows[0]?.n ?? 0) > 0
  },
  async indexExists(db, name) {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ${name}`.execute(db)
    return Number(rows[0]?.n ?? 0) > 0
  },
  jsonText: (json, ...path) => sql<string | null>`(${jsonb(json)} #>> ${sql.lit(`{${path.join(',')}}`)})`,
  jsonArrayValues: (json, alias) => sql`jsonb_array_elements_text(yq_jsonb_array(${json})) ${sql.raw(alias)}(value)`,
  position: (haystack, needle) => sql<number>`strpos(${haystack}, ${needle})`,
  stringAgg: (value, separator) => sql<string>`string_agg(${value}, ${separator})`,
  likeText: (value, pattern) => sql<SqlBool>`${value} ilike ${pattern} escape '\\'`,
  unindexed: (value) => sql`${value}`,
  forUpdate: (query) => query.forUpdate(),
  forUpdateSkipLocked: (query) => query.forUpdate().skipLocked(),
  async lockName(db, name) {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${name}, 0))`.execute(db)
  },
  async reserveEventIds(db, count) {
    const { rows } = await sql<{ id: number }>`SELECT yq_reserve_event_ids(${count}) AS id`.execute(db)
    return rows.map((r) => Number(r.id)).sort((a, b) => a - b)
  },
  async committedEventSeq(db) {
    const { rows } = await sql<{ seq: number }>`SELECT yq_committed_event_seq() AS seq`.execute(db)
    return Number(rows[0]?.seq ?? 0)
  },
  async createItemTagTriggers(db) {
    // The same rows as SQLite's triggers (sqlite.ts TAG_ROWS); invalid JSON gives none.
    await sql`CREATE FUNCTION yq_item_tags() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN DELETE FROM item_tags WHERE item_id = NEW.id; END IF;
        INSERT INTO item_tags (item_id, kind, tag, at)
          SELECT NEW.id, 'department', d ->> 'id', NEW.first_seen_at
          FROM jsonb_array_elements(yq_jsonb_array(NEW.departments)) d
          WHERE jsonb_typeof(d) = 'object' AND d ->> 'id' IS NOT NULL;
        INSERT INTO item_tags (item_id, kind, tag, at)
          SELECT NEW.id, k.kind, k.tag, NEW.first_seen_at FROM (VALUES
            ('province', yq_jsonb(NEW.region) ->> 'province'),
            ('city', yq_jsonb(NEW.region) ->> 'city'),
            ('county', yq_jsonb(NEW.region) ->> 'county'),
            ('region_code', yq_jsonb(NEW.region) ->> 'code'),
            ('unit', yq_jsonb(NEW.unit) ->> 'id'),
            ('level', yq_jsonb(NEW.severity) ->> 'level')
          ) AS k(kind, tag) WHERE k.tag IS NOT NULL;
        RETURN NULL;
      END $$`.execute(db)
    await sql`CREATE TRIGGER items_tags_insert AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION yq_item_tags()`.execute(db)
    await sql`CREATE TRIGGER items_tags_update AFTER UPDATE OF departments, region, unit, severity ON items FOR EACH ROW EXECUTE FUNCTION yq_item_tags()`.execute(db)
  },
  async backfillItemTags(db) {
    await sql`INSERT INTO item_tags (item_id, kind, tag, at)
        SELECT i.id, 'department', d ->> 'id', i.first_seen_at
        FROM items i, jsonb_array_elements(yq_jsonb_array(i.departments)) d
        WHERE jsonb_typeof(d) = 'object' AND d ->> 'id' IS NOT NULL`.execute(db)
  },
  async createSearchIndex(db) {
    // rowid keeps FTS5's name so callers join `f.rowid` on both engines.
    await sql`CREATE TABLE triage_fts (rowid integer PRIMARY KEY, words text NOT NULL, tsv tsvector NOT NULL)`.execute(db)
    await sql`CREATE INDEX triage_fts_tsv ON triage_fts USING gin (tsv)`.execute(db)
  },
  async searchHighWater(db) {
    const mark = await sql<{ m: number | null }>`SELECT max(rowid) AS m FROM triage_fts`.execute(db)
    return Number(mark.rows[0]?.m ?? 0)
  },
  async searchInsert(db, rows) {
    if (rows.length === 0) return
    const values = rows.map((r) => sql`(${r.id}, ${r.words.join(' ')}, ${tsvectorLiteral(r.words)}::tsvector)`)
    // Two processes catching up at once index the same items: the first one's rows stand.
    await sql`INSERT INTO triage_fts (rowid, words, tsv) VALUES ${sql.join(values)} ON CONFLICT (rowid) DO NOTHING`.execute(db)
  },
  searchMatch: (terms) => {
    const query = tsqueryLiteral(terms)
    return query === null ? sql<SqlBool>`false` : sql<SqlBool>`f.tsv @@ ${query}::tsquery`
  },
}

/**
 * Functions the PostgreSQL schema and queries lean on, created (or replaced) before migrations run:
 * `yq_jsonb(text)`: the text as jsonb, null when it is not JSON (SQLite's json_valid guard);
 * `yq_jsonb_array(text)`: the same when it is an array, else `[]` (json_each of a non-array).
 */
export async function createPostgresHelpers(db: Kysely<unknown>): Promise<void> {
  // Processes starting together replace the same functions: PostgreSQL refuses two at once
  // ("tuple concurrently updated"), so they take turns.
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${EVENT_IDS_GATE + 1})`.execute(trx)
    await createHelpers(trx)
  })
}

async function createHelpers(db: QueryExecutorProvider): Promise<void> {
  await sql`CREATE OR REPLACE FUNCTION yq_jsonb(t text) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
    BEGIN RETURN t::jsonb; EXCEPTION WHEN others THEN RETURN NULL; END $$`.execute(db)
  await sql`CREATE OR REPLACE FUNCTION yq_jsonb_array(t text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN jsonb_typeof(yq_jsonb(t)) = 'array' THEN yq_jsonb(t) ELSE '[]'::jsonb END $$`.execute(db)
  // Event ids in commit order's terms. A writer takes its ids while holding the gate shared (so a
  // reader never looks between an id being handed out and its lock being taken), and holds each id
  // until its transaction ends. The gate is session-level (the writer's transaction goes on after
  // this call), so it is let go on every path out.
  await sql`CREATE OR REPLACE FUNCTION yq_reserve_event_ids(n integer) RETURNS SETOF bigint LANGUAGE plpgsql AS $$
    DECLARE
      ids bigint[] := '{}';
      id bigint;
    BEGIN
      PERFORM pg_advisory_lock_shared(${sql.lit(EVENT_IDS_GATE)});
      BEGIN
        FOR k IN 1..n LOOP
          id := nextval(pg_get_serial_sequence('events', 'id'));
          PERFORM pg_advisory_xact_lock(${sql.lit(EVENT_IDS_HELD)}, id::integer);
          ids := ids || id;
        END LOOP;
      EXCEPTION WHEN others THEN
        PERFORM pg_advisory_unlock_shared(${sql.lit(EVENT_IDS_GATE)});
        RAISE;
      END;
      PERFORM pg_advisory_unlock_shared(${sql.lit(EVENT_IDS_GATE)});
      RETURN QUERY SELECT unnest(ids);
    END $$`.execute(db)
  // The reader: with the gate held exclusively (for this statement's transaction only) every id
  // handed out is either finished or held; the lowest held one bounds what may be reported.
  await sql`CREATE OR REPLACE FUNCTION yq_committed_event_seq() RETURNS bigint LANGUAGE plpgsql AS $$
    DECLARE
      held bigint;
      last bigint;
    BEGIN
      PERFORM pg_advisory_xact_lock(${sql.lit(EVENT_IDS_GATE)});
      SELECT min(objid::text::bigint) INTO held FROM pg_locks
        WHERE locktype = 'advisory' AND classid = ${sql.lit(EVENT_IDS_HELD)} AND objsubid = 2 AND granted
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database());
      SELECT max(e.id) INTO last FROM events e;
      RETURN CASE WHEN held IS NULL THEN coalesce(last, 0) ELSE least(coalesce(last, 0), held - 1) END;
    END $$`.execute(db)
}
