import { Type, type Static } from 'typebox'
import {
  CASE_EVENT_TYPES,
  CASE_FLAGS,
  CASE_KINDS,
  CASE_ORIGINS,
  CASE_STATUSES,
  COORDINATION_PARTNERS,
  DEADLINE_KINDS,
  DEADLINE_STATES,
  EXTENSION_DECISIONS,
  LEVELS,
  SPOT_CHECK_ASPECTS,
  SPOT_CHECK_OUTCOMES,
} from '../types/case.ts'
import { Literals, Nullable } from './common.ts'

/** A case's wire shapes: GET/POST/PATCH /api/cases, the case page, the lists and the wall. */

const UnitId = Type.String({ minLength: 1, maxLength: 40 })
/** Level is checked in code so an unknown level gets YQ_ERR_BAD_CASE_LEVEL, not a generic error. */
const LevelInput = Type.String({ maxLength: 20 })
const Time = Type.String({ maxLength: 40 })
const Actor = Type.Optional(Type.String({ minLength: 1, maxLength: 64 }))

export const UnitRef = Type.Object({ id: Type.String(), name: Type.String() })
export type UnitRef = Static<typeof UnitRef>

/** Which entry met a deadline: its type, who filed it, and for a 退回 the unit that returned it. */
export const DeadlineMetBy = Type.Object({
  type: Literals(CASE_EVENT_TYPES),
  actor: Type.String(),
  unit_id: Type.Optional(Type.String()),
  on_behalf: Type.Optional(Type.Boolean()),
})
export type DeadlineMetBy = Static<typeof DeadlineMetBy>

/** A deadline as the API shows it: an absolute UTC instant, met only by an event. */
export const Deadline = Type.Object({
  kind: Literals(DEADLINE_KINDS),
  starts_at: Type.String(),
  due_soon_at: Type.String(),
  due_at: Type.String(),
  met_at: Nullable(Type.String()),
  state: Literals(DEADLINE_STATES),
  /** The unit this deadline is counted for (shared/policy/responsibility.ts); always sent by the API. */
  unit_id: Type.Optional(Type.String()),
  /** After an approved 延期申请: the due time before any extension, and who approved the last one. */
  original_due_at: Type.Optional(Nullable(Type.String())),
  extended_by: Type.Optional(Nullable(Type.String())),
  /**
   * The entry that met it, as the server recorded it: a 签收 clock is closed by a 签收 or by a
   * 退回 (shared/policy/deadlines.ts), and the page must say which (a returned forwarding is not signed).
   */
  met_by: Type.Optional(Nullable(DeadlineMetBy)),
})
export type Deadline = Static<typeof Deadline>

const Level = Literals(LEVELS)

/**
 * One timeline entry. `at` is when it happened (UTC); `recorded_at` when it was filed. The
 * type-specific fields are optional; the entry stays open (additionalProperties) because it is
 * stored as JSON and an older entry's field must not vanish from the page.
 */
