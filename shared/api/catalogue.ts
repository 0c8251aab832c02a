import { Type, type Static } from 'typebox'
import { Nullable } from './common.ts'

/** The administrative levels a department catalogue entry can exist at. */
export const UnitLevel = Type.Union([Type.Literal('province'), Type.Literal('city'), Type.Literal('county')])
export type UnitLevel = Static<typeof UnitLevel>

/** One term that points to a department; `weight` is added once per field it appears in. */
export const DepartmentTerm = Type.Object({ text: Type.String({ minLength: 1, maxLength: 40 }), weight: Type.Number({ minimum: 0.1, maximum: 100 }) }, { additionalProperties: false })
export type DepartmentTerm = Static<typeof DepartmentTerm>

const Name = Type.String({ maxLength: 60 })

/**
 * One entry of the department catalogue: a provincial department and its city/county
 * counterparts. Ids are the short pinyin initials used in unit ids (`yjj` → `370100-yjj`).
 * `province_name` is the provincial department's name without the province (应急管理厅),
 * `local_name` the city/county counterpart's without the place (应急管理局); `exclusions` are
 * words that veto the department (演练 for a fire term).
 */
export const Department = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z][a-z0-9_]{0,19}$' }),
    province_name: Name,
    local_name: Name,
    levels: Type.Array(UnitLevel, { minItems: 1, maxItems: 3, uniqueItems: true }),
    terms: Type.Array(DepartmentTerm, { minItems: 1, maxItems: 500 }),
    exclusions: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 200 }),
  },
  { additionalProperties: false },
)
export type Department = Static<typeof Department>

/** GET /api/departments, and the body of PUT /api/departments and POST /api/departments/preview. */
export const Catalogue = Type.Object({ departments: Type.Array(Department, { minItems: 1, maxItems: 200 }) }, { additionalProperties: false })
export type Catalogue = Static<typeof Catalogue>

/**
 * The last time a release's default catalogue was merged into the stored one (server/classify/catalogue-upgrade.ts),
 * told to the admin: when, which edition, and how much it changed.
 */
export const CatalogueUpgrade = Type.Object({
  at: Type.String(),
  from: Nullable(Type.Integer()),
  to: Type.Integer(),
  departments_added: Type.Array(Type.String()),
  terms_added: Type.Integer(),
  terms_reweighted: Type.Integer(),
  terms_dropped: Type.Integer(),
  terms_skipped: Type.Integer(),
})
export type CatalogueUpgrade = Static<typeof CatalogueUpgrade>

/** GET /api/departments: the catalogue in force, and the last release merge into it (null when there was none). */
export const CatalogueReply = Type.Object({ departments: Type.Array(Department), upgrade: Nullable(CatalogueUpgrade) })
export type CatalogueReply = Static<typeof CatalogueReply>

/** PUT /api/departments: the catalogue now in force and the retag job it started. */
export const PutCatalogueReply = Type.Object({
  departments: Type.Array(Department),
  retag: Type.Object({ job_id: Type.Integer(), total: Type.Integer() }),
})
export type PutCatalogueReply = Static<typeof PutCatalogueReply>

const PreviewSide = Type.Object({ departments: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })), unit: Nullable(Type.String()) })

/** POST /api/departments/preview: what a proposed catalogue would change on recent items. */
export const PreviewReply = Type.Object({
  total: Type.Integer(),
  changed: Type.Integer(),
  top_changed: Type.Integer(),
  samples: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String(), first_seen_at: Type.String(), before: PreviewSide, after: PreviewSide })),
})
export type PreviewReply = Static<typeof PreviewReply>

/** How many of the latest corrections the summary reads by default, and at most. */
export const CORRECTIONS_DEFAULT_LIMIT = 500
export const CORRECTIONS_MAX_LIMIT = 5_000

export const CorrectionsQuery = Type.Object({ limit: Type.Integer({ minimum: 1, maximum: CORRECTIONS_MAX_LIMIT, default: CORRECTIONS_DEFAULT_LIMIT }) }, { additionalProperties: false })

const Words = Type.Array(Type.Object({ term: Type.String(), count: Type.Integer() }))
/** One group of corrections (纠错): from the suggestion to the operators' choice, with names for people beside the ids. */
const CorrectionGroup = {
  from: Nullable(Type.String()),
  from_name: Type.String(),
  to: Type.String(),
  to_name: Type.String(),
  count: Type.Integer(),
  /** The suggestion's words in these items, most frequent first. */
  misleading: Words,
  examples: Type.Array(Type.String()),
}

/** GET /api/departments/corrections: what operators corrected, most frequent first; departments carry proposed terms. */
export const CorrectionsReply = Type.Object({
  total: Type.Integer(),
  departments: Type.Array(Type.Object({ ...CorrectionGroup, proposed: Words })),
  places: Type.Array(Type.Object(CorrectionGroup)),
})
export type CorrectionsReply = Static<typeof CorrectionsReply>
