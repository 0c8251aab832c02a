import { describe, expect, it } from 'vitest'
import { computeDeadlines, deadlineStates } from '@shared/policy/deadlines.ts'
import { NOTICE_PROFILE } from '@shared/policy/profile.ts'
import { deadlineUnit, responsibilitySpans, responsibleAt, type ResponsibilityEvent } from '@shared/policy/responsibility.ts'
import type { CaseEventType } from '@shared/types/case.ts'

const S = Date.parse('2026-11-02T00:00:00.000Z')
const h = (n: number) => new Date(S + n * 3_600_000).toISOString()
const ev = (type: CaseEventType, hour: number, extra: Partial<ResponsibilityEvent> & { id?: number } = {}) => ({ type, at: h(hour), ...extra })

describe('responsibility over time', () => {
  const history = [ev('opened', 0, { unit_id: 'A' }), ev('forwarded', 2, { unit_id: 'B' }), ev('updated', 30, { changes: { unit_id: ['B', 'C'] } }), ev('updated', 31, { changes: { title: ['x', 'y'] } })]

  it('responsibleAt() follows opening, 转办 and 改派 from their instants on', () => {
    const spans = responsibilitySpans(history, 'fallback')
    expect([responsibleAt(spans, h(1)), responsibleAt(spans, h(2)), responsibleAt(spans, h(29)), responsibleAt(spans, h(40))]).toEqual(['A', 'B', 'B', 'C'])
    expect(responsibleAt(responsibilitySpans([], 'fallback'), h(5))).toBe('fallback')
  })

  it('deadlineUnit(): met before a forwarding stays with the unit that met it; missed before it stays with the unit that missed it; still running moves', () => {
    const spans = responsibilitySpans(history, 'A')
    const response = { kind: 'response' as const, due_at: h(48), met_at: null }
    expect(deadlineUnit({ ...response, met_at: h(1) }, spans)).toBe('A')
    expect(deadlineUnit({ ...response, met_at: h(20) }, spans)).toBe('B')
    expect(deadlineUnit({ ...response, due_at: h(1.5), met_at: h(20) }, spans)).toBe('A')
    expect(deadlineUnit(response, spans)).toBe('C')
  })

  it('a 签收 clock belongs to its forwarding\'s unit and only that unit\'s 签收 meets it', () => {
    const events = [ev('opened', 0, { unit_id: 'A' }), ev('forwarded', 2, { unit_id: 'B' }), ev('forwarded', 2.5, { unit_id: 'C' }), ev('acknowledged', 2.6, { unit_id: 'C', id: 7 })]
    const specs = computeDeadlines(NOTICE_PROFILE, 'opinion', 'III', h(0), events)
    const acks = deadlineStates(specs, events, h(5)).filter((d) => d.kind === 'acknowledgement')
    expect(acks.map((d) => [d.unit_id, d.state, d.met_event_id])).toEqual([
      ['B', 'overdue', null],
      ['C', 'met', 7],
    ])
    const spans = responsibilitySpans(events, 'A')
    expect(acks.map((d) => deadlineUnit(d, spans))).toEqual(['B', 'C'])
  })
})
