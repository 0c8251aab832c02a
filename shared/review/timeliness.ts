import { stateAt } from '../policy/deadlines.ts'
import { CASE_FLAGS, DEADLINE_KINDS, type DeadlineKind } from '../types/case.ts'
import { groupOf } from './grouping.ts'
import { sharesByUnit } from './responsible.ts'
import {
  TIME_TO_MEET_EDGES_H,
  type FlagCounts,
  type GroupFigures,
  type KindFigures,
  type ReviewCaseInput,
  type ReviewCaseRow,
  type ReviewDeadlineRow,
  type ReviewGrouping,
  type ReviewOutcome,
  type ReviewPeriod,
  type ReviewUnit,
  type TimelinessReport,
} from './types.ts'

const HOUR_MS = 3_600_000
const ms = (iso: string): number => Date.parse(iso)

/**
 * How one deadline stands at `asOf`, the period's end. A meeting event after `asOf` has not
 * happened yet as far as the period is concerned, so a deadline due in the period and met only
 * afterwards is `overdue` in that period's figures. Uses the deadline engine's own `stateAt`.
 */
export function outcomeAt(d: { due_soon_at: string; due_at: string; met_at: string | null }, asOf: string): ReviewOutcome {
  const metAt = d.met_at !== null && ms(d.met_at) <= ms(asOf) ? d.met_at : null
  const { state } = stateAt({ ...d, met_at: metAt }, asOf)
  return state === 'due_soon' ? 'pending' : state
}

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

const rate = (met: number, due: number): number | null => (due === 0 ? null : met / due)

/** Figures for one set of case rows (one group, or all). */
export function figuresOf(key: string, name: string, rows: readonly ReviewCaseRow[]): GroupFigures {
  const byKind = Object.fromEntries(DEADLINE_KINDS.map((k) => [k, emptyKind()])) as Record<DeadlineKind, KindFigures>
  const flags = emptyFlags()
  const toMeet: number[] = []
  let pending = 0
  for (const row of rows) {
    for (const d of row.deadlines) {
      if (d.outcome === 'pending') {
        pending++
        continue
      }
      const k = byKind[d.kind]
      k.due++
      if (d.outcome === 'met') k.met_on_time++
      else if (d.outcome === 'met_late') k.met_late++
      else k.overdue++
      if (d.met_at !== null && d.outcome !== 'overdue') toMeet.push(ms(d.met_at) - ms(d.starts_at))
    }
    for (const f of row.flags) flags[f.flag]++
  }
  for (const k of Object.values(byKind)) k.on_time_rate = rate(k.met_on_time, k.due)
  const sum = (f: (k: KindFigures) => number) => Object.values(byKind).reduce((s, k) => s + f(k), 0)
  const due = sum((k) => k.due)
  const metOnTime = sum((k) => k.met_on_time)
  toMeet.sort((a, b) => a - b)
  return {
    key,
    name,
    // A forwarded case may have a row per unit; it is still one case.
    cases: new Set(rows.map((r) => r.id)).size,
    due,
    met_on_time: metOnTime,
    met_late: sum((k) => k.met_late),
    overdue: sum((k) => k.overdue),
    pending,
    on_time_rate: rate(metOnTime, due),
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
 * The timeliness review of a period — the one definition of these numbers, used by the API,
 * the bulletin and the review page alike.
 *
 * Which deadlines belong to the period [from, to): those whose `due_at` lies in it (from
 * inclusive, to exclusive). They are judged as at `as_of` = min(to, now):
 * - `met` (on time): its meeting event at or before `due_at`, and at or before `as_of`;
 * - `met_late`: met after `due_at`, at or before `as_of`;
 * - `overdue`: not met by `as_of`, and `due_at` ≤ `as_of` — including deadlines met only after the
 *   period ended (at the period's end they were overdue; a bulletin does not change with later work);
 * - `pending`: due after `as_of` (a period still running) and not met: counted as neither, reported apart.
 * `due` = met + met_late + overdue; on-time rate = met / due (null when nothing was due).
 * Time to meet = met_at − starts_at over met and met_late deadlines; median and p90 are nearest-rank.
 * Flags are `flagged` events whose `at` lies in the period and not after `as_of`.
 * Each deadline and flag counts for the unit responsible for it (a forwarded case counts for
 * the receiving unit from the forwarding on: shared/review/responsible.ts).
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
  const asOf = new Date(Math.min(to, ms(now))).toISOString()
  const unitMap = new Map(units.map((u) => [u.id, u]))
  const rows: ReviewCaseRow[] = []
  for (const c of cases) {
    if (c.drill) continue
    // Each deadline and flag counts for its responsible unit: one row per unit a case counts for.
    for (const share of sharesByUnit(c)) {
      const deadlines: ReviewDeadlineRow[] = share.deadlines
        .filter((d) => inPeriod(d.due_at, from, to))
        .map((d) => {
          const outcome = outcomeAt(d, asOf)
          const lateMs = outcome === 'met_late' ? ms(d.met_at!) - ms(d.due_at) : outcome === 'overdue' ? ms(asOf) - ms(d.due_at) : 0
          const met = outcome === 'met' || outcome === 'met_late'
          return { kind: d.kind, starts_at: d.starts_at, due_at: d.due_at, met_at: met ? d.met_at : null, outcome, late_ms: lateMs, ...(met && d.met_claim ? { met_claim: d.met_claim } : {}) }
        })
        .sort((a, b) => ms(a.due_at) - ms(b.due_at))
      const flags = share.flags.filter((f) => inPeriod(f.at, from, to) && ms(f.at) <= ms(asOf)).map((f) => ({ flag: f.flag, at: f.at }))
      if (deadlines.length === 0 && flags.length === 0) continue
      const unit = unitMap.get(share.unit_id)
      rows.push({ id: c.id, title: c.title, unit_id: share.unit_id, unit_name: unit?.name ?? share.unit_id, group: groupOf(share.unit_id, by, unitMap).key, deadlines, flags })
    }
  }
  rows.sort((a, b) => a.id - b.id || a.unit_id.localeCompare(b.unit_id))

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
  const decided = rows.flatMap((r) => r.deadlines.filter((d) => d.outcome !== 'pending').map((d) => ({ due: ms(d.due_at), met: d.outcome === 'met' })))
  const weeks = []
  for (let start = from; start < to; ) {
    const end = Math.min(to, beijingWeekStart(start) + 7 * 24 * HOUR_MS)
    let due = 0
    let met = 0
    for (const d of decided) {
      if (d.due < start || d.due >= end) continue
      due++
      if (d.met) met++
    }
    weeks.push({ from: new Date(start).toISOString(), to: new Date(end).toISOString(), due, met_on_time: met, on_time_rate: rate(met, due) })
    start = end
  }

  return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), as_of: asOf, by, totals: figuresOf('all', '合计', rows), groups, time_to_meet: timeToMeet, weeks, cases: rows }
}
