import type { GroupFigures } from './types.ts'

/** The bulletin's measures, strongest first. */
export type BulletinMeasure = 'interview' | 'criticise'

export interface MeasureRule {
  measure: BulletinMeasure
  /** 约谈整改 / 通报批评. */
  label: string
  /** Applies when the unit has at least this many late-or-overdue deadlines (met_late + overdue). */
  min_late_or_overdue?: number
  /** … or at least this many flags (处置不得力 / 回应不妥当 / 报告不及时). */
  min_flags?: number
  /** … or at least this many 不合格 results of irregular checks (不定期检查). */
  min_failed_checks?: number
}

/** What the review measures against; data, so a deployment can choose other values. */
export interface ReviewPolicy {
  /** The on-time rate a unit is expected to reach (the target line on the review page). */
  on_time_target: number
  /** Checked in order; a unit gets the first measure whose thresholds it reaches. */
  measures: readonly MeasureRule[]
}

export const DEFAULT_REVIEW_POLICY: ReviewPolicy = Object.freeze<ReviewPolicy>({
  on_time_target: 0.9,
  measures: [
    { measure: 'interview', label: '约谈整改', min_flags: 1 },
    { measure: 'criticise', label: '通报批评', min_late_or_overdue: 2, min_failed_checks: 1 },
  ],
})

function reaches(rule: MeasureRule, g: GroupFigures): boolean {
  const late = rule.min_late_or_overdue !== undefined && g.met_late + g.overdue >= rule.min_late_or_overdue
  const flagged = rule.min_flags !== undefined && g.flags_total >= rule.min_flags
  const failedChecks = rule.min_failed_checks !== undefined && g.checks_failed >= rule.min_failed_checks
  return late || flagged || failedChecks
}

/** The measure a unit's figures call for under the policy, or null. */
export function measureFor(policy: ReviewPolicy, g: GroupFigures): MeasureRule | null {
  return policy.measures.find((rule) => reaches(rule, g)) ?? null
}

/** Praised (通报表扬): something was due and every deadline was met on time, with no flag and no failed check. */
export function isPraised(g: GroupFigures): boolean {
  return g.due > 0 && g.met_on_time === g.due && g.flags_total === 0 && g.checks_failed === 0
}

/** The rule in words, as the bulletin prints it. */
export function describeRule(rule: MeasureRule): string {
  const parts: string[] = []
  if (rule.min_flags !== undefined) parts.push(`存在处置不得力、回应不妥当或报告不及时情形${rule.min_flags}次及以上`)
  if (rule.min_late_or_overdue !== undefined) parts.push(`超时办结或超时未办${rule.min_late_or_overdue}项及以上`)
  if (rule.min_failed_checks !== undefined) parts.push(`不定期检查不合格${rule.min_failed_checks}次及以上`)
  return `${parts.join('或')}的，予以${rule.label}`
}
