import { addOutcome, emptyCounts, judgeInstants, outcomeAt, type DeadlineOutcome, type OnTimeCounts } from '../timeliness/on-time.ts'
import { CASE_FLAGS, DEADLINE_KINDS, type DeadlineKind } from '../types/case.ts'
import { groupOf } from './grouping.ts'
import { beijingWeekStart } from '../beijing-day.ts'
import { instantMs } from '../instant.ts'
import {
  TIME_TO_MEET_EDGES_H,
  type FlagCounts,
  type GroupFigures,
  type KindFigures,
  type ReviewCaseInput,
  type ReviewCaseRow,
  type ReviewDeadlineRow,
  type ReviewGrouping,
  type ReviewPeriod,
  type ReviewUnit,
  type TimelinessReport,
} from './types.ts'

const HOUR_MS = 3_600_000
const ms = instantMs

/** Re-exported: the definition lives in shared/timeliness/on-time.ts. */
export { outcomeAt }

/** Nearest-rank percentile (p in (0, 1]) of sorted values: the smallest value with at least p of the values at or below it. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!
}

function emptyKind(): KindFigures {
  return { due: 0, met_on_time: 0, met_late: 0, overdue: 0, on_time_rate: null }
}

function emptyFlags(): FlagCounts {
  return Object.fromEntries(CASE_FLAGS.map((f) => [f, 0])) as FlagCounts
}

/** A deadline of the period as the review counts it, its instants parsed once. */
interface CountedDeadline {
  row: ReviewDeadlineRow
  kind: DeadlineKind
  outcome: DeadlineOutcome
  unit_id: string
  due: number
  /** met_at − starts_at when met in the period (on time or late), else null. */
  to_meet: number | null
}

/** The figures of a group, summed one row at a time. */
interface FiguresSum {
  counts: Record<DeadlineKind, OnTimeCounts>
  total: OnTimeCounts
  flags: FlagCounts
  toMeet: number[]
  cases: number
  /** The last case id counted: rows come sorted by case id, so a case's rows are adjacent in every group. */
  lastId: number | null
  checksFailed: number
  /** 退回 made by the group's units, and its deadlines moved by an approved 延期. */
  returns: number
  extensions: number
}

function emptySum(): FiguresSum {
  const counts = Object.fromEntries(DEADLINE_KINDS.map((k) => [k, emptyCounts()])) as Record<DeadlineKind, OnTimeCounts>
  return { counts, total: emptyCounts(), flags: emptyFlags(), toMeet: [], cases: 0, lastId: null, checksFailed: 0, returns: 0, extensions: 0 }
}

/** Adds one row; rows come sorted by case id (a forwarded case has a row per unit it counts for and is still one case). */
function addRow(sum: FiguresSum, row: ReviewCaseRow, deadlines: readonly Pick<CountedDeadline, 'kind' | 'outcome' | 'to_meet'>[]): void {
  for (const d of deadlines) {
    addOutcome(sum.counts[d.kind], d.outcome)
    addOutcome(sum.total, d.outcome)
    if (d.to_meet !== null) sum.toMeet.push(d.to_meet)
  }
  for (const f of row.flags) sum.flags[f.flag]++
  sum.checksFailed += row.failed_checks.length
  sum.returns += row.returns?.length ?? 0
  for (const d of row.deadlines) if (d.extension) sum.extensions++
  if (row.id !== sum.lastId) sum.cases++
  sum.lastId = row.id
}

function figuresOfSum(key: string, name: string, sum: FiguresSum): GroupFigures {
  const byKind = Object.fromEntries(
    DEADLINE_KINDS.map((k) => {
      const c = sum.counts[k]
      return [k, { ...emptyKind(), due: c.counted, met_on_time: c.met_on_time, met_late: c.met_late, overdue: c.overdue, on_time_rate: c.on_time_rate }]
    }),
  ) as Record<DeadlineKind, KindFigures>
  const { total, flags } = sum
  // Whole milliseconds sorted as numbers: the order of sort((a, b) => a - b) without a call per comparison.
  const toMeet = Float64Array.from(sum.toMeet).sort()
  return {
    key,
    name,
    cases: sum.cases,
    due: total.counted,
    met_on_time: total.met_on_time,
    met_late: total.met_late,
    overdue: total.overdue,
    pending: total.pending,
    on_time_rate: total.on_time_rate,
    by_kind: byKind,
    median_ms_to_meet: nearestRank(toMeet, 0.5),
    p90_ms_to_meet: nearestRank(toMeet, 0.9),
    flags,
    flags_total: Object.values(flags).reduce((s, n) => s + n, 0),
    checks_failed: sum.checksFailed,
    returns: sum.returns,
    extensions: sum.extensions,
  }
}

