import { Type } from 'typebox'
import { CHANNEL_KINDS, NOTIFY_CAUSES } from '@shared/notify/channels.ts'
import { OWNER_TYPES } from '@shared/notify/owners.ts'

const Literals = <T extends string>(values: readonly T[]) => Type.Enum([...values])
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()])
const OwnerId = Type.String({ minLength: 1, maxLength: 40 })
const Name = Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' })
/** A channel's own fields are checked by its adapter; here only the shape and size. */
const ConfigInput = Type.Object({}, { additionalProperties: Type.Unknown(), maxProperties: 12 })
const HhMm = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', maxLength: 5 })

export const OwnerQuery = Type.Object({ owner_type: Type.Optional(Literals(OWNER_TYPES)), owner_id: Type.Optional(OwnerId) }, { additionalProperties: false })
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) })

export const ChannelSchema = Type.Object({
  id: Type.Integer(),
  owner_type: Type.String(),
  owner_id: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  enabled: Type.Boolean(),
  config: Type.Object({}, { additionalProperties: true }),
  has_secret: Type.Boolean(),
  managed: Type.Boolean(),
  last_ok_at: Nullable(Type.String()),
  last_error: Nullable(Type.String()),
  created_at: Type.String(),
})

export const NewChannelSchema = Type.Object(
  { owner_type: Literals(OWNER_TYPES), owner_id: OwnerId, kind: Literals(CHANNEL_KINDS), name: Name, config: ConfigInput, enabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
)
export const ChannelPatchSchema = Type.Object({ name: Type.Optional(Name), enabled: Type.Optional(Type.Boolean()), config: Type.Optional(ConfigInput) }, { additionalProperties: false })
export const TestUnsavedSchema = Type.Object({ kind: Literals(CHANNEL_KINDS), config: ConfigInput }, { additionalProperties: false })
export const TestResultSchema = Type.Object({ ok: Type.Boolean(), error: Type.Optional(Type.String()), detail: Type.Optional(Type.String()) })

export const DeliveryQuery = Type.Object(
  {
    status: Type.Optional(Literals(['pending', 'sent', 'failed', 'held'] as const)),
    case_id: Type.Optional(Type.Integer({ minimum: 1 })),
    channel_id: Type.Optional(Type.Integer({ minimum: 1 })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    cursor: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
)

export const DeliverySchema = Type.Object({
  id: Type.Integer(),
  case_id: Type.Union([Type.Integer(), Type.Null()]),
  case_title: Nullable(Type.String()),
  story_id: Type.Union([Type.Integer(), Type.Null()]),
  cause: Type.String(),
  level: Type.String(),
  recipient: Type.String(),
  channel: Type.Object({ id: Type.Integer(), kind: Type.String(), name: Type.String() }),
  status: Type.String(),
  attempts: Type.Integer(),
  next_attempt_at: Nullable(Type.String()),
  sent_at: Nullable(Type.String()),
  last_error: Nullable(Type.String()),
  last_detail: Nullable(Type.String()),
  idempotency_key: Type.String(),
  digest_key: Nullable(Type.String()),
  created_at: Type.String(),
})

export const RuleSchema = Type.Object(
  {
    causes: Type.Array(Literals(NOTIFY_CAUSES), { maxItems: NOTIFY_CAUSES.length, uniqueItems: true }),
    min_interval_min: Type.Integer({ minimum: 0, maximum: 1440 }),
    quiet_hours: Type.Union([Type.Object({ start: HhMm, end: HhMm }, { additionalProperties: false }), Type.Null()]),
    include_closed: Type.Boolean(),
  },
  { additionalProperties: false },
)
