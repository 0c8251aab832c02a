import type { Generated } from 'kysely'

/** The append-only log of every stored change; its id is the realtime sequence number. */
export interface EventRow {
  id: Generated<number>
  at: string
  type: string
  entity: string
  entity_id: number | null
  actor: string
  payload: string
}

/**
 * The tables Kysely knows. db owns only the event log; a concern adds its own by declaration merging
 * in its own schema.ts (eslint/table-owners.js reads these to know who owns which table):
 * `declare module '../db/schema.ts' { interface Database { cases: CaseRow } }`.
 */
export interface Database {
  events: EventRow
}