/** Figures for one set of case rows (one group, or all). */
export function figuresOf(key: string, name: string, rows: readonly ReviewCaseRow[]): GroupFigures {
  const sum = emptySum()
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    addRow(sum, row, row.deadlines.map((d) => ({ kind: d.kind, outcome: d.outcome, to_meet: d.met_at !== null ? ms(d.met_at) - ms(d.starts_at) : null })))
  }
  return figuresOfSum(key, name, sum)
}

/** Monday 00:00 北京时间 at or before `t` (shared/beijing-day.ts). */
export { beijingWeekStart }

/** A case's flags, 退回 or check results of the period by the unit they count for; undefined when it has none (most cases). */
function byUnit<T, U>(entries: readonly T[] | undefined, keep: (e: T) => boolean, unitOf: (e: T) => string, shape: (e: T) => U): Map<string, U[]> | undefined {
  let out: Map<string, U[]> | undefined
  for (const e of entries ?? []) {
    if (!keep(e)) continue
    const unitId = unitOf(e)
    out ??= new Map()
    const list = out.get(unitId)
    if (list) list.push(shape(e))
    else out.set(unitId, [shape(e)])
  }
  return out
}

/**
 * The timeliness review of a period, used by the API, the bulletin and the review page alike.
 * Which deadlines count and how is `judgeOnTime` (shared/timeliness/on-time.ts), the definition
 * the wall's 本周按时率 uses too; this adds the grouping, the per-kind figures and the rest.
 * Each deadline is credited to its own `unit_id` when it has one, else to its case's unit, and each
 * flag to the unit responsible when it was raised (a forwarded case counts for the receiving unit
 * from the forwarding on): a case has one row per unit it counts for.
 * Time to meet = met_at − starts_at over met and met_late deadlines; median and p90 are nearest-rank.
 * Flags are `flagged` events whose `at` lies in the period and not after `as_of`; 不合格 results
 * of irregular checks (不定期检查) count the same way, for the unit judged when the result was recorded.
 * A case counts in `cases` when it has a deadline of the period or a flag in it. Drill (演练) cases
 * are left out entirely. `weeks` splits the period at Mondays 00:00 北京时间 and counts each week's
 * deadlines with the same `as_of`, so the weeks add up to the period.
 */
