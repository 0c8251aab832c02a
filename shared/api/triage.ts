import { Type, type Static } from 'typebox'
import { CASE_KINDS, CASE_STATUSES } from '../types/case.ts'
import { TRIAGE_ACTIONS } from '../types/triage.ts'
import { Case } from './cases.ts'
import { Literals, Nullable } from './common.ts'
import { DepartmentTag, Level, RegionTag, SeverityTag, UnitTag } from './items.ts'

/** The triage workbench's wire shapes: /api/triage/* (the queue, claims, decisions, the link picker, the wall's banner). */

const StoryIds = Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 200 })
/** ISO 8601 UTC instants, checked by shape so string comparison in SQL is time order. */
const Instant = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?Z$', maxLength: 30 })
const Tag = Type.String({ minLength: 1, maxLength: 60 })
const TriageAction = Literals(TRIAGE_ACTIONS)

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
    level: Type.Optional(Level),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    since: Type.Optional(Instant),
    until: Type.Optional(Instant),
    story_id: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
)
export type QueueQuery = Static<typeof QueueQuery>

/** Who is looking at a story, until when: the page renews it while its operator is active. */
export const StoryClaim = Type.Object({ story_id: Type.Integer(), actor: Type.String(), expires_at: Type.String() })
export type StoryClaim = Static<typeof StoryClaim>

/** One row of the triage queue: a story with its earliest report's tags as the suggestions. */
export const QueueRow = Type.Object({
  story_id: Type.Integer(),
  title: Type.String(),
  summary: Nullable(Type.String()),
  link: Nullable(Type.String()),
  report_count: Type.Integer(),
  source_count: Type.Integer(),
  sources: Type.Array(Type.String()),
  first_seen_at: Type.String(),
  last_seen_at: Type.String(),
  /** The most severe level any report suggests, or null. */
  level: Nullable(Level),
  departments: Type.Array(DepartmentTag),
  region: Nullable(RegionTag),
  unit: Nullable(UnitTag),
  severity: Nullable(SeverityTag),
  item_ids: Type.Array(Type.Integer()),
  claim: Nullable(StoryClaim),
  /** Set when the story was marked 关注 (only under the watch filter). */
  decision: Nullable(TriageAction),
})
export type QueueRow = Static<typeof QueueRow>

/** One page of GET /api/triage/queue; `next_cursor` reads the page after it (null: the end). */
export const QueuePage = Type.Object({ stories: Type.Array(QueueRow), next_cursor: Nullable(Type.String()) })
export type QueuePage = Static<typeof QueuePage>

export const TriageCounts = Type.Object({ untriaged: Type.Integer(), claimed: Type.Integer(), triaged_today: Type.Integer() })
export type TriageCounts = Static<typeof TriageCounts>

/** 待研判 重大 for the wall's banner: a wall-shaped projection of a queue row (kiosks read it too). */
export const MajorStory = Type.Object({
  ...Type.Pick(QueueRow, ['story_id', 'title', 'first_seen_at', 'report_count', 'region']).properties,
  /** Only 重大 stories reach the banner, so never null here. */
  level: Level,
})
export type MajorStory = Static<typeof MajorStory>
export const MajorStories = Type.Object({ stories: Type.Array(MajorStory) })
export type MajorStories = Static<typeof MajorStories>

export const StoriesBody = Type.Object({ story_ids: StoryIds }, { additionalProperties: false })
export type StoriesBody = Static<typeof StoriesBody>

export const Claims = Type.Object({ claims: Type.Array(StoryClaim) })
export type Claims = Static<typeof Claims>

/** A claim ended: let go by its operator, lapsed, or ended by a decision. */
export const StoryReleased = Type.Object({
  story_id: Type.Integer(),
  actor: Type.String(),
  reason: Type.Union([Type.Literal('released'), Type.Literal('expired'), Type.Literal('triaged')]),
})
export type StoryReleased = Static<typeof StoryReleased>
export const Released = Type.Object({ released: Type.Array(StoryReleased) })
export type Released = Static<typeof Released>

/** A decision on one or many stories, as the answer and `story:triaged` carry it. */
export const StoryTriaged = Type.Object({
  story_ids: Type.Array(Type.Integer()),
  action: TriageAction,
  actor: Type.String(),
  case_id: Nullable(Type.Integer()),
  reason: Nullable(Type.String()),
  /** For a dismissal: until when the actor may undo it. */
  undo_until: Nullable(Type.String()),
})
export type StoryTriaged = Static<typeof StoryTriaged>

/** The answer to open, link, dismiss and watch: the decision and the case it opened or linked (null otherwise). */
export const Decided = Type.Object({ triaged: StoryTriaged, case: Nullable(Case) })
export type Decided = Static<typeof Decided>

/** Dismissals taken back: the stories are in the queue again. */
export const StoryRestored = Type.Object({ story_ids: Type.Array(Type.Integer()), actor: Type.String() })
export type StoryRestored = Static<typeof StoryRestored>

/** The case a story opens: the case's own fields are checked by the cases concern, with its codes. */
export const CaseDraft = Type.Object(
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
export type CaseDraft = Static<typeof CaseDraft>

export const OpenBody = Type.Object({ story_ids: StoryIds, case: CaseDraft }, { additionalProperties: false })
export type OpenBody = Static<typeof OpenBody>
export const LinkBody = Type.Object({ story_ids: StoryIds, case_id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false })
export type LinkBody = Static<typeof LinkBody>
export const DismissBody = Type.Object({ story_ids: StoryIds, reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }) }, { additionalProperties: false })
export type DismissBody = Static<typeof DismissBody>
export const WatchBody = Type.Object({ story_ids: StoryIds, reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false })
export type WatchBody = Static<typeof WatchBody>

export const CaseSearchQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 100 })), limit: Type.Integer({ minimum: 1, maximum: 50, default: 20 }) },
  { additionalProperties: false },
)
export type CaseSearchQuery = Static<typeof CaseSearchQuery>

/** An open case in the link picker: found by number or by words of its title. */
export const OpenCaseOption = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  level: Level,
  status: Literals(CASE_STATUSES),
  created_at: Type.String(),
  unit_name: Type.String(),
})
export type OpenCaseOption = Static<typeof OpenCaseOption>
export const OpenCaseOptions = Type.Object({ cases: Type.Array(OpenCaseOption) })
export type OpenCaseOptions = Static<typeof OpenCaseOptions>
