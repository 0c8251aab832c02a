import { Type, type Static, type TSchema } from 'typebox'
import { DEADLINE_OUTCOMES } from '../timeliness/on-time.ts'
import { CASE_FLAGS, DEADLINE_KINDS, SPOT_CHECK_ASPECTS, SPOT_CHECK_OUTCOMES } from '../types/case.ts'
import { REVIEW_GROUPINGS } from '../review/types.ts'
import { Literals, Nullable } from './common.ts'

/** 考核 (review)'s wire shapes: /api/review/timeliness, the issued 通报 list, 不定期检查 (/review, /review/checks). */
const Rate = Nullable(Type.Number())
const Period = Type.String({ maxLength: 64 })
const Actor = Type.Optional(Type.String({ minLength: 1, maxLength: 64 }))
/** An object with one field per key (every deadline kind, every flag): `Record<K, V>` on both sides. */
const record = <K extends string, T extends TSchema>(keys: readonly K[], value: T) =>
  Type.Unsafe<Record<K, Static<T>>>(Type.Object(Object.fromEntries(keys.map((k) => [k, value]))))

/** Period and grouping are checked in code, so a bad one gets YQ_ERR_BAD_PERIOD / YQ_ERR_BAD_GROUPING with the reason. */
export const TimelinessQuery = Type.Object({ from: Type.Optional(Period), to: Type.Optional(Period), by: Type.Optional(Type.String({ maxLength: 40 })) }, { additionalProperties: false })

/** The 通报 document (HTML or CSV, not JSON): a draft of the period, or an issued version. */
export const BulletinQuery = Type.Object(
  { from: Type.Optional(Period), to: Type.Optional(Period), format: Type.Optional(Type.String({ maxLength: 10 })), version: Type.Optional(Type.Integer({ minimum: 1 })) },
  { additionalProperties: false },
)

export const KindFigures = Type.Object({
  due: Type.Integer(),
  met_on_time: Type.Integer(),
  met_late: Type.Integer(),
  overdue: Type.Integer(),
  /** met_on_time / due; null when nothing was due. */
  on_time_rate: Rate,
})
export type KindFigures = Static<typeof KindFigures>

export const FlagCounts = record(CASE_FLAGS, Type.Integer())
export type FlagCounts = Static<typeof FlagCounts>

export const GroupFigures = Type.Object({
  key: Type.String(),
  name: Type.String(),
  /** Cases with a deadline due or a flag raised in the period. */
  cases: Type.Integer(),
  /** Deadlines due in the period and decided by its end: met_on_time + met_late + overdue. */
  due: Type.Integer(),
  met_on_time: Type.Integer(),
  met_late: Type.Integer(),
  overdue: Type.Integer(),
  /** Due in the period but after `as_of` and not yet met: counted as neither. */
  pending: Type.Integer(),
  on_time_rate: Rate,
  by_kind: record(DEADLINE_KINDS, KindFigures),
  /** Over met deadlines (on time or late): met_at − starts_at, nearest-rank. */
  median_ms_to_meet: Nullable(Type.Number()),
  p90_ms_to_meet: Nullable(Type.Number()),
  flags: FlagCounts,
  flags_total: Type.Integer(),
  /** 不定期检查 results of 不合格 recorded in the period against the group's units. */
  checks_failed: Type.Integer(),
  /** 退回 the group's units made in the period. */
  returns: Type.Integer(),
  /** Deadlines of the period counted for the group whose due time an approved 延期申请 moved. */
  extensions: Type.Integer(),
})
export type GroupFigures = Static<typeof GroupFigures>

/** The entry that met a deadline, when what it claims (`at`) and when it was recorded differ. */
export const MetClaim = Type.Object({ at: Type.String(), recorded_at: Type.String() })
export type MetClaim = Static<typeof MetClaim>

/** A deadline moved by an approved 延期申请: its due time before, and who approved. */
export const DeadlineExtension = Type.Object({ original_due_at: Type.String(), by: Nullable(Type.String()) })
export type DeadlineExtension = Static<typeof DeadlineExtension>

export const ReviewDeadlineRow = Type.Object({
  kind: Literals(DEADLINE_KINDS),
  starts_at: Type.String(),
  due_at: Type.String(),
  met_at: Nullable(Type.String()),
  outcome: Literals(DEADLINE_OUTCOMES),
  /** met_at (or as_of when overdue) − due_at, when late; else 0. */
  late_ms: Type.Number(),
  /** When met by an entry whose claimed and recorded times differ: both (met_at is the one credited); absent otherwise. */
  met_claim: Type.Optional(MetClaim),
  /** When an approved 延期申请 moved its due time; `due_at` is the extended one, which it is judged against. */
  extension: Type.Optional(DeadlineExtension),
})
export type ReviewDeadlineRow = Static<typeof ReviewDeadlineRow>

/** One case's share for one unit: a forwarded case has a row per unit it counts for. */
export const ReviewCaseRow = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  unit_id: Type.String(),
  unit_name: Type.String(),
  group: Type.String(),
  deadlines: Type.Array(ReviewDeadlineRow),
  flags: Type.Array(Type.Object({ flag: Literals(CASE_FLAGS), at: Type.String() })),
  /** 退回 this row's unit made in the period (absent when none). */
  returns: Type.Optional(Type.Array(Type.Object({ at: Type.String(), to_unit_id: Type.String(), to_unit_name: Type.String(), reason: Type.String() }))),
  /** 不定期检查 results of 不合格 on this case for this unit; `note` is the reason given. */
  failed_checks: Type.Array(Type.Object({ check_id: Type.Integer(), at: Type.String(), aspects: Type.Array(Literals(SPOT_CHECK_ASPECTS)), note: Type.String() })),
})
export type ReviewCaseRow = Static<typeof ReviewCaseRow>