export function computeTimeliness(
  cases: readonly ReviewCaseInput[],
  units: readonly ReviewUnit[],
  period: ReviewPeriod,
  now: string,
  by: ReviewGrouping,
): TimelinessReport {
  // Each instant is parsed once and every figure summed in one walk over the rows: a month of
  // 20 000 cases spent its time in Date.parse, copies of every deadline and regrouping (issue #18).
  const from = ms(period.from)
  const to = ms(period.to)
  // judgeOnTime's as_of, and its rules for each deadline (judgeInstants).
  const asOfMs = Math.min(to, ms(now))
  const asOf = new Date(asOfMs).toISOString()
  // case id → its deadlines of the period (drills left out), in the order given.
  const judgedByCase = new Map<number, CountedDeadline[]>()
  for (const c of cases) {
    if (c.drill) continue
    for (const d of c.deadlines) {
      const due = ms(d.due_at)
      if (!(due >= from && due < to)) continue
      const metAt = d.met_at === null ? null : ms(d.met_at)
      const { outcome, late_ms } = judgeInstants(due, metAt, asOfMs)
      const met = outcome === 'met' || outcome === 'met_late'
      const row: ReviewDeadlineRow = { kind: d.kind, starts_at: d.starts_at, due_at: d.due_at, met_at: met ? d.met_at : null, outcome, late_ms }
      if (met && d.met_claim) row.met_claim = d.met_claim
      if (d.original_due_at) row.extension = { original_due_at: d.original_due_at, by: d.extended_by ?? null }
      const judged: CountedDeadline = { row, kind: d.kind, outcome, unit_id: d.unit_id ?? c.unit_id, due, to_meet: met ? metAt! - ms(d.starts_at) : null }
      const list = judgedByCase.get(c.id)
      if (list) list.push(judged)
      else judgedByCase.set(c.id, [judged])
    }
  }
  const unitMap = new Map(units.map((u) => [u.id, u]))
  const groupCache = new Map<string, { key: string; name: string }>()
  const groupOfUnit = (unitId: string) => groupCache.get(unitId) ?? groupCache.set(unitId, groupOf(unitId, by, unitMap)).get(unitId)!
  const inPeriod = (at: string) => {
    const t = ms(at)
    return t >= from && t < to && t <= asOfMs
  }
  const entries: { row: ReviewCaseRow; counted: CountedDeadline[] }[] = []
  for (const c of cases) {
    if (c.drill) continue
    const flagsByUnit = byUnit(c.flags, (f) => inPeriod(f.at), (f) => f.unit_id ?? c.unit_id, (f) => ({ flag: f.flag, at: f.at }))
    // 退回 in the period, on the row of the unit that returned the case.
    const returnsByUnit = byUnit(c.returns, (r) => inPeriod(r.at), (r) => r.from_unit_id, (r) => ({ at: r.at, to_unit_id: r.to_unit_id, to_unit_name: unitMap.get(r.to_unit_id)?.name ?? r.to_unit_id, reason: r.reason }))
    const checksByUnit = byUnit(c.failed_checks, (f) => inPeriod(f.at), (f) => f.unit_id ?? c.unit_id, ({ unit_id, ...finding }) => (void unit_id, finding))
    const judged = judgedByCase.get(c.id) ?? []
    // The units in the order first credited: by a deadline, then a flag, a 退回, a check result.
    const unitIds: string[] = []
    for (const d of judged) if (!unitIds.includes(d.unit_id)) unitIds.push(d.unit_id)
    for (const more of [flagsByUnit, returnsByUnit, checksByUnit]) for (const unitId of more?.keys() ?? []) if (!unitIds.includes(unitId)) unitIds.push(unitId)
    for (const unitId of unitIds) {
      const counted = unitIds.length === 1 ? judged.slice() : judged.filter((d) => d.unit_id === unitId)
      if (counted.length > 1) counted.sort((a, b) => a.due - b.due)
      const unitName = unitMap.get(unitId)?.name ?? unitId
      const group = groupOfUnit(unitId).key
      const deadlines = counted.map((d) => d.row)
      const flags = flagsByUnit?.get(unitId) ?? []
      const returns = returnsByUnit?.get(unitId)
      const failed = checksByUnit?.get(unitId) ?? []
      // Written out twice, not spread (spreading 20 000 rows was a tenth of the time): `returns` only when there are some.
      const row: ReviewCaseRow = returns
        ? { id: c.id, title: c.title, unit_id: unitId, unit_name: unitName, group, deadlines, flags, returns, failed_checks: failed }
        : { id: c.id, title: c.title, unit_id: unitId, unit_name: unitName, group, deadlines, flags, failed_checks: failed }
      entries.push({ row, counted })
    }
  }
  entries.sort((a, b) => a.row.id - b.row.id || a.row.unit_id.localeCompare(b.row.unit_id))

  // Every figure in one walk over the sorted rows: per group, all, time to meet and the weeks.
  const weekBounds: { from: number; to: number; counts: OnTimeCounts }[] = []
  for (let start = from; start < to; ) {
    const end = Math.min(to, beijingWeekStart(start) + 7 * 24 * HOUR_MS)
    weekBounds.push({ from: start, to: end, counts: emptyCounts() })
    start = end
  }
  const timeToMeet = Object.fromEntries(DEADLINE_KINDS.map((k) => [k, TIME_TO_MEET_EDGES_H.map(() => 0).concat(0)])) as Record<DeadlineKind, number[]>
  const byGroup = new Map<string, { name: string; sum: FiguresSum }>()
  const all = emptySum()
  const rows: ReviewCaseRow[] = []
  for (const { row, counted } of entries) {
    rows.push(row)
    let g = byGroup.get(row.group)
    if (!g) byGroup.set(row.group, (g = { name: groupOfUnit(row.unit_id).name, sum: emptySum() }))
    addRow(g.sum, row, counted)
    addRow(all, row, counted)
    for (const d of counted) {
      if (d.to_meet !== null) {
        const hours = d.to_meet / HOUR_MS
        let bucket = 0
        while (bucket < TIME_TO_MEET_EDGES_H.length && !(hours < TIME_TO_MEET_EDGES_H[bucket]!)) bucket++
        timeToMeet[d.kind][bucket]!++
      }
      // Due in [from, to), so in exactly one week.
      for (const w of weekBounds) {
        if (d.due >= w.from && d.due < w.to) {
          addOutcome(w.counts, d.outcome)
          break
        }
      }
    }
  }
  const groups = [...byGroup]
    .map(([key, g]) => figuresOfSum(key, g.name, g.sum))
    .sort((a, b) => (b.on_time_rate ?? -1) - (a.on_time_rate ?? -1) || b.due - a.due || a.key.localeCompare(b.key))
  const weeks = weekBounds.map((w) => ({ from: new Date(w.from).toISOString(), to: new Date(w.to).toISOString(), due: w.counts.counted, met_on_time: w.counts.met_on_time, on_time_rate: w.counts.on_time_rate }))

  return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), as_of: asOf, by, totals: figuresOfSum('all', '合计', all), groups, time_to_meet: timeToMeet, weeks, cases: rows }
}
