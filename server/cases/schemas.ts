import { Type } from 'typebox'
import { CASE_KINDS, CASE_ORIGINS, CASE_STATUSES, DEADLINE_KINDS, DEADLINE_STATES, LEVELS } from '@shared/types/case.ts'

const Literals = <T extends string>(values: readonly T[]) => Type.Enum([...values])
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()])
const UnitId = Type.String({ minLength: 1, maxLength: 40 })
/** Level is checked in code so an unknown level gets YQ_ERR_BAD_CASE_LEVEL, not a generic error. */
const LevelInput = Type.String({ maxLength: 20 })
const Time = Type.String({ maxLength: 40 })
const Actor = Type.Optional(Type.String({ minLength: 1, maxLength: 64 }))

export const UnitRefSchema = Type.Object({ id: Type.String(), name: Type.String() })

export const DeadlineSchema = Type.Object({
  kind: Literals(DEADLINE_KINDS),
  starts_at: Type.String(),
  due_soon_at: Type.String(),
  due_at: Type.String(),
  met_at: Nullable(Type.String()),
  state: Literals(DEADLINE_STATES),
  unit_id: Type.Optional(Type.String()),
})

/** Timeline entries carry type-specific fields (url, unit_id, level, flag, …). */
export const CaseEventSchema = Type.Object(
  { id: Type.Integer(), type: Type.String(), at: Type.String(), recorded_at: Type.String(), actor: Type.String() },
  { additionalProperties: true },
)

const caseFields = {
  id: Type.Integer(),
  title: Type.String(),
  kind: Literals(CASE_KINDS),
  level: Literals(LEVELS),
  status: Literals(CASE_STATUSES),
  origin: Literals(CASE_ORIGINS),
  policy_id: Type.String(),
  clock_start: Type.String(),
  clock_start_reason: Nullable(Type.String()),
  unit: UnitRefSchema,
  lead_unit: Type.Union([UnitRefSchema, Type.Null()]),
  cooperating_units: Type.Array(UnitRefSchema),
  supervised: Type.Boolean(),
  drill: Type.Boolean(),
  created_at: Type.String(),
  updated_at: Type.String(),
  items: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String(), link: Nullable(Type.String()), first_seen_at: Type.String() })),
  deadlines: Type.Array(DeadlineSchema),
  reach: Type.Object({ state: Literals(['sent', 'failed', 'pending', 'none'] as const), at: Nullable(Type.String()) }),
}

export const CaseSummarySchema = Type.Object(caseFields)
export const CaseSchema = Type.Object({ ...caseFields, timeline: Type.Array(CaseEventSchema) })

export const NewCaseSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Literals(CASE_KINDS),
    level: LevelInput,
    item_ids: Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 500 }),
    unit_id: Type.Optional(UnitId),
    clock_start: Type.Optional(Time),
    clock_start_reason: Type.Optional(Type.String({ maxLength: 500 })),
    origin: Type.Optional(Literals(CASE_ORIGINS)),
    lead_unit_id: Type.Optional(UnitId),
    cooperating_unit_ids: Type.Optional(Type.Array(UnitId, { maxItems: 20 })),
    supervised: Type.Optional(Type.Boolean()),
    drill: Type.Optional(Type.Boolean()),
    actor: Actor,
  },
  { additionalProperties: false },
)

export const CasePatchSchema = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    level: Type.Optional(LevelInput),
    status: Type.Optional(Literals(CASE_STATUSES)),
    unit_id: Type.Optional(UnitId),
    lead_unit_id: Type.Optional(Type.Union([UnitId, Type.Null()])),
    cooperating_unit_ids: Type.Optional(Type.Array(UnitId, { maxItems: 20 })),
    supervised: Type.Optional(Type.Boolean()),
    drill: Type.Optional(Type.Boolean()),
    clock_start: Type.Optional(Time),
    clock_start_reason: Type.Optional(Type.String({ maxLength: 500 })),
    add_item_ids: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 500 })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    actor: Actor,
  },
  { additionalProperties: false },
)

/** Type and the type-specific fields are checked in code, per type, with stable error codes. */
export const NewCaseEventSchema = Type.Object(
  {
    type: Type.String({ maxLength: 40 }),
    /** When it happened; omitted, the moment the server records it. */
    at: Type.Optional(Time),
    url: Type.Optional(Type.String({ maxLength: 2048 })),
    unit_id: Type.Optional(UnitId),
    level: Type.Optional(LevelInput),
    flag: Type.Optional(Type.String({ maxLength: 40 })),
    partner: Type.Optional(Type.String({ maxLength: 40 })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    actor: Actor,
  },
  { additionalProperties: false },
)

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 })

/** The list's filters; the CSV export takes the same ones, so the file holds what the page shows. */
export const CaseListQuerySchema = Type.Object(
  {
    status: Type.Optional(Literals(CASE_STATUSES)),
    unit_id: Type.Optional(UnitId),
    level: Type.Optional(Literals(LEVELS)),
    overdue: Type.Optional(Type.Boolean()),
    drill: Type.Optional(Type.Boolean()),
    supervised: Type.Optional(Type.Boolean()),
    /** A Shandong city's division code. */
    city: Type.Optional(Type.String({ pattern: '^37(0[1-9]|1[0-7])00$', maxLength: 6 })),
    /** Up to 30 days ahead. */
    due_within_h: Type.Optional(Type.Integer({ minimum: 1, maximum: 720 })),
    opened_from: Type.Optional(Day),
    opened_to: Type.Optional(Day),
    /** Keyword in the title or unit name: printable text, at most 100 characters. */
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\u0000-\\u001f\\u007f]+$' })),
    mine: Type.Optional(Type.Boolean()),
    awaiting_ack: Type.Optional(Type.Boolean()),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  },
  { additionalProperties: false },
)

export const CaseIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) })
