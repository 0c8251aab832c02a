/** A department the tagging thinks an item concerns, with why. */
export interface DepartmentTag {
  id: string
  name: string
  score: number
  terms: string[]
}

export interface RegionTag {
  province: string | null
  city: string | null
  county: string | null
  code: string | null
}

export interface UnitTag {
  id: string
  name: string
}

export type Level = 'I' | 'II' | 'III' | 'IV'

export interface SeverityTag {
  level: Level | null
  signals: string[]
}

/** One entry read from a source. Times are ISO 8601 UTC. */
export interface Item {
  id: number
  source_id: number
  guid: string
  title: string
  link: string | null
  summary: string | null
  published_at: string | null
  /** When this system first saw it: the clock start of any case it opens. */
  first_seen_at: string
  departments: DepartmentTag[]
  region: RegionTag | null
  unit: UnitTag | null
  severity: SeverityTag | null
  story_id: number | null
  case_id: number | null
}

/** What tagging adds to an item; stored with it and shown wherever it is. */
export interface ItemTags {
  departments: DepartmentTag[]
  region: RegionTag | null
  unit: UnitTag | null
  severity: SeverityTag | null
}
