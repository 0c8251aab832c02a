import type { Kysely, Transaction } from 'kysely'
import type { Database } from './schema.ts'

/**
 * Several reads that must agree (a case page: its row, deadlines, reach and timeline) from one
 * snapshot, without taking a writer's lock. PostgreSQL: REPEATABLE READ, since each statement of
 * a READ COMMITTED transaction sees what had committed when it began. SQLite: a deferred BEGIN
 * (plugin.ts reads this isolation level so), whose snapshot starts at its first read and holds
 * to its end, where every other transaction begins IMMEDIATE and so waits for, or holds up, the
 * other process's writer. Inside a transaction already, the reads share that one.
 */
export function readSnapshot<T>(db: Kysely<Database> | Transaction<Database>, read: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return read(db as Transaction<Database>)
  return db.transaction().setIsolationLevel('repeatable read').execute(read)
}
