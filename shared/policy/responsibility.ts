import type { CaseEventType, DeadlineKind } from '../types/case.ts'

/**
 * Who is responsible (第一责任主体) for a case over time, and so which unit each deadline is
 * counted for. The case opens with a unit; a 转办 (`forwarded`) hands it to the receiving unit
 * from the forwarding's time on, a 退回 (`returned`) hands it back to the forwarding unit (its
 * `unit_id`), and a 改派 (`updated` changing `unit_id`) hands it on from the change's time.
 */
export interface ResponsibilityEvent {
  type: CaseEventType
  at: string
  unit_id?: string
  /** `[before, after]` per field (the wire says an array of two). */
  changes?: Record<string, unknown[]>
}

/** From `from` on (inclusive), `unit_id` is responsible. Ordered by time. */
export interface ResponsibilitySpan {
  from: string
  unit_id: string
}

/** The unit an event hands the case to, if it does. */
function handsTo(e: ResponsibilityEvent): string | null {
  if ((e.type === 'opened' || e.type === 'forwarded' || e.type === 'returned') && typeof e.unit_id === 'string') return e.unit_id
  const change = e.type === 'updated' ? e.changes?.unit_id : undefined
  return change && typeof change[1] === 'string' ? change[1] : null
}

/**
 * The spans of responsibility, from the timeline. `initial` (the case's unit when nothing on the
 * timeline names one, e.g. data older than the `opened` payload) holds until the first hand-over.
 */
export function responsibilitySpans(events: readonly ResponsibilityEvent[], initial: string): ResponsibilitySpan[] {
  const sorted = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  const spans: ResponsibilitySpan[] = [{ from: new Date(0).toISOString(), unit_id: initial }]
  for (const e of sorted) {
    const unit = handsTo(e)
    if (unit === null) continue
    if (e.type === 'opened') spans[0] = { from: spans[0]!.from, unit_id: unit }
    else spans.push({ from: new Date(Date.parse(e.at)).toISOString(), unit_id: unit })
  }
  return spans
}

/** The unit responsible at `at`. */
export function responsibleAt(spans: readonly ResponsibilitySpan[], at: string): string {
  const t = Date.parse(at)
  let unit = spans[0]!.unit_id
  for (const s of spans) if (Date.parse(s.from) <= t) unit = s.unit_id
  return unit
}

/**
 * The unit a deadline is counted for. A 签收 clock belongs to the unit it was forwarded to. Any
 * other deadline belongs to the unit responsible when it was decided: when it was met, or when it
 * fell due if it was not met by then. Work done before a forwarding stays with the unit that did
 * it; a clock missed before a forwarding stays with the unit that missed it; a clock still
 * running at the forwarding moves with the case.
 */
export function deadlineUnit(d: { kind: DeadlineKind; due_at: string; met_at: string | null; unit_id?: string }, spans: readonly ResponsibilitySpan[]): string {
  if (d.kind === 'acknowledgement' && d.unit_id) return d.unit_id
  const decided = d.met_at !== null && Date.parse(d.met_at) < Date.parse(d.due_at) ? d.met_at : d.due_at
  return responsibleAt(spans, decided)
}
