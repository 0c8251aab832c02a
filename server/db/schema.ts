import type { Generated } from 'kysely'

/** Row shapes as stored. Times are ISO 8601 UTC text; JSON columns hold serialised tags. */
export interface SourceRow {
  id: Generated<number>
  name: string
  url: string
  kind: Generated<string>
  interval_s: number
  enabled: Generated<number>
  builtin: Generated<number>
  health: Generated<string>
  last_error: string | null
  last_success_at: string | null
  last_polled_at: string | null
  next_poll_at: string
  fail_count: Generated<number>
  etag: string | null
  last_modified: string | null
  charset: string | null
  created_at: string
}

export interface ItemRow {
  id: Generated<number>
  source_id: number
  guid: string
  title: string
  link: string | null
  summary: string | null
  published_at: string | null
  first_seen_at: string
  content_hash: string
  departments: Generated<string>
  region: string | null
  unit: string | null
  severity: string | null
  story_id: number | null
  case_id: number | null
}

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
 * The tables Kysely knows. A concern adds its own by declaration merging in its own file:
 * `declare module '../db/schema.ts' { interface Database { cases: CaseRow } }`.
 */
export interface Database {
  sources: SourceRow
  items: ItemRow
  events: EventRow
}
