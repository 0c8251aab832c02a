// The wire shapes of an item and its tags are written once, as schemas, in shared/api/items.ts;
// their types are re-exported here for the domain code (classify, the wall, triage).
import type { DepartmentTag, RegionTag, SeverityTag, UnitTag } from '../api/items.ts'
export type { DepartmentTag, Item, RegionTag, SeverityTag, UnitTag } from '../api/items.ts'

export type Level = 'I' | 'II' | 'III' | 'IV'

/** What tagging adds to an item; stored with it and shown wherever it is. */
export interface ItemTags {
  departments: DepartmentTag[]
  region: RegionTag | null
  unit: UnitTag | null
  severity: SeverityTag | null
}
