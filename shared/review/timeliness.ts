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
const WEEK_MS = 7 * 24 * HOUR_MS
const ms = instantMs

/** Re-exported: the definition lives in shared/timeliness/on-time.ts. */
export { outcomeAt }

/** Nearest-rank percentile (p in (0, 1]) of sorted values: the smallest value with at least p of the values at or below it. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!
}

/**
 * nearestRank over values in any order, found by selection rather than a sort (the figures need two
 * ranks of up to 40 000 values; sorting them was a tenth of the review's time, issue #18). Reorders
 * `values`; NaN ranks last, as in Float64Array's sort.
 */
function rankOf(values: Float64Array, p: number): number | null {
  const n = values.length
  if (n === 0) return null
  const k = Math.max(0, Math.ceil(p * n) - 1)
  // NaN to the end: [0, m) holds the numbers.
  let m = n
  for (let i = 0; i < m; ) {
    if (Number.isNaN(values[i]!)) {
      m--
      values[i] = values[m]!
      values[m] = NaN
    } else i++
  }
  if (k >= m) return NaN
  // Hoare's selection with a median-of-three pivot: afterwards values[k] is the k-th smallest.
  let lo = 0
  let hi = m - 1
  while (lo < hi) {
    const a = values[lo]!
    const b = values[(lo + hi) >> 1]!
    const c = values[hi]!
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b
    let i = lo
    let j = hi
    while (i <= j) {
      while (values[i]! < pivot) i++
      while (values[j]! > pivot) j--
      if (i <= j) {
        const t = values[i]!
        values[i++] = values[j]!
        values[j--] = t
      }
    }
    if (k <= j) hi = j
    else if (k >= i) lo = i
    else break
  }
  return values[k]!
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

/** Adds the counts of `more` to `into` (the rate from the summed counts, as addOutcome keeps it). */
function addCounts(into: OnTimeCounts, more: OnTimeCounts): void {
  into.met_on_time += more.met_on_time
  into.met_late += more.met_late
  into.overdue += more.overdue
  into.pending += more.pending
  into.counted += more.counted
  into.on_time_rate = into.counted === 0 ? null : into.met_on_time / into.counted
}

/** Adds a group's sum to the sum of all but its `cases`, which the caller counts (a forwarded case can be in two groups and is one case). */
function addSum(into: FiguresSum, more: FiguresSum): void {
  for (const k of DEADLINE_KINDS) addCounts(into.counts[k], more.counts[k])
  addCounts(into.total, more.total)
  for (const f of Object.keys(more.flags) as (keyof FlagCounts)[]) into.flags[f] += more.flags[f]
  for (const t of more.toMeet) into.toMeet.push(t)
  into.checksFailed += more.checksFailed
  into.returns += more.returns
  into.extensions += more.extensions
}

function figuresOfSum(key: string, name: string, sum: FiguresSum): GroupFigures {
  const byKind = Object.fromEntries(
    DEADLINE_KINDS.map((k) => {
      const c = sum.counts[k]
      return [k, { ...emptyKind(), due: c.counted, met_on_time: c.met_on_time, met_late: c.met_late, overdue: c.overdue, on_time_rate: c.on_time_rate }]
    }),
  ) as Record<DeadlineKind, KindFigures>
  const { total, flags } = sum
  const toMeet = Float64Array.from(sum.toMeet)
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
    median_ms_to_meet: rankOf(toMeet, 0.5),
    p90_ms_to_meet: rankOf(toMeet, 0.9),
    flags,
    flags_total: Object.values(flags).reduce((s, n) => s + n, 0),
    checks_failed: sum.checksFailed,
    returns: sum.returns,
    extensions: sum.extensions,
  }
}