export const WeekFigures = Type.Object({ from: Type.String(), to: Type.String(), due: Type.Integer(), met_on_time: Type.Integer(), on_time_rate: Rate })
export type WeekFigures = Static<typeof WeekFigures>

const reportFields = {
  from: Type.String(),
  to: Type.String(),
  /** The instant figures are taken at: min(to, now). */
  as_of: Type.String(),
  by: Literals(REVIEW_GROUPINGS),
  totals: GroupFigures,
  groups: Type.Array(GroupFigures),
  /** Per deadline kind, counts of met deadlines per TIME_TO_MEET_EDGES_H bucket. */
  time_to_meet: record(DEADLINE_KINDS, Type.Array(Type.Integer())),
  weeks: Type.Array(WeekFigures),
  cases: Type.Array(ReviewCaseRow),
}

/** The review's figures as shared/review/timeliness.ts computes them. */
export const TimelinessReport = Type.Object(reportFields)
export type TimelinessReport = Static<typeof TimelinessReport>

/** GET /api/review/timeliness: the report, with the policy's target and the histogram's edges for the page. */
export const Timeliness = Type.Object({ ...reportFields, on_time_target: Type.Number(), time_to_meet_edges_h: Type.Array(Type.Number()) })
export type Timeliness = Static<typeof Timeliness>

export const IssueBulletinBody = Type.Object({ from: Period, to: Period, actor: Actor }, { additionalProperties: false })

/** An issued 通报 version; its document (the figures as issued) is passed through as stored. */
export const IssuedBulletin = Type.Object({
  id: Type.Integer(),
  from: Type.String(),
  to: Type.String(),
  version: Type.Integer(),
  issued_at: Type.String(),
  issued_by: Type.String(),
  /** What this version corrected against the one before, e.g. `totals.overdue`. */
  changes: Type.Array(Type.Object({ what: Type.String(), before: Type.Unknown(), after: Type.Unknown() })),
  document: Type.Unknown(),
})
export type IssuedBulletin = Static<typeof IssuedBulletin>

export const BulletinList = Type.Object({ bulletins: Type.Array(IssuedBulletin) })
export type BulletinList = Static<typeof BulletinList>

const UnitId = Type.String({ minLength: 1, maxLength: 32, pattern: '^[0-9A-Za-z_-]+$' })

export const NewCheckBody = Type.Object(
  { n: Type.Integer({ minimum: 1, maximum: 200 }), from: Period, to: Period, unit_id: Type.Optional(UnitId), actor: Actor },
  { additionalProperties: false },
)
export type NewCheck = Static<typeof NewCheckBody>

/** Filters of the list of past checks. */
export const CheckListQuery = Type.Object(
  {
    /** Checks that sampled this unit's cases (or were drawn from it). */
    unit_id: Type.Optional(UnitId),
    /** open: drawn, no result yet; pass / fail: recorded, with at least one result of that outcome. */
    status: Type.Optional(Literals(['open', 'pass', 'fail'] as const)),
    /** Drawn in [from, to). */
    from: Type.Optional(Period),
    to: Type.Optional(Period),
  },
  { additionalProperties: false },
)
export type CheckFilter = Static<typeof CheckListQuery>

const Aspects = Type.Array(Literals(SPOT_CHECK_ASPECTS), { minItems: 1, maxItems: SPOT_CHECK_ASPECTS.length })

/** One case's result as the reviewer records it (the server adds the unit judged). */
export const CheckResultInput = Type.Object(
  { case_id: Type.Integer({ minimum: 1 }), outcome: Literals(SPOT_CHECK_OUTCOMES), aspects: Aspects, note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
)
export type CheckResultInput = Static<typeof CheckResultInput>

export const CheckResultBody = Type.Object({ results: Type.Array(CheckResultInput, { minItems: 1, maxItems: 200 }), actor: Actor }, { additionalProperties: false })

/** A recorded result. Results recorded before migration 0320 have no aspects or unit. */
export const SpotCheckResult = Type.Object({
  case_id: Type.Integer(),
  outcome: Literals(SPOT_CHECK_OUTCOMES),
  /** What was looked at. */
  aspects: Type.Optional(Type.Array(Literals(SPOT_CHECK_ASPECTS))),
  /** The reviewer's words; required for 不合格 (the reason the unit is told). */
  note: Type.Optional(Type.String()),
  /** The unit judged: the case's responsible unit when the result was recorded (set by the server). */
  unit_id: Type.Optional(Type.String()),
})
export type SpotCheckResult = Static<typeof SpotCheckResult>

/** A 不定期检查 (irregular check of units' response work) as /api/review/checks answers it. */
export const SpotCheck = Type.Object({
  id: Type.Integer(),
  from: Type.String(),
  to: Type.String(),
  requested: Type.Integer(),
  /** The unit the sample was drawn from; null: all units. */
  unit_id: Nullable(Type.String()),
  cases: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String(), unit_id: Type.String() })),
  created_at: Type.String(),
  created_by: Type.String(),
  results: Nullable(Type.Array(SpotCheckResult)),
  recorded_at: Nullable(Type.String()),
  recorded_by: Nullable(Type.String()),
})
export type SpotCheck = Static<typeof SpotCheck>

export const CheckList = Type.Object({ checks: Type.Array(SpotCheck) })
export type CheckList = Static<typeof CheckList>
