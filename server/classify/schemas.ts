import { Type } from 'typebox'

const Name = Type.String({ maxLength: 60 })

export const DepartmentSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z][a-z0-9_]{0,19}$' }),
    province_name: Name,
    local_name: Name,
    levels: Type.Array(Type.Union([Type.Literal('province'), Type.Literal('city'), Type.Literal('county')]), { minItems: 1, maxItems: 3, uniqueItems: true }),
    terms: Type.Array(
      Type.Object({ text: Type.String({ minLength: 1, maxLength: 40 }), weight: Type.Number({ minimum: 0.1, maximum: 100 }) }, { additionalProperties: false }),
      { minItems: 1, maxItems: 500 },
    ),
    exclusions: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 200 }),
  },
  { additionalProperties: false },
)

export const CatalogueSchema = Type.Object({ departments: Type.Array(DepartmentSchema, { minItems: 1, maxItems: 200 }) }, { additionalProperties: false })

export const PutCatalogueReply = Type.Object({
  departments: Type.Array(DepartmentSchema),
  retag: Type.Object({ job_id: Type.Integer(), total: Type.Integer() }),
})

const Side = Type.Object({ departments: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })), unit: Type.Union([Type.String(), Type.Null()]) })

export const PreviewReply = Type.Object({
  total: Type.Integer(),
  changed: Type.Integer(),
  top_changed: Type.Integer(),
  samples: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String(), first_seen_at: Type.String(), before: Side, after: Side })),
})