export const CaseEvent = Type.Object(
  {
    id: Type.Integer(),
    type: Literals(CASE_EVENT_TYPES),
    at: Type.String(),
    recorded_at: Type.String(),
    actor: Type.String(),
    url: Type.Optional(Type.String()),
    unit_id: Type.Optional(Type.String()),
    level: Type.Optional(Level),
    from_level: Type.Optional(Level),
    flag: Type.Optional(Literals(CASE_FLAGS)),
    partner: Type.Optional(Literals(COORDINATION_PARTNERS)),
    item_id: Type.Optional(Type.Integer()),
    note: Type.Optional(Type.String()),
    reason: Type.Optional(Type.String()),
    from: Type.Optional(Type.String()),
    to: Type.Optional(Type.String()),
    /** For `spot_checked`: the check it belongs to, the reviewer's finding and what was looked at (the unit judged is `unit_id`). */
    check_id: Type.Optional(Type.Integer()),
    outcome: Type.Optional(Literals(SPOT_CHECK_OUTCOMES)),
    aspects: Type.Optional(Type.Array(Literals(SPOT_CHECK_ASPECTS))),
    /** An office account that vouched for a claimed time further back than the policy's tolerance (shared/policy/claimed-time.ts). */
    at_confirmed_by: Type.Optional(Type.String()),
    /** For `acknowledged`: an office account signed (代签收) on behalf of the receiving unit `unit_id`. */
    on_behalf: Type.Optional(Type.Boolean()),
    /** For `forwarded` and `returned`: the unit responsible until this entry (for `returned`, the unit that returned it). */
    previous_unit_id: Type.Optional(Type.String()),
    /**
     * For `extension_requested` / `extension_decided`: which deadline (its kind and its place among
     * that kind's deadlines, oldest first), its due time when asked (`from`) and the time asked for (`to`).
     */
    deadline_kind: Type.Optional(Literals(DEADLINE_KINDS)),
    deadline_index: Type.Optional(Type.Integer()),
    /** For `extension_decided`: the request decided on and the decision. */
    request_id: Type.Optional(Type.Integer()),
    decision: Type.Optional(Literals(EXTENSION_DECISIONS)),
    /** For `updated` and `opened`: what was set, `{field: [before, after]}`. */
    changes: Type.Optional(Type.Record(Type.String(), Type.Array(Type.Unknown(), { minItems: 2, maxItems: 2 }))),
    /** For `notified` / `notify_failed` / `escalated`: what the message was about and who got it. */
    cause: Type.Optional(Type.String()),
    recipient: Type.Optional(Type.String()),
    channel: Type.Optional(Type.Object({ id: Type.Integer(), kind: Type.String(), name: Type.String() })),
    delivery_id: Type.Optional(Type.Integer()),
    error: Type.Optional(Type.String()),
    /** For `escalated`: 1 = the city's counterpart (or city government), 2 = the provincial office. */
    step: Type.Optional(Type.Integer()),
  },
  { additionalProperties: true },
)
export type CaseEvent = Static<typeof CaseEvent>

/** Whether the responsible unit was reached, for the wall's 已通知 hh:mm / 未送达. */
export const CaseReach = Type.Object({ state: Literals(['sent', 'failed', 'pending', 'none'] as const), at: Nullable(Type.String()) })
export type CaseReach = Static<typeof CaseReach>

export const CaseItemRef = Type.Object({ id: Type.Integer(), title: Type.String(), link: Nullable(Type.String()), first_seen_at: Type.String() })
export type CaseItemRef = Static<typeof CaseItemRef>

const caseFields = {
  id: Type.Integer(),
  title: Type.String(),
  kind: Literals(CASE_KINDS),
  level: Level,
  status: Literals(CASE_STATUSES),
  origin: Literals(CASE_ORIGINS),
  policy_id: Type.String(),
  clock_start: Type.String(),
  clock_start_reason: Nullable(Type.String()),
  unit: UnitRef,
  lead_unit: Nullable(UnitRef),
  cooperating_units: Type.Array(UnitRef),
  supervised: Type.Boolean(),
  drill: Type.Boolean(),
  created_at: Type.String(),
  updated_at: Type.String(),
  items: Type.Array(CaseItemRef),
  deadlines: Type.Array(Deadline),
  /** The responsible unit's latest message. */
  reach: CaseReach,
}

/** A case as lists and the wall see it: everything but the timeline. */
export const CaseSummary = Type.Object(caseFields)
export type CaseSummary = Static<typeof CaseSummary>
export const Case = Type.Object({ ...caseFields, timeline: Type.Array(CaseEvent) })
export type Case = Static<typeof Case>

export const CaseList = Type.Object({ cases: Type.Array(CaseSummary) })
export type CaseList = Static<typeof CaseList>

