import type Sqlite from 'better-sqlite3'

/** Distinct SQL texts kept prepared: the hot paths use a few dozen; the bound keeps odd ones from piling up. */
export const MAX_CACHED_STATEMENTS = 256

/**
 * Keeps better-sqlite3 statements prepared across calls. Kysely's SQLite driver prepares every
 * query anew: in the 500-source poll that was 14 % of the main thread's time (2.2 s of prepare
 * for 10,000 items, docs/performance.md). Least recently used texts leave first. A statement
 * still iterating (a streamed query) is busy and cannot be reused, so such a call gets its own.
 */
export function cacheStatements(db: Sqlite.Database, max = MAX_CACHED_STATEMENTS): void {
  const prepare = db.prepare.bind(db)
  const cache = new Map<string, Sqlite.Statement>()
  db.prepare = ((source: string) => {
    const hit = cache.get(source)
    if (hit && !hit.busy) {
      cache.delete(source)
      cache.set(source, hit)
      return hit
    }
    const stmt = prepare(source)
    if (hit) return stmt
    cache.set(source, stmt)
    if (cache.size > max) cache.delete(cache.keys().next().value!)
    return stmt
  }) as typeof db.prepare
}
