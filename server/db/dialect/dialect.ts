import { PostgresAdapter, type ColumnDefinitionBuilder, type CreateTableBuilder, type Expression, type QueryExecutorProvider as Db, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely'
import { postgresDialect } from './postgres.ts'
import { sqliteDialect } from './sqlite.ts'
import type { SearchTerm } from './search-terms.ts'

/**
 * Every SQL construct that SQLite and PostgreSQL spell differently, in one place. Migrations and
 * callers ask `dialectOf(db)` and never branch on the engine themselves: the same migrations build
 * both schemas and the same queries run on both.
 *
 * Column choices that need no branch (decided once for both engines):
 * - flags stay `integer` 0/1, not `boolean`: callers write and compare 0/1 everywhere, and pg
 *   returns int4 as a JS number, so no caller changes;
 * - times stay ISO 8601 UTC text (`2026-01-02T03:04:05.678Z`): the text orders as the instant does
 *   (fixed width, one zone) in both engines under C collation, and callers keep comparing strings;
 *   `timestamptz` would come back as Date objects and change every caller.
 */
export interface SqlDialect {
  readonly name: 'sqlite' | 'postgres'
  /** An `integer` primary key that numbers new rows itself (AUTOINCREMENT ↔ identity). */
  serialKey(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder
  /** Makes the database itself refuse UPDATE and DELETE on `table` with `message`. */
  appendOnly(db: Db, table: string, message: string): Promise<void>
  /**
   * A table stored as its primary key, for a table that is nothing but its key (SQLite's `WITHOUT
   * ROWID`: one b-tree, where a rowid table would keep every row twice, in itself and in the key's
   * index). PostgreSQL stores every table as a heap beside its key's index and has no such layout:
   * the table is created as it is.
   */
  storedAsKey<TB extends string, C extends string>(table: CreateTableBuilder<TB, C>): CreateTableBuilder<TB, C>
  tableExists(db: Db, name: string): Promise<boolean>
  indexExists(db: Db, name: string): Promise<boolean>
  /** The text at a key path of a JSON text column (`json_extract` ↔ `->>`); null when absent or not JSON-shaped there. */
  jsonText(json: Expression<unknown>, ...path: string[]): RawBuilder<string | null>
  /** A FROM item of the elements of a JSON array text, one row per element, its text in column `value`. */
  jsonArrayValues(json: Expression<unknown>, alias: string): RawBuilder<unknown>
  /** 1-based position of `needle` in `haystack`, 0 when absent (`instr` ↔ `strpos`). */
  position(haystack: Expression<unknown>, needle: Expression<unknown> | string): RawBuilder<number>
  /** The group's values joined by `separator` (`group_concat` ↔ `string_agg`). */
  stringAgg(value: Expression<unknown>, separator: string): RawBuilder<string>
  /** `value LIKE pattern ESCAPE '\\'`, ASCII letters matching either case as SQLite's LIKE does (PostgreSQL: ILIKE). */
  likeText(value: Expression<unknown>, pattern: string): RawBuilder<SqlBool>
  /** The expression, with the engine told not to use an index for it (SQLite's unary `+`; PostgreSQL plans without the hint). */
  unindexed(value: Expression<unknown>): RawBuilder<unknown>
  /** Locks the rows a check reads until the transaction ends (`FOR UPDATE`); SQLite's single writer needs none. */
  forUpdate<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>
  /**
   * Locks the rows it reads and leaves out rows another transaction holds (`FOR UPDATE SKIP
   * LOCKED`): work queues, where two processes taking at once should each get other rows rather
   * than wait for each other. SQLite's single writer never sees a row held, so it reads them all.
   */
  forUpdateSkipLocked<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>
  /**
   * Serialises the transactions that take the same named lock, until each commits (PostgreSQL's
   * transaction-level advisory lock); for a decision over many rows that no row lock covers,
   * such as which story a new report joins. SQLite's single writer serialises them already.
   */
  lockName(db: Db, name: string): Promise<void>
  /**
   * Ids for `count` new events, handed out so that `committedEventSeq` can see them in flight
   * (PostgreSQL: each held by a transaction-level advisory lock on it until its transaction ends);
   * null where the table's own numbering is already in commit order (SQLite: one writer). Call
   * inside the transaction that inserts them.
   */
  reserveEventIds(db: Db, count: number): Promise<number[] | null>
  /**
   * The highest event id below which every event is committed (or rolled back): a reader that
   * reports it as "the log is at N" never moves past an event still to commit with a smaller id.
   * PostgreSQL numbers rows as they are inserted, not as they commit, so a transaction holding id
   * 10 can commit after one holding 11: max(id) would say 11 while 10 is still to come.
   */
  committedEventSeq(db: Db): Promise<number>
  /** The triggers that keep item_tags in step with items' JSON tag columns (classify 0200). */
  createItemTagTriggers(db: Db): Promise<void>
  /** item_tags rows for items stored before the triggers existed. */
  backfillItemTags(db: Db): Promise<void>
  /** The triage search index `triage_fts (rowid = item id, words)` (FTS5 ↔ tsvector + GIN). */
  createSearchIndex(db: Db): Promise<void>
  /** The highest item id already indexed, 0 for none. */
  searchHighWater(db: Db): Promise<number>
  /** Indexes the items' segmented words; an item indexed already (by another process) is left as it is. */
  searchInsert(db: Db, rows: readonly { id: number; words: readonly string[] }[]): Promise<void>
  /** Condition on the index aliased `f` (joined as `triage_fts f`): its row has every term. */
  searchMatch(terms: readonly SearchTerm[]): RawBuilder<SqlBool>
}

/**
 * True for a store error caused by a value in the request rather than by the server: PostgreSQL's
 * 22003 (a number beyond its column's range, such as an id above 2^31 − 1) and 22P02 (text that is
 * not a number where one is stored). SQLite stores any integer and raises neither.
 */
export function isUnrepresentableValue(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return code === '22003' || code === '22P02'
}

/** The dialect of the engine behind `db` (a Kysely instance, a transaction, or a migration's handle). */
export function dialectOf(db: Db): SqlDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? postgresDialect : sqliteDialect
}
