import type { DeadlineKind, SpotCheckAspect } from '../types/case.ts'
import { isPraised, measureFor, type BulletinMeasure, type ReviewPolicy } from './policy.ts'
import type { GroupFigures, ReviewOutcome, TimelinessReport } from './types.ts'

export interface BulletinRankRow {
  rank: number
  unit_id: string
  unit_name: string
  cases: number
  due: number
  met_on_time: number
  met_late: number
  overdue: number
  on_time_rate: number | null
  flags_total: number
  /** 不定期检查不合格; absent from bulletins issued before checks were counted. */
  checks_failed?: number
  /** 退回 the unit made, and its deadlines moved by an approved 延期; absent from bulletins issued before they were counted. */
  returns?: number
  extensions?: number
  measure: BulletinMeasure | 'praise' | null
}

export interface BulletinLateRow {
  case_id: number
  title: string
  unit_name: string
  kind: DeadlineKind
  due_at: string
  met_at: string | null
  outcome: 'met_late' | 'overdue'
  late_ms: number
  /** When an approved 延期 moved `due_at`: the due time before. */
  original_due_at?: string
}

/** A unit with something in the period (a flag, or deadlines all 未到期) but nothing counted: listed as 无应办事项, never ranked. */
export type BulletinUnrankedRow = Omit<BulletinRankRow, 'rank'> & { pending: number }

/** Everything a bulletin states: stored when issued, so a later version can be compared with it. */
export interface BulletinFigures {
  from: string
  to: string
  as_of: string
  totals: Omit<GroupFigures, 'key' | 'name'>
  ranking: BulletinRankRow[]
  /** Absent from bulletins issued before units with nothing counted were listed apart. */
  unranked?: BulletinUnrankedRow[]
  policy: ReviewPolicy
}

/**
 * A bulletin's figures from a by-unit review: units with a counted deadline ranked by on-time
 * rate (then more deadlines first, then unit id); units with nothing counted (无应办事项: only
 * flags, or deadlines all 未到期) are listed apart and never ranked. Each unit gets the policy's
 * measure, or `praise` when all was on time.
 */
export function bulletinFigures(report: TimelinessReport, policy: ReviewPolicy): BulletinFigures {
  if (report.by !== 'unit') throw new Error('a bulletin ranks units: compute the review by unit')
  const totals: Omit<GroupFigures, 'key' | 'name'> & { key?: string; name?: string } = { ...report.totals }
  delete totals.key
  delete totals.name
  const row = (g: GroupFigures): Omit<BulletinRankRow, 'rank'> => ({
    unit_id: g.key,
    unit_name: g.name,
    cases: g.cases,
    due: g.due,
    met_on_time: g.met_on_time,
    met_late: g.met_late,
    overdue: g.overdue,
    on_time_rate: g.on_time_rate,
    flags_total: g.flags_total,
    checks_failed: g.checks_failed,
    returns: g.returns,
    extensions: g.extensions,
    measure: measureFor(policy, g)?.measure ?? (isPraised(g) ? 'praise' : null),
  })
  const ranking = report.groups.filter((g) => g.on_time_rate !== null).map((g, i): BulletinRankRow => ({ rank: i + 1, ...row(g) }))
  const unranked = report.groups
    .filter((g) => g.on_time_rate === null)
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((g): BulletinUnrankedRow => ({ ...row(g), pending: g.pending }))
  return { from: report.from, to: report.to, as_of: report.as_of, totals, ranking, unranked, policy }
}

/** A 不合格 finding of the period, as the bulletin lists it. */
export interface BulletinCheckRow {
  check_id: number
  case_id: number
  title: string
  unit_name: string
  at: string
  aspects: SpotCheckAspect[]
  note: string
}

/** 不合格 results of irregular checks recorded in the period, per unit judged, oldest first. */
export function failedCheckRows(report: TimelinessReport): BulletinCheckRow[] {
  const out = report.cases.flatMap((c) => c.failed_checks.map((f) => ({ check_id: f.check_id, case_id: c.id, title: c.title, unit_name: c.unit_name, at: f.at, aspects: f.aspects, note: f.note })))
  return out.sort((a, b) => a.at.localeCompare(b.at) || a.case_id - b.case_id)
}

