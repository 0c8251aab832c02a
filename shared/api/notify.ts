import { Type, type Static } from 'typebox'
import { CHANNEL_KINDS, DELIVERY_STATUSES, NOTIFY_CAUSES } from '../notify/channels.ts'
export type { DeliveryStatus } from '../notify/channels.ts'
import { OWNER_TYPES } from '../notify/owners.ts'
import { Literals, Nullable } from './common.ts'

/** 预警推送's wire shapes: channels, the delivery log, rule sets (/admin/notifications, /me/notifications). */
const OwnerId = Type.String({ minLength: 1, maxLength: 40 })
const Name = Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' })
/** A channel's own fields are checked by its adapter; here only the shape and size. */
const ConfigInput = Type.Object({}, { additionalProperties: Type.Unknown(), maxProperties: 12 })
const HhMm = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', maxLength: 5 })

export const OwnerQuery = Type.Object({ owner_type: Type.Optional(Literals(OWNER_TYPES)), owner_id: Type.Optional(OwnerId) }, { additionalProperties: false })
export type OwnerQuery = Static<typeof OwnerQuery>

/** A channel as GET /api/notify/channels returns it: secrets removed, URL keys masked. */
export const ChannelSchema = Type.Object({
  id: Type.Integer(),
  owner_type: Literals(OWNER_TYPES),
  owner_id: Type.String(),
  kind: Literals(CHANNEL_KINDS),
  name: Type.String(),
  enabled: Type.Boolean(),
  // Typed as a record for the page; serialized as an open object, every public field kept.
  config: Type.Unsafe<Record<string, unknown>>(Type.Object({}, { additionalProperties: true })),
  has_secret: Type.Boolean(),
  /** Kept by the server from the unit's mobile duty phone (SMS): only enable/disable here. */
  managed: Type.Boolean(),
  last_ok_at: Nullable(Type.String()),
  last_error: Nullable(Type.String()),
  created_at: Type.String(),
})
export type NotifyChannel = Static<typeof ChannelSchema>

/** GET /api/notify/channels. */
export const ChannelList = Type.Object({ channels: Type.Array(ChannelSchema) })
export type ChannelList = Static<typeof ChannelList>

export const NewChannelSchema = Type.Object(
  { owner_type: Literals(OWNER_TYPES), owner_id: OwnerId, kind: Literals(CHANNEL_KINDS), name: Name, config: ConfigInput, enabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
)
export const ChannelPatchSchema = Type.Object({ name: Type.Optional(Name), enabled: Type.Optional(Type.Boolean()), config: Type.Optional(ConfigInput) }, { additionalProperties: false })
export const TestUnsavedSchema = Type.Object({ kind: Literals(CHANNEL_KINDS), config: ConfigInput }, { additionalProperties: false })
/** POST …/test: `error` is already in Chinese words, `detail` the provider's own answer. */
export const TestResultSchema = Type.Union([
  Type.Object({ ok: Type.Literal(true) }),
  Type.Object({ ok: Type.Literal(false), error: Type.String(), detail: Type.Optional(Type.String()) }),
])
export type TestResult = Static<typeof TestResultSchema>

export const DeliveryQuery = Type.Object(
  {
    status: Type.Optional(Literals(DELIVERY_STATUSES)),
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
  cause: Literals(NOTIFY_CAUSES),
  level: Type.String(),
  recipient: Type.String(),
  /** A deleted channel keeps its rows: kind `unknown`, name `#id（已删除）`. */
  channel: Type.Object({ id: Type.Integer(), kind: Literals([...CHANNEL_KINDS, 'unknown'] as const), name: Type.String() }),
  status: Literals(DELIVERY_STATUSES),
  attempts: Type.Integer(),
  next_attempt_at: Nullable(Type.String()),
  sent_at: Nullable(Type.String()),
  last_error: Nullable(Type.String()),
  last_detail: Nullable(Type.String()),
  idempotency_key: Type.String(),
  digest_key: Nullable(Type.String()),
  created_at: Type.String(),
})
export type Delivery = Static<typeof DeliverySchema>

export const DeliveryPage = Type.Object({ deliveries: Type.Array(DeliverySchema), next_cursor: Type.Union([Type.Integer(), Type.Null()]) })
export type DeliveryPage = Static<typeof DeliveryPage>

/** POST /api/notify/deliveries/:id/retry: the delivery, queued again. */
export const RetriedDelivery = Type.Object({ id: Type.Integer(), status: Literals(DELIVERY_STATUSES) })
export type RetriedDelivery = Static<typeof RetriedDelivery>

export const RuleSchema = Type.Object(
  {
    causes: Type.Array(Literals(NOTIFY_CAUSES), { maxItems: NOTIFY_CAUSES.length, uniqueItems: true }),
    min_interval_min: Type.Integer({ minimum: 0, maximum: 1440 }),
    quiet_hours: Type.Union([Type.Object({ start: HhMm, end: HhMm }, { additionalProperties: false }), Type.Null()]),
    include_closed: Type.Boolean(),
  },
  { additionalProperties: false },
)
export type NotifyRules = Static<typeof RuleSchema>
