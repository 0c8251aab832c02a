import type { Kysely } from 'kysely'
import type { Department } from '@shared/types/department.ts'
import type { DepartmentTag, ItemTags, UnitTag } from '@shared/types/item.ts'
import type { Database } from '../db/index.ts'
import type { TagInput } from '../ingest/index.ts'
import { loadTagged } from '../ingest/index.ts'
import { retagWindowIds } from './retag.ts'
import { tagColumns, tagInput, tagsDiffer } from './tag-columns.ts'
import { decodeDepartments, decodeUnit } from '@shared/item-tags.ts'

/** Examples shown with a preview: enough to judge a change, few enough to read. */
export const PREVIEW_SAMPLES = 20
const PAGE_SIZE = 200

export type TagWith = (catalogue: Department[], items: TagInput[]) => Promise<ItemTags[]>

interface Side {
  departments: { id: string; name: string }[]
  unit: string | null
}

export interface PreviewSample {
  id: number
  title: string
  first_seen_at: string
  before: Side
  after: Side
}

export interface RetagPreview {
  /** Items in the re-tagging window (the last 7 days). */
  total: number
  /** Items whose stored tags would change: what applying re-tags. */
  changed: number
  /** Of those, items whose first department changes. */
  top_changed: number
  samples: PreviewSample[]
}

const side = (departments: DepartmentTag[], unit: UnitTag | null): Side => ({ departments: departments.map((d) => ({ id: d.id, name: d.name })), unit: unit?.name ?? null })

/**
 * Tags the last 7 days' items with a proposed catalogue and compares with what is stored, saving
 * nothing. Counts by the same test as the re-tagging job (tag-columns.ts), so applying the same
 * catalogue straight after re-tags exactly `changed` items.
 */
export async function previewRetag(db: Kysely<Database>, tagWith: TagWith, catalogue: Department[], now: Date): Promise<RetagPreview> {
  const ids = await retagWindowIds(db, now)
  let changed = 0
  let topCount = 0
  const topChanged: PreviewSample[] = []
  const otherChanged: PreviewSample[] = []
  for (let i = 0; i < ids.length; i += PAGE_SIZE) {
    const page = await loadTagged(db, ids.slice(i, i + PAGE_SIZE))
    const tags = await tagWith(catalogue, page.map(tagInput))
    for (const [k, row] of page.entries()) {
      const next = tags[k]!
      if (!tagsDiffer(row, tagColumns(next))) continue
      changed++
      const before = side(decodeDepartments(row.departments), decodeUnit(row.unit))
      const sample = { id: row.id, title: row.title, first_seen_at: row.first_seen_at, before, after: side(next.departments, next.unit) }
      const isTopChange = before.departments[0]?.id !== sample.after.departments[0]?.id
      if (isTopChange) topCount++
      // Ids ascend: keeping the last few of each kind keeps the newest, in bounded memory.
      const list = isTopChange ? topChanged : otherChanged
      list.push(sample)
      if (list.length > PREVIEW_SAMPLES) list.shift()
    }
  }
  // Newest first, and the items whose main department moves before those that only shift a little.
  const newest = (a: PreviewSample, b: PreviewSample) => b.id - a.id
  const samples = [...topChanged.sort(newest), ...otherChanged.sort(newest)].slice(0, PREVIEW_SAMPLES)
  return { total: ids.length, changed, top_changed: topCount, samples }
}
