import type { ItemTags } from '@shared/types/item.ts'
import { toSimplified } from '../ingest/simplify.ts'

/** The item columns tags are stored in, as ingestion writes them. */
export interface TagColumns {
  departments: string
  region: string | null
  unit: string | null
  severity: string | null
}

export function tagColumns(t: ItemTags): TagColumns {
  return {
    departments: JSON.stringify(t.departments),
    region: t.region && JSON.stringify(t.region),
    unit: t.unit && JSON.stringify(t.unit),
    severity: t.severity && JSON.stringify(t.severity),
  }
}

/**
 * Whether re-tagging changes what is stored. The preview and the re-tagging job both count an
 * item as re-tagged by this test, so the number promised is the number done.
 */
export function tagsDiffer(stored: TagColumns, next: TagColumns): boolean {
  return stored.departments !== next.departments || stored.region !== next.region || stored.unit !== next.unit || stored.severity !== next.severity
}

/** A stored item as tagging reads it: Simplified, as at ingestion (see ingest/poll-source.ts tagFresh). */
export function tagInput(row: { title: string; summary: string | null }): { title: string; text: string } {
  return { title: toSimplified(row.title), text: toSimplified(row.summary ?? '') }
}
