import type { Kysely, Transaction } from 'kysely'
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
  const row = await db
    .insertInto('events')
    .values({ ...event, payload: JSON.stringify(event.payload) })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function lastEventSeq(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.max('id').as('seq'))
    .executeTakeFirst()
  return Number(row?.seq ?? 0)
}
