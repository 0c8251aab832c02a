import type { DeadlineKind } from '../types/case.ts'
import { isPraised, measureFor, type BulletinMeasure, type ReviewPolicy } from './policy.ts'
import type { GroupFigures, TimelinessReport } from './types.ts'

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
    measure: measureFor(policy, g)?.measure ?? (isPraised(g) ? 'praise' : null),
  })
  const ranking = report.groups.filter((g) => g.on_time_rate !== null).map((g, i): BulletinRankRow => ({ rank: i + 1, ...row(g) }))
  const unranked = report.groups
    .filter((g) => g.on_time_rate === null)
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((g): BulletinUnrankedRow => ({ ...row(g), pending: g.pending }))
  return { from: report.from, to: report.to, as_of: report.as_of, totals, ranking, unranked, policy }
}

/** Late and overdue deadlines of the period, most late first. */
export function lateRows(report: TimelinessReport): BulletinLateRow[] {
  const out: BulletinLateRow[] = []
  for (const c of report.cases) {
    for (const d of c.deadlines) {
      if (d.outcome !== 'met_late' && d.outcome !== 'overdue') continue
      out.push({ case_id: c.id, title: c.title, unit_name: c.unit_name, kind: d.kind, due_at: d.due_at, met_at: d.met_at, outcome: d.outcome, late_ms: d.late_ms })
    }
  }
  return out.sort((a, b) => b.late_ms - a.late_ms || a.case_id - b.case_id)
}

export interface BulletinChange {
  /** What changed, e.g. `totals.overdue` or `unit 370100 met_late`. */
  what: string
  before: unknown
  after: unknown
}

const RANK_FIELDS = ['due', 'met_on_time', 'met_late', 'overdue', 'on_time_rate', 'flags_total', 'measure'] as const
const TOTAL_FIELDS = ['cases', 'due', 'met_on_time', 'met_late', 'overdue', 'pending', 'flags_total'] as const

/** What a new version of a bulletin states differently from the previous one. */
export function diffBulletins(before: BulletinFigures, after: BulletinFigures): BulletinChange[] {
  const changes: BulletinChange[] = []
  for (const f of TOTAL_FIELDS) if (before.totals[f] !== after.totals[f]) changes.push({ what: `totals.${f}`, before: before.totals[f], after: after.totals[f] })
  const listed = (f: BulletinFigures) => [...f.ranking, ...(f.unranked ?? [])]
  const ids = [...new Set([...listed(before), ...listed(after)].map((r) => r.unit_id))].sort()
  for (const id of ids) {
    const b = listed(before).find((r) => r.unit_id === id)
    const a = listed(after).find((r) => r.unit_id === id)
    if (!b || !a) {
      changes.push({ what: `unit ${id}`, before: b ? 'listed' : 'absent', after: a ? 'listed' : 'absent' })
      continue
    }
    for (const f of RANK_FIELDS) if (b[f] !== a[f]) changes.push({ what: `unit ${id} ${f}`, before: b[f], after: a[f] })
  }
  if (JSON.stringify(before.policy) !== JSON.stringify(after.policy)) changes.push({ what: 'policy', before: before.policy, after: after.policy })
  return changes
}
