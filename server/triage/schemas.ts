import { Type } from 'typebox'
import { CASE_KINDS, LEVELS } from '@shared/types/case.ts'

const Literals = <T extends string>(values: readonly T[]) => Type.Enum([...values])
const StoryIds = Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 200 })
/** ISO 8601 UTC instants, checked by shape so string comparison in SQL is time order. */
const Instant = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?Z$', maxLength: 30 })
const Tag = Type.String({ minLength: 1, maxLength: 60 })

export const QueueQuery = Type.Object(
  {
    sort: Type.Union([Type.Literal('newest'), Type.Literal('severe')], { default: 'newest' }),
    state: Type.Union([Type.Literal('untriaged'), Type.Literal('watch')], { default: 'untriaged' }),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    department: Type.Optional(Tag),
    city: Type.Optional(Tag),
    county: Type.Optional(Tag),
    source_id: Type.Optional(Type.Integer({ minimum: 1 })),
    level: Type.Optional(Literals(LEVELS)),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    since: Type.Optional(Instant),
    until: Type.Optional(Instant),
    story_id: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
)

export const StoriesBody = Type.Object({ story_ids: StoryIds }, { additionalProperties: false })

export const CaseDraftSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    kind: Literals(CASE_KINDS),
    level: Type.String({ maxLength: 20 }),
    unit_id: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    clock_start: Type.Optional(Type.String({ maxLength: 40 })),
    clock_start_reason: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
)

export const OpenBody = Type.Object({ story_ids: StoryIds, case: CaseDraftSchema }, { additionalProperties: false })
export const LinkBody = Type.Object({ story_ids: StoryIds, case_id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false })
export const DismissBody = Type.Object(
  { story_ids: StoryIds, reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }) },
  { additionalProperties: false },
)
export const WatchBody = Type.Object({ story_ids: StoryIds, reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false })

export const CaseSearchQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 100 })), limit: Type.Integer({ minimum: 1, maximum: 50, default: 20 }) },
  { additionalProperties: false },
)
