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
  push_token_hash: string | null
  archived_at: string | null
  last_error_code: string | null
  /** The outlet's 属地 set by an admin: a city or county code, 'none', or null (read from the name). */
  place: string | null
  /** The process polling this source now (server/ingest/source-leases.ts); null when none is. Added by migration 0040 (cluster's range). */
  lease_holder: string | null
  lease_expires_at: string | null
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
  /** The link with tracking parameters, fragment and case noise removed, for exact dedupe. */
  link_norm: string | null
}

/** A group of items that report the same event, from one or many sources. */
export interface StoryRow {
  id: Generated<number>
  title: string
  /** MinHash signature of the first report, JSON: what later reports are compared against. */
  signature: string
  report_count: Generated<number>
  source_count: Generated<number>
  first_seen_at: string
  last_seen_at: string
}

export interface StoryBandRow {
  /** bandKeys(): an integer below 2^53 (bigint in PostgreSQL), since migration 0008. */
  band: number
  story_id: number
}

declare module '../db/schema.ts' {
  interface Database {
    sources: SourceRow
    items: ItemRow
    stories: StoryRow
    story_bands: StoryBandRow
  }
}
