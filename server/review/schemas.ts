import { Type, type TSchema } from 'typebox'
import { CASE_FLAGS, DEADLINE_KINDS, SPOT_CHECK_OUTCOMES } from '@shared/types/case.ts'

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()])
const Rate = Nullable(Type.Number())
const Period = Type.String({ maxLength: 64 })
const Actor = Type.Optional(Type.String({ minLength: 1, maxLength: 64 }))
const record = <T extends TSchema>(keys: readonly string[], value: T) => Type.Object(Object.fromEntries(keys.map((k) => [k, value])))

/** Period and grouping are checked in code, so a bad one gets YQ_ERR_BAD_PERIOD / YQ_ERR_BAD_GROUPING with the reason. */
export const TimelinessQuery = Type.Object({ from: Type.Optional(Period), to: Type.Optional(Period), by: Type.Optional(Type.String({ maxLength: 40 })) }, { additionalProperties: false })

export const BulletinQuery = Type.Object(
  { from: Type.Optional(Period), to: Type.Optional(Period), format: Type.Optional(Type.String({ maxLength: 10 })), version: Type.Optional(Type.Integer({ minimum: 1 })) },
  { additionalProperties: false },
)

const KindFiguresSchema = Type.Object({ due: Type.Integer(), met_on_time: Type.Integer(), met_late: Type.Integer(), overdue: Type.Integer(), on_time_rate: Rate })

const figureFields = {
  cases: Type.Integer(),
  due: Type.Integer(),
  met_on_time: Type.Integer(),
  met_late: Type.Integer(),
  overdue: Type.Integer(),
  pending: Type.Integer(),
  on_time_rate: Rate,
  by_kind: record(DEADLINE_KINDS, KindFiguresSchema),
  median_ms_to_meet: Nullable(Type.Number()),
  p90_ms_to_meet: Nullable(Type.Number()),
  flags: record(CASE_FLAGS, Type.Integer()),
  flags_total: Type.Integer(),
}

export const GroupFiguresSchema = Type.Object({ key: Type.String(), name: Type.String(), ...figureFields })

const FlagSchema = Type.Object({ flag: Type.String(), at: Type.String() })

const ReviewCaseSchema = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  unit_id: Type.String(),
  unit_name: Type.String(),
  group: Type.String(),
  deadlines: Type.Array(
    Type.Object({
      kind: Type.String(),
      starts_at: Type.String(),
      due_at: Type.String(),
      met_at: Nullable(Type.String()),
      outcome: Type.String(),
      late_ms: Type.Number(),
      /** The meeting entry's claimed and recorded times, when they differ. */
      met_claim: Type.Optional(Type.Object({ at: Type.String(), recorded_at: Type.String() })),
    }),
  ),
  flags: Type.Array(FlagSchema),
})

export const TimelinessSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  as_of: Type.String(),
  by: Type.String(),
  on_time_target: Type.Number(),
  time_to_meet_edges_h: Type.Array(Type.Number()),
  totals: GroupFiguresSchema,
  groups: Type.Array(GroupFiguresSchema),
  time_to_meet: record(DEADLINE_KINDS, Type.Array(Type.Integer())),
  weeks: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), due: Type.Integer(), met_on_time: Type.Integer(), on_time_rate: Rate })),
  cases: Type.Array(ReviewCaseSchema),
})

export const IssueBulletinBody = Type.Object({ from: Period, to: Period, actor: Actor }, { additionalProperties: false })

/** Stored bulletins carry their whole document (figures as issued); passed through as stored. */
export const StoredBulletinSchema = Type.Object({
  id: Type.Integer(),
  from: Type.String(),
  to: Type.String(),
  version: Type.Integer(),
  issued_at: Type.String(),
  issued_by: Type.String(),
  changes: Type.Array(Type.Object({ what: Type.String(), before: Type.Unknown(), after: Type.Unknown() })),
  document: Type.Unknown(),
})

export const NewCheckBody = Type.Object({ n: Type.Integer({ minimum: 1, maximum: 200 }), from: Period, to: Period, actor: Actor }, { additionalProperties: false })

export const CheckResultBody = Type.Object(
  {
    results: Type.Array(
      Type.Object({ case_id: Type.Integer({ minimum: 1 }), outcome: Type.Enum([...SPOT_CHECK_OUTCOMES]), note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }),
      { minItems: 1, maxItems: 200 },
    ),
    actor: Actor,
  },
  { additionalProperties: false },
)

export const CheckSchema = Type.Object({
  id: Type.Integer(),
  from: Type.String(),
  to: Type.String(),
  requested: Type.Integer(),
  cases: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String(), unit_id: Type.String() })),
  created_at: Type.String(),
  created_by: Type.String(),
  results: Nullable(Type.Array(Type.Object({ case_id: Type.Integer(), outcome: Type.String(), note: Type.Optional(Type.String()) }))),
  recorded_at: Nullable(Type.String()),
  recorded_by: Nullable(Type.String()),
})

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) })
