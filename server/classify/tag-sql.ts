import { sql, type RawBuilder } from 'kysely'
import { levelRank } from '@shared/triage/queue-order.ts'
import { LEVELS } from '@shared/types/case.ts'
import type { SqlDialect } from '../db/index.ts'

/**
 * SQL pieces over item_tags (the tag rows classify writes), for a concern that filters or orders
 * items by their tags in one statement (triage's queue). `item` is the caller's item id column.
 */

// The kind+tag index would scan every item of the tag; per item, its few tag rows are cheaper.
/** The item carries the tag `kind` = `tag`. */
export const itemHasTag = (d: SqlDialect, item: RawBuilder<unknown>, kind: string, tag: string) =>
  sql`EXISTS (SELECT 1 FROM item_tags t WHERE t.item_id = ${item} AND ${d.unindexed(sql.ref('t.kind'))} = ${kind} AND ${d.unindexed(sql.ref('t.tag'))} = ${tag})`

/** levelRank (shared/triage/queue-order.ts) in SQL: WHEN 'I' THEN 1 … WHEN 'IV' THEN 4. */
const LEVEL_RANK_CASES = sql.join(LEVELS.map((l) => sql`WHEN ${sql.lit(l)} THEN ${sql.lit(levelRank(l))}`), sql` `)

/** The item's most severe level as a rank (I → 1), NULL when it has no level tag. */
export const itemLevelRank = (d: SqlDialect, item: RawBuilder<unknown>) =>
  sql<number>`(SELECT min(CASE t.tag ${LEVEL_RANK_CASES} END) FROM item_tags t WHERE t.item_id = ${item} AND ${d.unindexed(sql.ref('t.kind'))} = 'level')`
