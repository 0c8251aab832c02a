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
  /** 备注: an internal note; never shown to a kiosk (the wall's projection drops the timeline). */
  | 'noted'
  /** 退回: the receiving unit hands a 转办 back, with a reason; the forwarding unit is responsible again. */
  | 'returned'
  /** 延期申请: a unit asks for a later due time for one deadline, with a reason. */
  | 'extension_requested'
  /** 延期审批: the office approves or refuses a request (`decision`). */
  | 'extension_decided'
  /** 不定期检查: a reviewer's re-check of a closed case, written by the review concern. */
  | 'spot_checked'
  /** 预警推送, written by the notify concern: a message delivered, one that failed for good, a step up the ladder. */
  | 'notified'
  | 'notify_failed'
  | 'escalated'

/** Every event type, for the timeline entry's schema (shared/api/cases.ts). */
export const CASE_EVENT_TYPES = [
  'opened', 'item_linked', 'level_changed', 'clock_moved', 'updated', 'forwarded', 'acknowledged', 'assessment',
  'authoritative_info', 'press_conference', 'response', 'follow_up', 'disposal', 'reported', 'coordinated', 'flagged',
  'closed', 'reopened', 'noted', 'returned', 'extension_requested', 'extension_decided', 'spot_checked', 'notified',
  'notify_failed', 'escalated',
] as const satisfies readonly CaseEventType[]
/** Fails to compile when a type is added to CaseEventType and not to the list. */
export const CASE_EVENT_TYPES_COMPLETE: Exclude<CaseEventType, (typeof CASE_EVENT_TYPES)[number]> extends never ? true : never = true

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
  'noted',
  'returned',
  'extension_requested',
  'extension_decided',
]

/** 批准 / 不批准 a 延期申请. */
export type ExtensionDecision = 'approved' | 'refused'
export const EXTENSION_DECISIONS: readonly ExtensionDecision[] = ['approved', 'refused']

/** 处置不得力 / 回应不妥当 / 报告不及时. */
export type CaseFlag = 'ineffective_handling' | 'improper_response' | 'late_report'
export const CASE_FLAGS: readonly CaseFlag[] = ['ineffective_handling', 'improper_response', 'late_report']

/** A re-check's finding: 合格 / 不合格. */
export type SpotCheckOutcome = 'pass' | 'fail'
export const SPOT_CHECK_OUTCOMES: readonly SpotCheckOutcome[] = ['pass', 'fail']

/** What a re-check looked at: 回应时效 / 回应内容 / 回应链接 / 处置情况 / 报送情况. */
export type SpotCheckAspect = 'timeliness' | 'response_content' | 'public_link' | 'disposal' | 'reporting'
export const SPOT_CHECK_ASPECTS: readonly SpotCheckAspect[] = ['timeliness', 'response_content', 'public_link', 'disposal', 'reporting']

/** 宣传 / 网信 / 通信管理. */
export type CoordinationPartner = 'propaganda' | 'cyberspace' | 'telecom'
export const COORDINATION_PARTNERS: readonly CoordinationPartner[] = ['propaganda', 'cyberspace', 'telecom']

// The wire shapes of a case (the case, its deadlines, its timeline entries) are written once, as
// schemas, in shared/api/cases.ts; their types are re-exported here for the domain code.
export type { Case, CaseEvent, CaseItemRef, CaseReach, CaseSummary, Deadline, DeadlineMetBy, UnitRef } from '../api/cases.ts'

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
