/** A department the tagging thinks an item concerns, with why. */
export interface DepartmentTag {
  id: string
  name: string
  score: number
  terms: string[]
  /**
   * How sure the suggestion is, 0–1: grows with the score and shrinks when another department
   * comes close. Optional: items tagged before it existed have none.
   */
  confidence?: number
}

/**
 * Where an item happens. `code` is the GB/T 2260 code of the most precise level that is certain
 * (county, else city, else province). A place outside the home province keeps its own province.
 */
export interface RegionTag {
  province: string | null
  city: string | null
  county: string | null
  code: string | null
  /** How sure the place is, 0–1 (named in the headline, only in the body, only a plate…). Optional as above. */
  confidence?: number
}

/**
 * The suggested first responsible unit (第一责任主体). Ids: a government is its GB/T 2260 code
 * (`370000`, `370100`, `370102`); a department is `<code>-<department id>` (`370100-yjj`).
 */
export interface UnitTag {
  id: string
  name: string
}

export type Level = 'I' | 'II' | 'III' | 'IV'

/**
 * A suggested incident level with the reasons for it (`signals`, in reading order: incident words,
 * casualty counts read from the text, the grading rule applied). `level` is null for non-incidents.
 * The counts are optional so items tagged before they existed still type-check.
 */
export interface SeverityTag {
  level: Level | null
  signals: string[]
  deaths?: number
  injured?: number
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
