import { addOutcome, emptyCounts, judgeOnTime, outcomeAt, type OnTimeDeadline } from '../timeliness/on-time.ts'
import { CASE_FLAGS, DEADLINE_KINDS, type DeadlineKind } from '../types/case.ts'
import { groupOf } from './grouping.ts'
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
const ms = (iso: string): number => Date.parse(iso)

/** Re-exported: the definition lives in shared/timeliness/on-time.ts. */
export { outcomeAt }

/** Nearest-rank percentile (p in (0, 1]) of sorted values: the smallest value with at least p of the values at or below it. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!
}

function emptyKind(): KindFigures {
  return { due: 0, met_on_time: 0, met_late: 0, overdue: 0, on_time_rate: null }
}

function emptyFlags(): FlagCounts {
  return Object.fromEntries(CASE_FLAGS.map((f) => [f, 0])) as FlagCounts
}

/** Figures for one set of case rows (one group, or all). */
export function figuresOf(key: string, name: string, rows: readonly ReviewCaseRow[]): GroupFigures {
  const counts = Object.fromEntries(DEADLINE_KINDS.map((k) => [k, emptyCounts()])) as Record<DeadlineKind, ReturnType<typeof emptyCounts>>
  const total = emptyCounts()
  const flags = emptyFlags()
  const toMeet: number[] = []
  for (const row of rows) {
    for (const d of row.deadlines) {
      addOutcome(counts[d.kind], d.outcome)
      addOutcome(total, d.outcome)
      if (d.met_at !== null) toMeet.push(ms(d.met_at) - ms(d.starts_at))
    }
    for (const f of row.flags) flags[f.flag]++
  }
  const byKind = Object.fromEntries(
    DEADLINE_KINDS.map((k) => {
      const c = counts[k]
      return [k, { ...emptyKind(), due: c.counted, met_on_time: c.met_on_time, met_late: c.met_late, overdue: c.overdue, on_time_rate: c.on_time_rate }]
    }),
  ) as Record<DeadlineKind, KindFigures>
  toMeet.sort((a, b) => a - b)
  return {
    key,
    name,
    cases: rows.length,
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
  }
}

function inPeriod(at: string, from: number, to: number): boolean {
  const t = ms(at)
  return t >= from && t < to
}

/** Monday 00:00 北京时间 (UTC+8, no daylight saving) at or before `t`. */
export function beijingWeekStart(t: number): number {
  const local = t + 8 * HOUR_MS
  const day = new Date(local).getUTCDay()
  const midnight = local - (local % (24 * HOUR_MS))
  return midnight - ((day + 6) % 7) * 24 * HOUR_MS - 8 * HOUR_MS
}

/**
 * The timeliness review of a period, used by the API, the bulletin and the review page alike.
 * Which deadlines count and how is `judgeOnTime` (shared/timeliness/on-time.ts), the definition
 * the wall's 本周按时率 uses too; this adds the grouping, the per-kind figures and the rest.
 * Each deadline is credited to its own `unit_id` when it has one, else to its case's unit.
 * Time to meet = met_at − starts_at over met and met_late deadlines; median and p90 are nearest-rank.
 * Flags are `flagged` events whose `at` lies in the period and not after `as_of`.
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
  const from = ms(period.from)
  const to = ms(period.to)
  type Row = OnTimeDeadline & ReviewCaseInput['deadlines'][number] & { case_id: number }
  const judgement = judgeOnTime<Row>(
    cases.flatMap((c) => c.deadlines.map((d) => ({ ...d, unit_id: d.unit_id ?? c.unit_id, drill: c.drill, case_id: c.id }))),
    period,
    now,
  )
  const asOf = judgement.as_of
  const judgedByCase = new Map<number, ReviewDeadlineRow[]>()
  for (const j of judgement.deadlines) {
    const d = j.deadline
    const list = judgedByCase.get(d.case_id) ?? judgedByCase.set(d.case_id, []).get(d.case_id)!
    list.push({ kind: d.kind, starts_at: d.starts_at, due_at: d.due_at, met_at: j.met_at, outcome: j.outcome, late_ms: j.late_ms })
  }
  const unitMap = new Map(units.map((u) => [u.id, u]))
  const rows: ReviewCaseRow[] = []
  for (const c of cases) {
    if (c.drill) continue
    const deadlines = (judgedByCase.get(c.id) ?? []).sort((a, b) => ms(a.due_at) - ms(b.due_at))
    const flags = c.flags.filter((f) => inPeriod(f.at, from, to) && ms(f.at) <= ms(asOf)).map((f) => ({ flag: f.flag, at: f.at }))
    if (deadlines.length === 0 && flags.length === 0) continue
    const unit = unitMap.get(c.unit_id)
    rows.push({ id: c.id, title: c.title, unit_id: c.unit_id, unit_name: unit?.name ?? c.unit_id, group: groupOf(c.unit_id, by, unitMap).key, deadlines, flags })
  }
  rows.sort((a, b) => a.id - b.id)

  const byGroup = new Map<string, { name: string; rows: ReviewCaseRow[] }>()
  for (const r of rows) {
    const g = byGroup.get(r.group) ?? byGroup.set(r.group, { name: groupOf(r.unit_id, by, unitMap).name, rows: [] }).get(r.group)!
    g.rows.push(r)
  }
  const groups = [...byGroup]
    .map(([key, g]) => figuresOf(key, g.name, g.rows))
    .sort((a, b) => (b.on_time_rate ?? -1) - (a.on_time_rate ?? -1) || b.due - a.due || a.key.localeCompare(b.key))

  const timeToMeet = Object.fromEntries(DEADLINE_KINDS.map((k) => [k, TIME_TO_MEET_EDGES_H.map(() => 0).concat(0)])) as Record<DeadlineKind, number[]>
  for (const r of rows) {
    for (const d of r.deadlines) {
      if (d.met_at === null) continue
      const hours = (ms(d.met_at) - ms(d.starts_at)) / HOUR_MS
      const bucket = TIME_TO_MEET_EDGES_H.findIndex((edge) => hours < edge)
      timeToMeet[d.kind][bucket === -1 ? TIME_TO_MEET_EDGES_H.length : bucket]!++
    }
  }

  // Parsed once: Date.parse per deadline per week dominated large periods.
  const decided = rows.flatMap((r) => r.deadlines.map((d) => ({ due: ms(d.due_at), outcome: d.outcome })))
  const weeks = []
  for (let start = from; start < to; ) {
    const end = Math.min(to, beijingWeekStart(start) + 7 * 24 * HOUR_MS)
    const week = emptyCounts()
    for (const d of decided) if (d.due >= start && d.due < end) addOutcome(week, d.outcome)
    weeks.push({ from: new Date(start).toISOString(), to: new Date(end).toISOString(), due: week.counted, met_on_time: week.met_on_time, on_time_rate: week.on_time_rate })
    start = end
  }

  return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), as_of: asOf, by, totals: figuresOf('all', '合计', rows), groups, time_to_meet: timeToMeet, weeks, cases: rows }
}
