import type { ItemTags } from '@shared/types/item.ts'
import { toSimplified, type ItemTagColumns, type TagInput } from '../ingest/index.ts'
import { encodeItemTags } from '@shared/item-tags.ts'

/** The item columns tags are stored in, as ingestion writes them (ingest owns the row). */
export type TagColumns = ItemTagColumns

export function tagColumns(t: ItemTags): TagColumns {
  return encodeItemTags(t)
}

/**
 * Whether re-tagging changes what is stored. The preview and the re-tagging job both count an
 * item as re-tagged by this test, so the number promised is the number done.
 */
export function tagsDiffer(stored: TagColumns, next: TagColumns): boolean {
  return stored.departments !== next.departments || stored.region !== next.region || stored.unit !== next.unit || stored.severity !== next.severity
}

/** A stored item as tagging reads it: Simplified, as at ingestion (see ingest/poll-source.ts tagFresh). */
export function tagInput(row: { title: string; summary: string | null; source_name?: string | null; source_place?: string | null }): TagInput {
  // Re-tagging reads the outlet's place as ingestion did, as it is set now.
  const source = row.source_name ? { name: row.source_name, place: row.source_place ?? null } : null
  return { title: toSimplified(row.title), text: toSimplified(row.summary ?? ''), source }
}