export const NewCase = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Literals(CASE_KINDS),
    level: LevelInput,
    item_ids: Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 500 }),
    unit_id: Type.Optional(UnitId),
    clock_start: Type.Optional(Time),
    clock_start_reason: Type.Optional(Type.String({ maxLength: 500 })),
    origin: Type.Optional(Literals(CASE_ORIGINS)),
    lead_unit_id: Type.Optional(UnitId),
    cooperating_unit_ids: Type.Optional(Type.Array(UnitId, { maxItems: 20 })),
    supervised: Type.Optional(Type.Boolean()),
    drill: Type.Optional(Type.Boolean()),
    actor: Actor,
  },
  { additionalProperties: false },
)
export type NewCase = Static<typeof NewCase>

export const CasePatch = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    level: Type.Optional(LevelInput),
    status: Type.Optional(Literals(CASE_STATUSES)),
    unit_id: Type.Optional(UnitId),
    lead_unit_id: Type.Optional(Type.Union([UnitId, Type.Null()])),
    cooperating_unit_ids: Type.Optional(Type.Array(UnitId, { maxItems: 20 })),
    supervised: Type.Optional(Type.Boolean()),
    drill: Type.Optional(Type.Boolean()),
    clock_start: Type.Optional(Time),
    clock_start_reason: Type.Optional(Type.String({ maxLength: 500 })),
    add_item_ids: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 500 })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    actor: Actor,
  },
  { additionalProperties: false },
)
export type CasePatch = Static<typeof CasePatch>

/** Type and the type-specific fields are checked in code, per type, with stable error codes. */
export const NewCaseEvent = Type.Object(
  {
    type: Type.String({ maxLength: 40 }),
    /** When it happened; omitted, the moment the server records it. */
    at: Type.Optional(Time),
    url: Type.Optional(Type.String({ maxLength: 2048 })),
    unit_id: Type.Optional(UnitId),
    level: Type.Optional(LevelInput),
    flag: Type.Optional(Type.String({ maxLength: 40 })),
    partner: Type.Optional(Type.String({ maxLength: 40 })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    /** 退回 / 延期申请 / 延期审批: why. */
    reason: Type.Optional(Type.String({ maxLength: 500 })),
    /** 延期申请: which deadline (kind, place among that kind, oldest first) and the due time asked for. */
    deadline_kind: Type.Optional(Type.String({ maxLength: 40 })),
    deadline_index: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
    to: Type.Optional(Time),
    /** 延期审批: the request decided on and the decision. */
    request_id: Type.Optional(Type.Integer({ minimum: 1 })),
    decision: Type.Optional(Type.String({ maxLength: 20 })),
    actor: Actor,
  },
  { additionalProperties: false },
)
export type NewCaseEvent = Static<typeof NewCaseEvent>

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 })

/** The list's filters; the CSV export takes the same ones, so the file holds what the page shows. */
export const CaseListQuery = Type.Object(
  {
    status: Type.Optional(Literals(CASE_STATUSES)),
    unit_id: Type.Optional(UnitId),
    level: Type.Optional(Level),
    overdue: Type.Optional(Type.Boolean()),
    drill: Type.Optional(Type.Boolean()),
    supervised: Type.Optional(Type.Boolean()),
    /** A Shandong city's division code. */
    city: Type.Optional(Type.String({ pattern: '^37(0[1-9]|1[0-7])00$', maxLength: 6 })),
    /** Up to 30 days ahead. */
    due_within_h: Type.Optional(Type.Integer({ minimum: 1, maximum: 720 })),
    opened_from: Type.Optional(Day),
    opened_to: Type.Optional(Day),
    /** Keyword in the title or unit name: printable text, at most 100 characters. */
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\u0000-\\u001f\\u007f]+$' })),
    mine: Type.Optional(Type.Boolean()),
    awaiting_ack: Type.Optional(Type.Boolean()),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  },
  { additionalProperties: false },
)
export type CaseListQuery = Static<typeof CaseListQuery>
