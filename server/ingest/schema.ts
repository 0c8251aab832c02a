import type { Generated } from 'kysely'

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
  band: string
  story_id: number
}

declare module '../db/schema.ts' {
  interface SourceRow {
    push_token_hash: string | null
    archived_at: string | null
    last_error_code: string | null
  }
  interface ItemRow {
    /** The link with tracking parameters, fragment and case noise removed, for exact dedupe. */
    link_norm: string | null
  }
  interface Database {
    stories: StoryRow
    story_bands: StoryBandRow
  }
}
