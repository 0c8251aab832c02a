import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { cacheStatements } from '../../../../server/db/statement-cache.ts'

describe('cacheStatements', () => {
  it('reuses a prepared statement for the same SQL and still answers correctly', () => {
    const db = new Sqlite(':memory:')
    cacheStatements(db, 4)
    db.prepare('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)').run()
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)')
    expect(db.prepare('INSERT INTO t (v) VALUES (?)')).toBe(insert)
    for (const v of ['a', 'b', 'c']) db.prepare('INSERT INTO t (v) VALUES (?)').run(v)
    expect(db.prepare('SELECT v FROM t ORDER BY id').all()).toEqual([{ v: 'a' }, { v: 'b' }, { v: 'c' }])
    // A schema change under a cached statement: SQLite prepares it again by itself.
    db.prepare('ALTER TABLE t ADD COLUMN w TEXT').run()
    expect(db.prepare('SELECT * FROM t ORDER BY id').all()[0]).toEqual({ id: 1, v: 'a', w: null })
    db.close()
  })

  it('gives a statement of its own while the cached one is still iterating', () => {
    const db = new Sqlite(':memory:')
    cacheStatements(db)
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1), (2)')
    const seen: number[] = []
    for (const row of db.prepare('SELECT id FROM t ORDER BY id').iterate() as IterableIterator<{ id: number }>) {
      seen.push(row.id, ...(db.prepare('SELECT id FROM t ORDER BY id').all() as { id: number }[]).map((r) => r.id))
    }
    expect(seen).toEqual([1, 1, 2, 2, 1, 2])
    db.close()
  })

  it('keeps at most the given number of statements, dropping the least recently used', () => {
    const db = new Sqlite(':memory:')
    cacheStatements(db, 2)
    const one = db.prepare('SELECT 1')
    const two = db.prepare('SELECT 2')
    expect(db.prepare('SELECT 1')).toBe(one)
    db.prepare('SELECT 3')
    // SELECT 2 was the least recently used, so it left; SELECT 1 stayed.
    expect(db.prepare('SELECT 1')).toBe(one)
    expect(db.prepare('SELECT 2')).not.toBe(two)
    db.close()
  })
})
