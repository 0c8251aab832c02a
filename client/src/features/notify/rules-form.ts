/** The rules form's model: the text typed, what is wrong with it, and the body PUT /api/notify/rules takes. */
import { NOTIFY_CAUSES, type NotifyCause } from '@shared/notify/channels.ts'
import type { NotifyRules } from './notify-types.ts'

export interface RulesDraft {
  causes: NotifyCause[]
  minInterval: string
  quietOn: boolean
  quietStart: string
  quietEnd: string
  includeClosed: boolean
}

/** The causes offered as checkboxes; 办结 is its own switch (`include_closed`), as the server reads it. */
export const RULE_CAUSES: readonly NotifyCause[] = NOTIFY_CAUSES.filter((c) => c !== 'closed')

export type RulesProblem = 'noCause' | 'badInterval' | 'badQuiet'
export const MAX_INTERVAL_MIN = 1440
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/
/** Shown when quiet hours are first switched on: the night. */
const DEFAULT_QUIET = { start: '22:00', end: '07:00' }

export function rulesDraft(rules: NotifyRules): RulesDraft {
  return {
    causes: RULE_CAUSES.filter((c) => rules.causes.includes(c)),
    minInterval: String(rules.min_interval_min),
    quietOn: rules.quiet_hours !== null,
    quietStart: rules.quiet_hours?.start ?? DEFAULT_QUIET.start,
    quietEnd: rules.quiet_hours?.end ?? DEFAULT_QUIET.end,
    includeClosed: rules.include_closed,
  }
}

export function rulesProblems(d: RulesDraft): Partial<Record<'causes' | 'minInterval' | 'quiet', RulesProblem>> {
  const problems: Partial<Record<'causes' | 'minInterval' | 'quiet', RulesProblem>> = {}
  if (d.causes.length === 0) problems.causes = 'noCause'
  const n = Number(d.minInterval.trim())
  if (!/^\d+$/.test(d.minInterval.trim()) || n > MAX_INTERVAL_MIN) problems.minInterval = 'badInterval'
  if (d.quietOn && (!HH_MM.test(d.quietStart) || !HH_MM.test(d.quietEnd) || d.quietStart === d.quietEnd)) problems.quiet = 'badQuiet'
  return problems
}

export function rulesBody(d: RulesDraft): NotifyRules {
  return {
    causes: RULE_CAUSES.filter((c) => d.causes.includes(c)),
    min_interval_min: Number(d.minInterval.trim()),
    quiet_hours: d.quietOn ? { start: d.quietStart, end: d.quietEnd } : null,
    include_closed: d.includeClosed,
  }
}