/** In place by due instant, stably (an insertion sort: a case has a few deadlines, and sort's comparator calls cost more). */
function sortByDue(list: CountedDeadline[]): void {
  for (let i = 1; i < list.length; i++) {
    const d = list[i]!
    let j = i - 1
    while (j >= 0 && list[j]!.due > d.due) {
      list[j + 1] = list[j]!
      j--
    }
    list[j + 1] = d
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

/**
 * Adds `shaped` to the list of `unitId` in `out`, made on first use: most cases have no flags,
 * 退回 or check results, and a map (and a closure per kind) for each of 20 000 cases was a good part
 * of the collector's work (issue #18).
 */
function addTo<U>(out: Map<string, U[]> | undefined, unitId: string, shaped: U): Map<string, U[]> {
  out ??= new Map()
  const list = out.get(unitId)
  if (list) list.push(shaped)
  else out.set(unitId, [shaped])
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
  /** A case's deadlines of the period, in the order given; undefined when it has none. */
  const judge = (c: ReviewCaseInput, into?: CountedDeadline[]): CountedDeadline[] | undefined => {
    let out = into
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
      if (out) out.push(judged)
      else out = [judged]
    }
    return out
  }
  // Cases come in ascending id from the server, so each is judged where it is walked and its rows
  // are already in order. Otherwise (a case given twice pools its deadlines) a map by case id, and a sort.
  let ascending = true
  for (let i = 1; i < cases.length && ascending; i++) ascending = cases[i - 1]!.id < cases[i]!.id
  let judgedByCase: Map<number, CountedDeadline[]> | undefined
  if (!ascending) {
    judgedByCase = new Map()
    for (const c of cases) {
      if (c.drill) continue
      const list = judgedByCase.get(c.id)
      const judged = judge(c, list)
      if (judged && !list) judgedByCase.set(c.id, judged)
    }
  }
  const unitMap = new Map(units.map((u) => [u.id, u]))
  const groupCache = new Map<string, { key: string; name: string }>()
  const groupOfUnit = (unitId: string) => groupCache.get(unitId) ?? groupCache.set(unitId, groupOf(unitId, by, unitMap)).get(unitId)!
  const inPeriod = (at: string) => {
    const t = ms(at)
    return t >= from && t < to && t <= asOfMs
  }
  // Every figure summed row by row in their final order: per group, time to meet and the weeks;
  // all is the groups summed. With cases in ascending id each row is counted as it is made, so a
  // case's intermediate objects die young (keeping 20 000 of them for a later walk was most of the
  // collector's time, issue #18).
  const weekBounds: { from: number; to: number; counts: OnTimeCounts }[] = []
  for (let start = from; start < to; ) {
    const end = Math.min(to, beijingWeekStart(start) + WEEK_MS)
    weekBounds.push({ from: start, to: end, counts: emptyCounts() })
    start = end
  }
  // The weeks after the first are whole (北京时间 has no summer time) but the last, so a due instant's week is arithmetic.
  const firstEnd = weekBounds[0]?.to ?? to
  const lastWeek = weekBounds.length - 1
  const timeToMeet = Object.fromEntries(DEADLINE_KINDS.map((k) => [k, TIME_TO_MEET_EDGES_H.map(() => 0).concat(0)])) as Record<DeadlineKind, number[]>
  const byGroup = new Map<string, { name: string; sum: FiguresSum }>()
  const all = emptySum()
  const rows: ReviewCaseRow[] = []
  const count = (row: ReviewCaseRow, counted: readonly CountedDeadline[]) => {
    rows.push(row)
    let g = byGroup.get(row.group)
    if (!g) byGroup.set(row.group, (g = { name: groupOfUnit(row.unit_id).name, sum: emptySum() }))
    addRow(g.sum, row, counted)
    if (row.id !== all.lastId) all.cases++
    all.lastId = row.id
    for (const d of counted) {
      if (d.to_meet !== null) {
        const hours = d.to_meet / HOUR_MS
        let bucket = 0
        while (bucket < TIME_TO_MEET_EDGES_H.length && !(hours < TIME_TO_MEET_EDGES_H[bucket]!)) bucket++
        timeToMeet[d.kind][bucket]!++
      }
      // Due in [from, to), so in exactly one week.
      const w = d.due < firstEnd ? 0 : Math.min(lastWeek, 1 + Math.floor((d.due - firstEnd) / WEEK_MS))
      addOutcome(weekBounds[w]!.counts, d.outcome)
    }
  }
  // Otherwise the rows wait for the sort.
  const entries: { row: ReviewCaseRow; counted: CountedDeadline[] }[] = []
  const unitIds: string[] = []
  const addUnit = (unitId: string) => {
    if (!unitIds.includes(unitId)) unitIds.push(unitId)
  }
  for (const c of cases) {
    if (c.drill) continue
    // Flags, 退回 and 不合格 results of the period, by the unit they count for (a 退回 on the row of the unit that returned the case).
    let flagsByUnit: Map<string, ReviewCaseRow['flags']> | undefined
    let returnsByUnit: Map<string, NonNullable<ReviewCaseRow['returns']>> | undefined
    let checksByUnit: Map<string, ReviewCaseRow['failed_checks']> | undefined
    for (const f of c.flags) if (inPeriod(f.at)) flagsByUnit = addTo(flagsByUnit, f.unit_id ?? c.unit_id, { flag: f.flag, at: f.at })
    if (c.returns) {
      for (const r of c.returns) {
        if (inPeriod(r.at)) returnsByUnit = addTo(returnsByUnit, r.from_unit_id, { at: r.at, to_unit_id: r.to_unit_id, to_unit_name: unitMap.get(r.to_unit_id)?.name ?? r.to_unit_id, reason: r.reason })
      }
    }
    if (c.failed_checks) {
      for (const { unit_id, ...finding } of c.failed_checks) if (inPeriod(finding.at)) checksByUnit = addTo(checksByUnit, unit_id ?? c.unit_id, finding)
    }
    const judged = judgedByCase ? judgedByCase.get(c.id) : judge(c)
    // The units in the order first credited: by a deadline, then a flag, a 退回, a check result.
    unitIds.length = 0
    if (judged) for (const d of judged) addUnit(d.unit_id)
    if (flagsByUnit) for (const unitId of flagsByUnit.keys()) addUnit(unitId)
    if (returnsByUnit) for (const unitId of returnsByUnit.keys()) addUnit(unitId)
    if (checksByUnit) for (const unitId of checksByUnit.keys()) addUnit(unitId)
    // A case's rows in unit order, as the sort below would put them.
    if (ascending && unitIds.length > 1) unitIds.sort((a, b) => a.localeCompare(b))
    for (const unitId of unitIds) {
      // One unit (most cases): all the case's deadlines, the list itself (built above for this case alone).
      const counted = !judged ? [] : unitIds.length === 1 ? judged : judged.filter((d) => d.unit_id === unitId)
      if (counted.length > 1) sortByDue(counted)
      const deadlines: ReviewDeadlineRow[] = new Array(counted.length)
      for (let i = 0; i < counted.length; i++) deadlines[i] = counted[i]!.row
      const unitName = unitMap.get(unitId)?.name ?? unitId
      const group = groupOfUnit(unitId).key
      const flags = flagsByUnit?.get(unitId) ?? []
      const returns = returnsByUnit?.get(unitId)
      const failed = checksByUnit?.get(unitId) ?? []
      // Written out twice, not spread (spreading 20 000 rows was a tenth of the time): `returns` only when there are some.
      const row: ReviewCaseRow = returns
        ? { id: c.id, title: c.title, unit_id: unitId, unit_name: unitName, group, deadlines, flags, returns, failed_checks: failed }
        : { id: c.id, title: c.title, unit_id: unitId, unit_name: unitName, group, deadlines, flags, failed_checks: failed }
      if (ascending) count(row, counted)
      else entries.push({ row, counted })
    }
  }
  // Rows by case id, then unit.
  if (!ascending) {
    entries.sort((a, b) => a.row.id - b.row.id || a.row.unit_id.localeCompare(b.row.unit_id))
    for (const { row, counted } of entries) count(row, counted)
  }

  for (const g of byGroup.values()) addSum(all, g.sum)
  const groups = [...byGroup]
    .map(([key, g]) => figuresOfSum(key, g.name, g.sum))
    .sort((a, b) => (b.on_time_rate ?? -1) - (a.on_time_rate ?? -1) || b.due - a.due || a.key.localeCompare(b.key))
  const weeks = weekBounds.map((w) => ({ from: new Date(w.from).toISOString(), to: new Date(w.to).toISOString(), due: w.counts.counted, met_on_time: w.counts.met_on_time, on_time_rate: w.counts.on_time_rate }))

  return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), as_of: asOf, by, totals: figuresOfSum('all', '合计', all), groups, time_to_meet: timeToMeet, weeks, cases: rows }
}
