import { Type, type Static } from 'typebox'
import { MAX_INTERVAL_S, MAX_PUSH_ITEMS, MIN_INTERVAL_S, SOURCE_HEALTHS, SOURCE_KINDS } from '../types/source.ts'
import { Literals, Nullable } from './common.ts'
import { DepartmentTag, RegionTag, SeverityTag, UnitTag } from './items.ts'

/** A source's wire shapes: /api/sources (the admin page, the triage filters, the wall's source names). */

export const SourceKind = Literals(SOURCE_KINDS)

/** A source's place in force: the division, and whether it was read from the name rather than set. */
export const SourcePlace = Type.Object({
  code: Type.String(),
  /** City and county, as 青岛市莱西市. */
  name: Type.String(),
  derived: Type.Boolean(),
})
export type SourcePlace = Static<typeof SourcePlace>

/** A feed the system watches (信息来源). */
export const Source = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  url: Type.String(),
  kind: SourceKind,
  interval_s: Type.Integer(),
  enabled: Type.Boolean(),
  builtin: Type.Boolean(),
  /** ok: last poll succeeded; degraded: recent failures but within tolerance; failing: backing off. */
  health: Literals(SOURCE_HEALTHS),
  last_error: Nullable(Type.String()),
  last_success_at: Nullable(Type.String()),
  items_24h: Type.Integer(),
  charset: Nullable(Type.String()),
  /** The stable code of the last failure (shared/errors.ts), so pages can say it in words. */
  last_error_code: Nullable(Type.String()),
  /** Deleted by an admin: no longer polled or listed; its items stay. */
  archived: Type.Boolean(),
  /**
   * The outlet's 属地 as set by an admin: a home city or county code, `none` for no place, or null
   * when not set (then read from the name, see `place_in_force`).
   */
  place: Nullable(Type.String()),
  /** The place tagging uses for this outlet's items (docs/tagging-guideline.md §2.3), or null. */
  place_in_force: Nullable(SourcePlace),
})
export type Source = Static<typeof Source>

export const SourceList = Type.Object({ sources: Type.Array(Source) })
export type SourceList = Static<typeof SourceList>

/** A push source's secret: shown when it is created and when it is rotated, never again. */
export const PushToken = Type.Object({ push_token: Type.String(), push_url: Type.String() })
export type PushToken = Static<typeof PushToken>

/** The answer to creating a source: a push source's carries its secret, this once. */
export const CreatedSource = Type.Object({ ...Source.properties, push_token: Type.Optional(Type.String()), push_url: Type.Optional(Type.String()) })
export type CreatedSource = Static<typeof CreatedSource>

/** POST /api/sources/:id/poll: the source after the poll and how many items it brought. */
export const PolledSource = Type.Object({ source: Source, new_items: Type.Integer() })
export type PolledSource = Static<typeof PolledSource>

/** A source's 属地: a six-digit city or county code, `none`, or null to read it from the name (checked against the gazetteer in the route). */
const SourcePlaceInput = Type.Union([Type.String({ minLength: 4, maxLength: 6, pattern: '^(\\d{6}|none)$' }), Type.Null()])
const Interval = Type.Integer({ minimum: MIN_INTERVAL_S, maximum: MAX_INTERVAL_S })

export const NewSource = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    /** Required for polled sources; push sources have none. */
    url: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
    kind: Type.Optional(SourceKind),
    interval_s: Interval,
    place: Type.Optional(SourcePlaceInput),
  },
  { additionalProperties: false },
)
export type NewSource = Static<typeof NewSource>

export const SourcePatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    interval_s: Type.Optional(Interval),
    enabled: Type.Optional(Type.Boolean()),
    /** The outlet's 属地; null clears it (read from the name again). */
    place: Type.Optional(SourcePlaceInput),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type SourcePatch = Static<typeof SourcePatch>

/** POST /api/sources/test: a feed to read once, tagged, not saved. */
export const FeedTest = Type.Object({ url: Type.String({ minLength: 1, maxLength: 2048 }), kind: Type.Optional(SourceKind) }, { additionalProperties: false })
export type FeedTest = Static<typeof FeedTest>

/** One entry of a tested feed, as tagging would store it. */
export const TestedFeedItem = Type.Object({
  title: Type.String(),
  link: Nullable(Type.String()),
  published: Nullable(Type.String()),
  summary: Nullable(Type.String()),
  departments: Type.Array(DepartmentTag),
  region: Nullable(RegionTag),
  unit: Nullable(UnitTag),
  severity: Nullable(SeverityTag),
})

export const TestedFeed = Type.Object({
  url: Type.String(),
  format: Type.String(),
  charset: Type.String(),
  title: Nullable(Type.String()),
  item_count: Type.Integer(),
  items: Type.Array(TestedFeedItem),
  /** The live source already reading this feed, if any. */
  duplicate_of: Nullable(Type.Integer()),
})
export type TestedFeed = Static<typeof TestedFeed>

const Text = (max: number) => Type.String({ maxLength: max })

/** A JSON Feed 1.1 item, as social bridges send them to POST /api/sources/:id/push; unknown fields are ignored. */
export const PushItem = Type.Object({
  id: Type.Union([Type.String({ minLength: 1, maxLength: 1000 }), Type.Integer()]),
  url: Type.Optional(Text(2048)),
  external_url: Type.Optional(Text(2048)),
  title: Type.Optional(Text(2000)),
  summary: Type.Optional(Text(20_000)),
  content_text: Type.Optional(Text(200_000)),
  content_html: Type.Optional(Text(200_000)),
  date_published: Type.Optional(Text(64)),
  date_modified: Type.Optional(Text(64)),
})
export type PushItem = Static<typeof PushItem>

export const PushBody = Type.Object({
  version: Type.Optional(Text(200)),
  items: Type.Array(PushItem, { minItems: 1, maxItems: MAX_PUSH_ITEMS }),
})
export type PushBody = Static<typeof PushBody>

/** How many posts a push carried, and how many of them were new. */
export const PushReceipt = Type.Object({ accepted: Type.Integer(), new_items: Type.Integer() })
export type PushReceipt = Static<typeof PushReceipt>
