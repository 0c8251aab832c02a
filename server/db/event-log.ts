import type { Kysely, Transaction } from 'kysely'
import { dialectOf } from './dialect/dialect.ts'
import type { Database } from './schema.ts'

export interface NewEvent {
  at: string
  type: string
  entity: string
  entity_id: number | null
  actor: string
  payload: unknown
}

/** Appends one event and returns its id, the sequence number clients see. */
export async function appendEvent(db: Kysely<Database> | Transaction<Database>, event: NewEvent): Promise<number> {
  return (await appendEvents(db, [event]))[0]!
}

/** Rows per INSERT: 6 values each, well inside the databases' parameter limits. */
const EVENTS_PER_INSERT = 100

/**
 * Appends events with one statement per hundred, returning their ids in the order given. One
 * statement's rows take ids in the order of its VALUES, so sorting the ids RETURNING gives (in
 * an order neither database promises) puts them back in that order.
 */
export async function appendEvents(db: Kysely<Database> | Transaction<Database>, events: readonly NewEvent[]): Promise<number[]> {
  if (events.length === 0) return []
  // Where the engine numbers rows out of commit order (PostgreSQL), the ids are reserved first and
  // held until the transaction ends; outside one, the reservation and the insert get their own.
  if (!db.isTransaction) return db.transaction().execute((trx) => appendEvents(trx, events))
  const reserved = await dialectOf(db).reserveEventIds(db, events.length)
  const ids: number[] = []
  for (let i = 0; i < events.length; i += EVENTS_PER_INSERT) {
    const slice = events.slice(i, i + EVENTS_PER_INSERT).map((event, j) => ({ ...event, payload: JSON.stringify(event.payload), ...(reserved ? { id: reserved[i + j]! } : {}) }))
    const rows = await db.insertInto('events').values(slice).returning('id').execute()
    ids.push(...rows.map((r) => r.id).sort((a, b) => a - b))
  }
  return ids
}

/**
 * The event log's position as readers may report it: every event up to it is committed, so a
 * client told "the log is at N" is never later sent an event below N it had not seen.
 */
export async function lastEventSeq(db: Kysely<Database>): Promise<number> {
  return dialectOf(db).committedEventSeq(db)
}
