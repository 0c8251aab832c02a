import { Type } from 'typebox'
import { MAX_INTERVAL_S, MIN_INTERVAL_S } from '@shared/types/source.ts'

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()])

export const SourceKindSchema = Type.Union(['rss', 'atom', 'rdf', 'json', 'push', 'auto'].map((k) => Type.Literal(k)))

export const SourceSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  url: Type.String(),
  kind: Type.String(),
  interval_s: Type.Integer(),
  enabled: Type.Boolean(),
  builtin: Type.Boolean(),
  health: Type.Union([Type.Literal('ok'), Type.Literal('degraded'), Type.Literal('failing')]),
  last_error: Nullable(Type.String()),
  last_success_at: Nullable(Type.String()),
  items_24h: Type.Integer(),
  charset: Nullable(Type.String()),
  last_error_code: Nullable(Type.String()),
  archived: Type.Boolean(),
})

/** The answer to creating a push source carries its secret, this once. */
export const CreatedSourceSchema = Type.Object({
  ...SourceSchema.properties,
  push_token: Type.Optional(Type.String()),
  push_url: Type.Optional(Type.String()),
})


export const NewSourceSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    /** Required for polled sources; push sources have none. */
    url: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
    kind: Type.Optional(SourceKindSchema),
    interval_s: Type.Integer({ minimum: MIN_INTERVAL_S, maximum: MAX_INTERVAL_S }),
  },
  { additionalProperties: false },
)

const Json = Type.Unknown()

export const ItemSchema = Type.Object({
  id: Type.Integer(),
  source_id: Type.Integer(),
  guid: Type.String(),
  title: Type.String(),
  link: Nullable(Type.String()),
  summary: Nullable(Type.String()),
  published_at: Nullable(Type.String()),
  first_seen_at: Type.String(),
  departments: Json,
  region: Json,
  unit: Json,
  severity: Json,
  story_id: Type.Union([Type.Integer(), Type.Null()]),
  case_id: Type.Union([Type.Integer(), Type.Null()]),
})

export const ItemsQuerySchema = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    cursor: Type.Optional(Type.Integer({ minimum: 1 })),
    source_id: Type.Optional(Type.Integer({ minimum: 1 })),
  },
)

export const ErrorSchema = Type.Object({
  statusCode: Type.Integer(),
  code: Type.Optional(Type.String()),
  error: Type.Optional(Type.String()),
  message: Type.String(),
})
