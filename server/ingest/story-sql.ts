import { sql, type RawBuilder } from 'kysely'

/**
 * SQL pieces over the stories and items tables, for a concern that selects stories by what ingest
 * stores (triage's queue pages and counts) and must do it in one statement to page at the database.
 * The table and column names stay here: the caller composes conditions over the story alias `s`.
 */

/** `FROM` target: the stories table, aliased `s` for the conditions below. */
export const STORIES = sql`stories s`

/** A report's columns a condition may read (the item table aliased `i`). */
export interface ReportRefs {
  id: RawBuilder<unknown>
  source_id: RawBuilder<unknown>
}
const REPORT: ReportRefs = { id: sql.ref('i.id'), source_id: sql.ref('i.source_id') }

/** The story `s` has a report for which `cond` holds. */
export const storyHasReport = (cond: (report: ReportRefs) => RawBuilder<unknown>) =>
  sql`EXISTS (SELECT 1 FROM items i WHERE i.story_id = s.id AND ${cond(REPORT)})`

/** The smallest of `value` over the story `s`'s reports (NULL when it has none with a value). */
export const minOverReports = (value: (report: ReportRefs) => RawBuilder<unknown>) =>
  sql`(SELECT min(${value(REPORT)}) FROM items i WHERE i.story_id = s.id)`

/** The story `s` holds one of the items `itemIds` selects (a subquery of item ids, evaluated once). */
export const storyHoldsItems = (itemIds: RawBuilder<unknown>) => sql`s.id IN (SELECT i.story_id FROM items i WHERE i.id IN (${itemIds}))`