/** Late and overdue deadlines of the period, most late first. */
export function lateRows(report: TimelinessReport): BulletinLateRow[] {
  const out: BulletinLateRow[] = []
  for (const c of report.cases) {
    for (const d of c.deadlines) {
      if (d.outcome !== 'met_late' && d.outcome !== 'overdue') continue
      out.push({ case_id: c.id, title: c.title, unit_name: c.unit_name, kind: d.kind, due_at: d.due_at, met_at: d.met_at, outcome: d.outcome, late_ms: d.late_ms, ...(d.extension ? { original_due_at: d.extension.original_due_at } : {}) })
    }
  }
  return out.sort((a, b) => b.late_ms - a.late_ms || a.case_id - b.case_id)
}

/** A deadline of the period an approved 延期申请 moved: the due time before and after, who approved, how it stood. */
export interface BulletinExtensionRow {
  case_id: number
  title: string
  unit_name: string
  kind: DeadlineKind
  original_due_at: string
  due_at: string
  by: string | null
  met_at: string | null
  outcome: ReviewOutcome
}

/** Extended deadlines of the period, per unit, by their new due time. */
export function extensionRows(report: TimelinessReport): BulletinExtensionRow[] {
  const out = report.cases.flatMap((c) =>
    c.deadlines.flatMap((d) => (d.extension ? [{ case_id: c.id, title: c.title, unit_name: c.unit_name, kind: d.kind, original_due_at: d.extension.original_due_at, due_at: d.due_at, by: d.extension.by, met_at: d.met_at, outcome: d.outcome }] : [])),
  )
  return out.sort((a, b) => a.unit_name.localeCompare(b.unit_name) || a.due_at.localeCompare(b.due_at) || a.case_id - b.case_id)
}

/** A 退回 of the period, as the bulletin lists it. */
export interface BulletinReturnRow {
  case_id: number
  title: string
  unit_name: string
  to_unit_name: string
  at: string
  reason: string
}

/** 退回 made in the period, oldest first. */
export function returnRows(report: TimelinessReport): BulletinReturnRow[] {
  const out = report.cases.flatMap((c) => (c.returns ?? []).map((r) => ({ case_id: c.id, title: c.title, unit_name: c.unit_name, to_unit_name: r.to_unit_name, at: r.at, reason: r.reason })))
  return out.sort((a, b) => a.at.localeCompare(b.at) || a.case_id - b.case_id)
}

export interface BulletinChange {
  /** What changed, e.g. `totals.overdue` or `unit 370100 met_late`. */
  what: string
  before: unknown
  after: unknown
}

const RANK_FIELDS = ['due', 'met_on_time', 'met_late', 'overdue', 'on_time_rate', 'flags_total', 'checks_failed', 'returns', 'extensions', 'measure'] as const
const TOTAL_FIELDS = ['cases', 'due', 'met_on_time', 'met_late', 'overdue', 'pending', 'flags_total', 'checks_failed', 'returns', 'extensions'] as const
/** A bulletin issued before checks, 退回 and 延期 were counted states none. */
const LATER_COUNTS: ReadonlySet<string> = new Set(['checks_failed', 'returns', 'extensions'])
const orZero = (v: unknown, f: string) => (LATER_COUNTS.has(f) ? (v ?? 0) : v)

/** What a new version of a bulletin states differently from the previous one. */
export function diffBulletins(before: BulletinFigures, after: BulletinFigures): BulletinChange[] {
  const changes: BulletinChange[] = []
  for (const f of TOTAL_FIELDS) {
    const [b, a] = [orZero(before.totals[f], f), orZero(after.totals[f], f)]
    if (b !== a) changes.push({ what: `totals.${f}`, before: b, after: a })
  }
  const listed = (f: BulletinFigures) => [...f.ranking, ...(f.unranked ?? [])]
  const ids = [...new Set([...listed(before), ...listed(after)].map((r) => r.unit_id))].sort()
  for (const id of ids) {
    const b = listed(before).find((r) => r.unit_id === id)
    const a = listed(after).find((r) => r.unit_id === id)
    if (!b || !a) {
      changes.push({ what: `unit ${id}`, before: b ? 'listed' : 'absent', after: a ? 'listed' : 'absent' })
      continue
    }
    for (const f of RANK_FIELDS) {
      const [was, now] = [orZero(b[f], f), orZero(a[f], f)]
      if (was !== now) changes.push({ what: `unit ${id} ${f}`, before: was, after: now })
    }
  }
  if (JSON.stringify(before.policy) !== JSON.stringify(after.policy)) changes.push({ what: 'policy', before: before.policy, after: after.policy })
  return changes
}
