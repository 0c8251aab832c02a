import { Type, type Static } from 'typebox'
import { LEVELS } from '../types/case.ts'
import { Literals, Nullable } from './common.ts'

/**
 * An item's wire shapes: GET /api/items (the wall's ticker), and the tags every page shows beside
 * an item or a story (triage's rows, a tested feed). Tags are stored as JSON and read back as they
 * were written (shared/item-tags.ts), so each tag object stays open (additionalProperties): a field
 * a later tagging adds must not vanish between the store and the page.
 */
const open = { additionalProperties: true } as const

/** A department the tagging thinks an item concerns, with why. */
export const DepartmentTag = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    score: Type.Number(),
    terms: Type.Array(Type.String()),
    /**
     * How sure the suggestion is, 0–1: grows with the score and shrinks when another department
     * comes close. Optional: items tagged before it existed have none.
     */
    confidence: Type.Optional(Type.Number()),
  },
  open,
)
export type DepartmentTag = Static<typeof DepartmentTag>

/**
 * Where an item happens. `code` is the GB/T 2260 code of the most precise level that is certain
 * (county, else city, else province). A place outside the home province keeps its own province.
 */
export const RegionTag = Type.Object(
  {
    province: Nullable(Type.String()),
    city: Nullable(Type.String()),
    county: Nullable(Type.String()),
    code: Nullable(Type.String()),
    /** How sure the place is, 0–1 (named in the headline, only in the body, only a plate…). Optional as above. */
    confidence: Type.Optional(Type.Number()),
    /**
     * The words behind the place, headline first: names as written, a town or institution with the
     * place it settles (木石→薛城区, 千佛山医院→济南市), a plate (鲁Q). Optional as above.
     */
    terms: Type.Optional(Type.Array(Type.String())),
    /**
     * The outlet whose 属地 settled the place, when the text only refers to itself (我市, 市交通运输局)
     * or names a place only the outlet disambiguates: shown beside the words. Absent otherwise.
     */
    outlet: Type.Optional(Type.String()),
  },
  open,
)
export type RegionTag = Static<typeof RegionTag>

/**
 * The suggested first responsible unit (第一责任主体). Ids: a government is its GB/T 2260 code
 * (`370000`, `370100`, `370102`); a department is `<code>-<department id>` (`370100-yjj`).
 */
export const UnitTag = Type.Object({ id: Type.String(), name: Type.String() }, open)
export type UnitTag = Static<typeof UnitTag>

export const Level = Literals(LEVELS)

/**
 * A suggested incident level with the reasons for it (`signals`, in reading order: incident words,
 * casualty counts read from the text, the grading rule applied). `level` is null for non-incidents.
 * The counts are optional so items tagged before they existed still type-check.
 */
export const SeverityTag = Type.Object(
  {
    level: Nullable(Level),
    signals: Type.Array(Type.String()),
    deaths: Type.Optional(Type.Number()),
    injured: Type.Optional(Type.Number()),
  },
  open,
)
export type SeverityTag = Static<typeof SeverityTag>

/** One entry read from a source. Times are ISO 8601 UTC. */
export const Item = Type.Object({
  id: Type.Integer(),
  source_id: Type.Integer(),
  guid: Type.String(),
  title: Type.String(),
  link: Nullable(Type.String()),
  summary: Nullable(Type.String()),
  published_at: Nullable(Type.String()),
  /** When this system first saw it: the clock start of any case it opens. */
  first_seen_at: Type.String(),
  departments: Type.Array(DepartmentTag),
  region: Nullable(RegionTag),
  unit: Nullable(UnitTag),
  severity: Nullable(SeverityTag),
  story_id: Nullable(Type.Integer()),
  case_id: Nullable(Type.Integer()),
})
export type Item = Static<typeof Item>

/** One page of GET /api/items, newest first; `next_cursor` reads the page after it (null: the end). */
export const ItemPage = Type.Object({ items: Type.Array(Item), next_cursor: Nullable(Type.Integer()) })
export type ItemPage = Static<typeof ItemPage>

export const ItemsQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  cursor: Type.Optional(Type.Integer({ minimum: 1 })),
  source_id: Type.Optional(Type.Integer({ minimum: 1 })),
})
export type ItemsQuery = Static<typeof ItemsQuery>
