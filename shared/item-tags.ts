import type { DepartmentTag, ItemTags, RegionTag, SeverityTag, UnitTag } from './types/item.ts'

/**
 * How an item's tags are stored: four JSON text columns on the item (ingest writes them at
 * ingestion, classify when it re-tags; the indexed item_tags table is separate). One encoder and
 * one decoder, so every reader agrees on what an empty or corrupt column means: no tag.
 */
export interface ItemTagText {
  departments: string
  region: string | null
  unit: string | null
  severity: string | null
}

export function encodeItemTags(t: ItemTags): ItemTagText {
  return {
    departments: JSON.stringify(t.departments),
    region: t.region && JSON.stringify(t.region),
    unit: t.unit && JSON.stringify(t.unit),
    severity: t.severity && JSON.stringify(t.severity),
  }
}

/** One stored tag column; empty or unreadable text is `fallback`. */
export function decodeTagText<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback
  try {
    return JSON.parse(text) as T
  } catch {
    return fallback
  }
}

export const decodeDepartments = (text: string | null | undefined): DepartmentTag[] => decodeTagText<DepartmentTag[]>(text, [])
export const decodeRegion = (text: string | null | undefined): RegionTag | null => decodeTagText<RegionTag | null>(text, null)
export const decodeUnit = (text: string | null | undefined): UnitTag | null => decodeTagText<UnitTag | null>(text, null)
export const decodeSeverity = (text: string | null | undefined): SeverityTag | null => decodeTagText<SeverityTag | null>(text, null)
