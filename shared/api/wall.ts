import { Type, type Static } from 'typebox'
import { Literals, Nullable } from './common.ts'

/** The situation-room wall's aggregates: GET /api/wall/summary. */

export const DepartmentSeries = Type.Object({
  /** `department` names one; `other` adds up the rest; `untagged` counts items the tagging did not place. */
  kind: Literals(['department', 'other', 'untagged'] as const),
  id: Nullable(Type.String()),
  name: Nullable(Type.String()),
  counts: Type.Array(Type.Integer()),
})
export type DepartmentSeries = Static<typeof DepartmentSeries>

/** One unit's 本周按时率, counted by the review's definition (shared/timeliness/on-time.ts `OnTimeCounts`). */
export const WallUnitOnTime = Type.Object({
  id: Type.String(),
  name: Type.String(),
  /** 按时办结 */
  met_on_time: Type.Integer(),
  /** 超时办结 */
  met_late: Type.Integer(),
  /** 超时未办 */
  overdue: Type.Integer(),
  /** 未到期: reported apart, not in the rate. */
  pending: Type.Integer(),
  /** met_on_time + met_late + overdue: the rate's denominator. */
  counted: Type.Integer(),
  /** met_on_time / counted; null when nothing is counted (shown as —, never ranked). */
  on_time_rate: Nullable(Type.Number()),
})
export type WallUnitOnTime = Static<typeof WallUnitOnTime>

/** The wall's 本周按时率: the review's figures for the current 北京时间 week, per unit. */
export const WallOnTime = Type.Object({
  from: Type.String(),
  to: Type.String(),
  as_of: Type.String(),
  /** Units with at least one counted deadline, worst rate first (then more counted first, then id). */
  units: Type.Array(WallUnitOnTime),
  /** Units whose deadlines of the week are all 未到期: not ranked, only counted. */
  unranked: Type.Integer(),
})
export type WallOnTime = Static<typeof WallOnTime>

export const WallSummary = Type.Object({
  now: Type.String(),
  /** Start of the first hour bucket (UTC), 24 buckets of an hour up to now. */
  hours: Type.Array(Type.String()),
  /** Items seen in the last 24 h that no case has taken up yet (待研判). */
  untriaged: Type.Integer(),
  items_24h: Type.Integer(),
  by_department: Type.Array(DepartmentSeries),
  /** New items in the last 24 h per city (GB/T 2260 city code). */
  by_city: Type.Array(Type.Object({ code: Type.String(), count: Type.Integer() })),
  on_time: WallOnTime,
})
export type WallSummary = Static<typeof WallSummary>
