import type { CaseKind, DeadlineKind, Level } from '../types/case.ts'

const HOUR_MS = 3_600_000
const MINUTE_MS = 60_000

/** Where an interval comes from: the notice itself, or a choice the deployment made where the notice is silent. */
export type IntervalOrigin = 'notice' | 'deployment'

export interface PolicyInterval {
  /** From the deadline's start to its due instant. */
  ms: number
  origin: IntervalOrigin
  /** The rule as written (or why the deployment chose this value). */
  basis: string
}

/** Policies are data: a deployment can add profiles; cases remember which profile they run on. */
export interface PolicyProfile {
  id: string
  name: string
  intervals: Record<DeadlineKind, PolicyInterval>
  /** How long before its due instant a deadline counts as `due_soon` (a deployment choice for every kind). */
  dueSoonMs: Record<DeadlineKind, number>
  /** The case kinds and levels that get the 5 h / 24 h clocks instead of the 48 h one. */
  majorIncident: { kinds: readonly CaseKind[]; levels: readonly Level[] }
  /** Reminders and the escalation ladder (预警推送): none is fixed by the notice. */
  notify: Record<NotifyIntervalKind, PolicyInterval>
}

/**
 * - `still_overdue_major` / `still_overdue_other`: how often an overdue deadline is re-announced
 *   (level I/II, other levels);
 * - `escalate_city` / `escalate_province`: how long after a deadline's due instant (签收 missed,
 *   or overdue) the next level up is told — the city's counterpart (or the city government),
 *   then the provincial office's duty group.
 */
export type NotifyIntervalKind = 'still_overdue_major' | 'still_overdue_other' | 'escalate_city' | 'escalate_province'
export const NOTIFY_INTERVAL_KINDS: readonly NotifyIntervalKind[] = ['still_overdue_major', 'still_overdue_other', 'escalate_city', 'escalate_province']

/** 鲁政办发〔2018〕18号 (applying 国办发〔2016〕61号). */
export const NOTICE_PROFILE: PolicyProfile = Object.freeze<PolicyProfile>({
  id: 'lu-2018-18',
  name: '鲁政办发〔2018〕18号',
  intervals: {
    authoritative_info: { ms: 5 * HOUR_MS, origin: 'notice', basis: '特别重大、重大突发事件 最迟5小时内发布权威信息' },
    press_conference: { ms: 24 * HOUR_MS, origin: 'notice', basis: '在24小时内举行新闻发布会' },
    response: { ms: 48 * HOUR_MS, origin: 'notice', basis: '其他政务舆情 最迟48小时内予以回应' },
    follow_up: { ms: 24 * HOUR_MS, origin: 'deployment', basis: '通知要求持续发布权威信息，未规定间隔；本部署取24小时' },
    acknowledgement: { ms: 1 * HOUR_MS, origin: 'deployment', basis: '通知要求即接即办，未规定时限；本部署取1小时' },
  },
  dueSoonMs: {
    authoritative_info: 1 * HOUR_MS,
    press_conference: 4 * HOUR_MS,
    response: 8 * HOUR_MS,
    follow_up: 4 * HOUR_MS,
    acknowledgement: 15 * MINUTE_MS,
  },
  majorIncident: { kinds: ['incident'], levels: ['I', 'II'] },
  notify: {
    still_overdue_major: { ms: 30 * MINUTE_MS, origin: 'deployment', basis: '通知未规定超时后的提醒间隔；本部署对Ⅰ、Ⅱ级每30分钟提醒一次' },
    still_overdue_other: { ms: 2 * HOUR_MS, origin: 'deployment', basis: '通知未规定超时后的提醒间隔；本部署对Ⅲ、Ⅳ级每2小时提醒一次' },
    escalate_city: { ms: 0, origin: 'deployment', basis: '属地管理、分级负责：未按时签收或超时，到时即告知上一级（市级对口部门或市政府办）；时限由本部署自定' },
    escalate_province: { ms: 1 * HOUR_MS, origin: 'deployment', basis: '上一级告知后仍未签收或仍超时，1小时后告知省政府办公厅值班；时限由本部署自定' },
  },
})

export const POLICY_PROFILES: Readonly<Record<string, PolicyProfile>> = Object.freeze({ [NOTICE_PROFILE.id]: NOTICE_PROFILE })
export const DEFAULT_PROFILE_ID = NOTICE_PROFILE.id

export function isMajorIncident(profile: PolicyProfile, kind: CaseKind, level: Level): boolean {
  return profile.majorIncident.kinds.includes(kind) && profile.majorIncident.levels.includes(level)
}
