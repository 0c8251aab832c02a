import type { CaseEventType, CaseKind, DeadlineKind, DeadlineState, ExtensionDecision, Level } from '../types/case.ts'
import { isMajorIncident, type PolicyProfile } from './profile.ts'

/** The part of a timeline event the engine reads. Times are ISO 8601 UTC. */
export interface ClockEvent {
  type: CaseEventType
  at: string
  /** The timeline entry's id, so a deadline can name the entry that met it. */
  id?: number
  /** For `forwarded`: the receiving unit; for `acknowledged`: the unit that signed (签收). */
  unit_id?: string
  /** For `returned` (退回): the unit that returned the forwarding. */
  previous_unit_id?: string
  /** For an approved `extension_decided`: which deadline, its new due time, who approved. */
  deadline_kind?: DeadlineKind
  deadline_index?: number
  to?: string
  decision?: ExtensionDecision
  actor?: string
}

/** A deadline before any event is weighed against it: when it starts, when it warns, when it is due. */
export interface DeadlineSpec {
  kind: DeadlineKind
  starts_at: string
  due_soon_at: string
  due_at: string
  /** For `acknowledgement`: the unit the case was forwarded to, the only one whose 签收 meets it. */
  unit_id?: string
  /** Set when an approved 延期申请 moved `due_at`: the due time the policy gave, and who approved. */
  original_due_at?: string
  extended_by?: string
}

export interface DeadlineStatus extends DeadlineSpec {
  met_at: string | null
  /** The id of the entry that met it, when the events carry ids. */
  met_event_id: number | null
  state: DeadlineState
  /** due_at − now while unmet (negative once overdue); due_at − met_at once met (negative if late). */
  remaining_ms: number
}

/** The event type that meets each deadline kind (docs/design.md §3). */
export const MEETING_EVENT: Record<DeadlineKind, CaseEventType> = {
  authoritative_info: 'authoritative_info',
  press_conference: 'press_conference',
  response: 'response',
  follow_up: 'follow_up',
  acknowledgement: 'acknowledged',
}

/** Releases that restart the follow_up clock: 持续发布权威信息. */
const RELEASES: ReadonlySet<CaseEventType> = new Set(['authoritative_info', 'follow_up'])

const ms = (iso: string): number => Date.parse(iso)
const iso = (t: number): string => new Date(t).toISOString()

function spec(profile: PolicyProfile, kind: DeadlineKind, start: number): DeadlineSpec {
  const due = start + profile.intervals[kind].ms
  return { kind, starts_at: iso(start), due_soon_at: iso(due - profile.dueSoonMs[kind]), due_at: iso(due) }
}

function byTime(events: readonly ClockEvent[]): ClockEvent[] {
  return [...events].sort((a, b) => ms(a.at) - ms(b.at))
}

/**
 * The follow_up chain of an open major incident: the first release starts a clock, each later
 * release meets it and starts the next; closing drops a clock not yet due, reopening restarts one.
 */
function followUps(profile: PolicyProfile, events: ClockEvent[]): DeadlineSpec[] {
  const out: DeadlineSpec[] = []
  let open = true
  let released = false
  for (const e of events) {
    const t = ms(e.at)
    if (e.type === 'closed' && open) {
      open = false
      const last = out[out.length - 1]
      if (last && ms(last.due_at) > t) out.pop()
    } else if (e.type === 'reopened' && !open) {
      open = true
      if (released) out.push(spec(profile, 'follow_up', t))
    } else if (RELEASES.has(e.type) && open) {
      released = true
      out.push(spec(profile, 'follow_up', t))
    }
  }
  return out
}

/**
 * The deadlines of a case, from its policy, kind, level and clock start. A level change is a new
 * call with the new level and the same start, so new deadlines may be overdue at once.
 * `forwarded` events add an acknowledgement (签收) clock from the time of forwarding.
 */
export function computeDeadlines(
  profile: PolicyProfile,
  kind: CaseKind,
  level: Level,
  clockStart: string,
  events: readonly ClockEvent[],
): DeadlineSpec[] {
  const start = ms(clockStart)
  const sorted = byTime(events)
  const out: DeadlineSpec[] = []
  if (isMajorIncident(profile, kind, level)) {
    out.push(spec(profile, 'authoritative_info', start), spec(profile, 'press_conference', start))
    out.push(...followUps(profile, sorted))
  } else {
    out.push(spec(profile, 'response', start))
  }
  for (const e of sorted) {
    if (e.type === 'forwarded') out.push({ ...spec(profile, 'acknowledgement', ms(e.at)), ...(e.unit_id ? { unit_id: e.unit_id } : {}) })
  }
  return applyExtensions(profile, out, sorted)
}

