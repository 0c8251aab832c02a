import type { CaseEventType, CaseKind, DeadlineKind, DeadlineState, Level } from '../types/case.ts'
import { isMajorIncident, type PolicyProfile } from './profile.ts'

/** The part of a timeline event the engine reads. Times are ISO 8601 UTC. */
export interface ClockEvent {
  type: CaseEventType
  at: string
  /** The timeline entry's id, so a deadline can name the entry that met it. */
  id?: number
  /** For `forwarded`: the receiving unit; for `acknowledged`: the unit that signed (签收). */
  unit_id?: string
}

/** A deadline before any event is weighed against it: when it starts, when it warns, when it is due. */
export interface DeadlineSpec {
  kind: DeadlineKind
  starts_at: string
  due_soon_at: string
  due_at: string
  /** For `acknowledgement`: the unit the case was forwarded to, the only one whose 签收 meets it. */
  unit_id?: string
}

export interface DeadlineStatus extends DeadlineSpec {
  met_at: string | null
  /** The id of the entry that met it, when the events carry ids. */
  met_event_id: number | null
  state: DeadlineState
  /** due_at − now while unmet (negative once overdue); due_at − met_at once met (negative if late). */
  remaining_ms: number
}

/** The event type that meets each deadline kind (design.md §3). */
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
  return out
}

/**
 * A follow_up clock is met by the next release after the one that started it. A 签收 clock is met
 * only by the receiving unit's 签收 (an entry naming no unit predates that rule and still counts).
 */
function meets(d: DeadlineSpec, e: ClockEvent, start: number): boolean {
  if (d.kind === 'follow_up') return RELEASES.has(e.type) && ms(e.at) > start
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
