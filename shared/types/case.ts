import type { Level } from './item.ts'

export type { Level }
export const LEVELS: readonly Level[] = ['I', 'II', 'III', 'IV']

/** `incident`: a sudden event (突发事件); `opinion`: any other 政务舆情. */
export type CaseKind = 'incident' | 'opinion'
export const CASE_KINDS: readonly CaseKind[] = ['incident', 'opinion']

/** new → 研判 → 回应 → 处置 → closed; a closed case may be reopened. */
export type CaseStatus = 'new' | 'assessing' | 'responding' | 'handling' | 'closed'
export const CASE_STATUSES: readonly CaseStatus[] = ['new', 'assessing', 'responding', 'handling', 'closed']

/** Where the case came from: found by monitoring, or forwarded (转办) by 国办 / 省政府办公厅. */
export type CaseOrigin = 'detected' | 'state_council_forward' | 'provincial_office_forward'
export const CASE_ORIGINS: readonly CaseOrigin[] = ['detected', 'state_council_forward', 'provincial_office_forward']

export type DeadlineKind = 'authoritative_info' | 'press_conference' | 'response' | 'follow_up' | 'acknowledgement'
export const DEADLINE_KINDS: readonly DeadlineKind[] = ['authoritative_info', 'press_conference', 'response', 'follow_up', 'acknowledgement']

export type DeadlineState = 'pending' | 'due_soon' | 'overdue' | 'met' | 'met_late'
export const DEADLINE_STATES: readonly DeadlineState[] = ['pending', 'due_soon', 'overdue', 'met', 'met_late']

/** The timeline's event types; those named after a deadline kind meet it (`acknowledged` meets `acknowledgement`). */
export type CaseEventType =
  | 'opened'
  | 'item_linked'
  | 'level_changed'
  | 'clock_moved'
  | 'updated'
  | 'forwarded'
  | 'acknowledged'
  | 'assessment'
  | 'authoritative_info'
  | 'press_conference'
  | 'response'
  | 'follow_up'
  | 'disposal'
  | 'reported'
  | 'coordinated'
  | 'flagged'
  | 'closed'
  | 'reopened'
  /** 不定期检查: a reviewer's re-check of a closed case, written by the review concern. */
  | 'spot_checked'
  /** 预警推送, written by the notify concern: a message delivered, one that failed for good, a step up the ladder. */
  | 'notified'
  | 'notify_failed'
  | 'escalated'

/** Event types an operator may file through `POST /api/cases/:id/events`; the others the server writes itself. */
export type FiledEventType = Exclude<CaseEventType, 'opened' | 'item_linked' | 'clock_moved' | 'updated' | 'spot_checked' | 'notified' | 'notify_failed' | 'escalated'>
export const FILED_EVENT_TYPES: readonly FiledEventType[] = [
  'forwarded',
  'acknowledged',
  'assessment',
  'authoritative_info',
  'press_conference',
  'response',
  'follow_up',
  'disposal',
  'reported',
  'coordinated',
  'flagged',
  'level_changed',
  'closed',
  'reopened',
]

/** 处置不得力 / 回应不妥当 / 报告不及时. */
export type CaseFlag = 'ineffective_handling' | 'improper_response' | 'late_report'
export const CASE_FLAGS: readonly CaseFlag[] = ['ineffective_handling', 'improper_response', 'late_report']

/** A re-check's finding: 合格 / 不合格. */
export type SpotCheckOutcome = 'pass' | 'fail'
export const SPOT_CHECK_OUTCOMES: readonly SpotCheckOutcome[] = ['pass', 'fail']

/** 宣传 / 网信 / 通信管理. */
export type CoordinationPartner = 'propaganda' | 'cyberspace' | 'telecom'
export const COORDINATION_PARTNERS: readonly CoordinationPartner[] = ['propaganda', 'cyberspace', 'telecom']

/** One timeline entry. `at` is when it happened (UTC); `recorded_at` when it was filed. */
export interface CaseEvent {
  id: number
  type: CaseEventType
  at: string
  recorded_at: string
  actor: string
  url?: string
  unit_id?: string
  level?: Level
  from_level?: Level
  flag?: CaseFlag
  partner?: CoordinationPartner
  item_id?: number
  note?: string
  reason?: string
  from?: string
  to?: string
  /** For `spot_checked`: the check it belongs to and the reviewer's finding. */
  check_id?: number
  outcome?: SpotCheckOutcome
  /** For `updated` and `opened`: what was set, `{field: [before, after]}`. */
  changes?: Record<string, [unknown, unknown]>
  /** For `notified` / `notify_failed` / `escalated`: what the message was about and who got it. */
  cause?: string
  recipient?: string
  channel?: { id: number; kind: string; name: string }
  delivery_id?: number
  error?: string
  /** For `escalated`: 1 = the city's counterpart (or city government), 2 = the provincial office. */
  step?: number
}

/** Whether the responsible unit was reached, for the wall's 已通知 hh:mm / 未送达. */
export interface CaseReach {
  state: 'sent' | 'failed' | 'pending' | 'none'
  at: string | null
}

/** A deadline as the API shows it: an absolute UTC instant, met only by an event. */
export interface Deadline {
  kind: DeadlineKind
  starts_at: string
  due_soon_at: string
  due_at: string
  met_at: string | null
  state: DeadlineState
}

export interface CaseItemRef {
  id: number
  title: string
  link: string | null
  first_seen_at: string
}

export interface UnitRef {
  id: string
  name: string
}

export interface Case {
  id: number
  title: string
  kind: CaseKind
  level: Level
  status: CaseStatus
  origin: CaseOrigin
  policy_id: string
  clock_start: string
  clock_start_reason: string | null
  unit: UnitRef
  lead_unit: UnitRef | null
  cooperating_units: UnitRef[]
  supervised: boolean
  drill: boolean
  created_at: string
  updated_at: string
  items: CaseItemRef[]
  deadlines: Deadline[]
  /** The responsible unit's latest message. */
  reach: CaseReach
  timeline: CaseEvent[]
}

/** What `deadline:due_soon` / `deadline:overdue` carry. */
export interface DeadlineCrossing {
  case_id: number
  case_title: string
  level: Level
  unit_id: string
  kind: DeadlineKind
  due_at: string
  crossing: 'due_soon' | 'overdue'
}