/**
 * The deadline an extension names: the `index`-th of its kind, oldest start first. A kind and a
 * place rather than a due time, so a later level change or an earlier clock start (which move the
 * policy's due time) still finds the deadline the office extended.
 */
export function deadlineAt<T extends { kind: string; starts_at: string }>(deadlines: readonly T[], kind: DeadlineKind, index: number): T | undefined {
  return deadlines.filter((d) => d.kind === kind).sort((a, b) => ms(a.starts_at) - ms(b.starts_at))[index]
}

/** The place `deadlineAt` finds `d` at: its index among the deadlines of its kind, oldest start first. */
export function deadlineIndex<T extends { kind: string; starts_at: string }>(deadlines: readonly T[], d: T): number {
  return deadlines.filter((x) => x.kind === d.kind).sort((a, b) => ms(a.starts_at) - ms(b.starts_at)).indexOf(d)
}

/**
 * 延期: each approved extension, in order, moves its deadline's due time to the approved instant
 * (and its warning by as much), keeping the policy's own due time in `original_due_at`. An
 * approved time not later than the deadline's current due time extends nothing and is ignored
 * (a moved clock start may have overtaken it). The deadline is judged against the extended due
 * time everywhere (shared/timeliness/on-time.ts), which is fair only because a request must be
 * filed before the deadline falls due (server/cases/case-extension.ts): an extension cannot turn
 * a deadline already missed into one met on time.
 */
function applyExtensions(profile: PolicyProfile, deadlines: DeadlineSpec[], events: readonly ClockEvent[]): DeadlineSpec[] {
  for (const e of events) {
    if (e.type !== 'extension_decided' || e.decision !== 'approved' || !e.deadline_kind || e.deadline_index === undefined || !e.to) continue
    const d = deadlineAt(deadlines, e.deadline_kind, e.deadline_index)
    const to = ms(e.to)
    if (!d || !(to > ms(d.due_at))) continue
    d.original_due_at ??= d.due_at
    d.due_at = iso(to)
    d.due_soon_at = iso(to - profile.dueSoonMs[d.kind])
    if (e.actor) d.extended_by = e.actor
  }
  return deadlines
}

/**
 * A follow_up clock is met by the next release after the one that started it. A 签收 clock is met
 * only by the receiving unit's 签收 or 退回 (an entry naming no unit predates that rule and still counts).
 */
function meets(d: DeadlineSpec, e: ClockEvent, start: number): boolean {
  if (d.kind === 'follow_up') return RELEASES.has(e.type) && ms(e.at) > start
  // A 退回 answers the forwarding as a 签收 does (the unit did not leave it lying): it closes the
  // returning unit's 签收 clock, on time or late.
  if (d.kind === 'acknowledgement' && e.type === 'returned') return !!d.unit_id && d.unit_id === e.previous_unit_id && ms(e.at) >= start
  if (d.kind === 'acknowledgement' && d.unit_id && e.unit_id && d.unit_id !== e.unit_id) return false
  return e.type === MEETING_EVENT[d.kind] && ms(e.at) >= start
}

/**
 * Each deadline's state at `now`. A deadline is met by the first event of its meeting type at or
 * after its start and not after `now` (what has not happened yet meets nothing).
 */
export function deadlineStates(deadlines: readonly DeadlineSpec[], events: readonly ClockEvent[], now: string): DeadlineStatus[] {
  const t = ms(now)
  const sorted = byTime(events)
  return deadlines.map((d) => {
    const start = ms(d.starts_at)
    const met = sorted.find((e) => meets(d, e, start) && ms(e.at) <= t)
    const metAt = met ? iso(ms(met.at)) : null
    return { ...d, met_at: metAt, met_event_id: met?.id ?? null, ...stateAt({ ...d, met_at: metAt }, now) }
  })
}

/** The state of a stored deadline (its meeting event already found) at `now`. */
export function stateAt(d: { due_soon_at: string; due_at: string; met_at: string | null }, now: string): { state: DeadlineState; remaining_ms: number } {
  const due = ms(d.due_at)
  if (d.met_at !== null) {
    const metAt = ms(d.met_at)
    return { state: metAt <= due ? 'met' : 'met_late', remaining_ms: due - metAt }
  }
  const t = ms(now)
  return { state: t >= due ? 'overdue' : t >= ms(d.due_soon_at) ? 'due_soon' : 'pending', remaining_ms: due - t }
}
