import { describe, expect, it } from 'vitest'
import { computeDeadlines, deadlineStates, type ClockEvent } from '@shared/policy/deadlines.ts'
import { NOTICE_PROFILE } from '@shared/policy/profile.ts'
import { deadlineUnit, responsibilitySpans } from '@shared/policy/responsibility.ts'
import { judgeOnTime } from '@shared/timeliness/on-time.ts'

const H = 3_600_000
const START = '2026-03-01T00:00:00.000Z'
const at = (hours: number): string => new Date(Date.parse(START) + hours * H).toISOString()
const approve = (hours: number, to: number, extra: Partial<ClockEvent> = {}): ClockEvent => ({ type: 'extension_decided', at: at(hours), decision: 'approved', deadline_kind: 'response', deadline_index: 0, to: at(to), actor: 'operator', ...extra })

describe('computeDeadlines() with 延期 (approved extensions)', () => {
  it('computeDeadlines() moves the due time and its warning to the approved instant, keeping the policy due time and the approver', () => {
    const [d] = computeDeadlines(NOTICE_PROFILE, 'opinion', 'III', START, [approve(10, 72)])
    expect(d).toMatchObject({ kind: 'response', due_at: at(72), original_due_at: at(48), extended_by: 'operator' })
    expect(Date.parse(d!.due_at) - Date.parse(d!.due_soon_at)).toBe(NOTICE_PROFILE.dueSoonMs.response)
  })

  it('computeDeadlines() ignores a refused extension, one for another deadline, and one not later than the due time', () => {
    for (const e of [approve(10, 72, { decision: 'refused' }), approve(10, 72, { deadline_kind: 'press_conference' }), approve(10, 72, { deadline_index: 1 }), approve(10, 40)]) {
      expect(computeDeadlines(NOTICE_PROFILE, 'opinion', 'III', START, [e])[0]).toMatchObject({ due_at: at(48) })
      expect(computeDeadlines(NOTICE_PROFILE, 'opinion', 'III', START, [e])[0]!.original_due_at).toBeUndefined()
    }
  })

  it('computeDeadlines() keeps the first due time as the original through a second extension, and finds a 签收 clock by its place', () => {
    const [d] = computeDeadlines(NOTICE_PROFILE, 'opinion', 'III', START, [approve(10, 72), approve(20, 96, { actor: 'admin' })])
    expect(d).toMatchObject({ due_at: at(96), original_due_at: at(48), extended_by: 'admin' })
    const forwards: ClockEvent[] = [{ type: 'forwarded', at: at(1), unit_id: 'a' }, { type: 'forwarded', at: at(3), unit_id: 'b' }]
    const acks = computeDeadlines(NOTICE_PROFILE, 'opinion', 'III', START, [...forwards, approve(3.5, 8, { deadline_kind: 'acknowledgement', deadline_index: 1 })]).filter((x) => x.kind === 'acknowledgement')
    expect(acks.map((x) => [x.unit_id, x.due_at, x.original_due_at ?? null])).toEqual([
      ['a', at(2), null],
      ['b', at(8), at(4)],
    ])
  })

  it('an extension approved before a level change still applies afterwards to the same deadline', () => {
    const events: ClockEvent[] = [{ type: 'extension_decided', at: at(2), decision: 'approved', deadline_kind: 'authoritative_info', deadline_index: 0, to: at(8), actor: 'operator' }]
    const [info] = computeDeadlines(NOTICE_PROFILE, 'incident', 'I', START, events)
    expect(info).toMatchObject({ kind: 'authoritative_info', due_at: at(8), original_due_at: at(5) })
  })

  it('the on-time rule: a deadline met after its original due time but by the approved one counts 按时办结, met after that 超时办结', () => {
    const events: ClockEvent[] = [approve(10, 72), { type: 'response', at: at(60) }]
    const states = deadlineStates(computeDeadlines(NOTICE_PROFILE, 'opinion', 'III', START, events), events, at(100))
    expect(states[0]).toMatchObject({ state: 'met', due_at: at(72), original_due_at: at(48) })
    const judged = judgeOnTime([{ ...states[0]!, unit_id: 'u' }], { from: at(0), to: at(200) }, at(100))
    expect(judged.total).toMatchObject({ met_on_time: 1, met_late: 0 })
    const lateEvents: ClockEvent[] = [approve(10, 72), { type: 'response', at: at(80) }]
    expect(deadlineStates(computeDeadlines(NOTICE_PROFILE, 'opinion', 'III', START, lateEvents), lateEvents, at(100))[0]!.state).toBe('met_late')
  })
})

describe('退回 (returned) on the clocks and on responsibility', () => {
  const forward: ClockEvent = { type: 'forwarded', at: at(1), unit_id: 'county' }
  it('a 退回 by the receiving unit meets its 签收 clock (late when after it) and no other unit\'s', () => {
    const back: ClockEvent = { type: 'returned', at: at(1.5), unit_id: 'city', previous_unit_id: 'county' }
    const events = [forward, back]
    const ack = deadlineStates(computeDeadlines(NOTICE_PROFILE, 'opinion', 'III', START, events), events, at(3)).find((d) => d.kind === 'acknowledgement')!
    expect(ack).toMatchObject({ state: 'met', met_at: at(1.5) })
    const lateBack = [forward, { ...back, at: at(2.5) }]
    expect(deadlineStates(computeDeadlines(NOTICE_PROFILE, 'opinion', 'III', START, lateBack), lateBack, at(3)).find((d) => d.kind === 'acknowledgement')!.state).toBe('met_late')
    const byOther = [forward, { ...back, previous_unit_id: 'someone' }]
    expect(deadlineStates(computeDeadlines(NOTICE_PROFILE, 'opinion', 'III', START, byOther), byOther, at(3)).find((d) => d.kind === 'acknowledgement')!.state).toBe('overdue')
  })

  it('after a 退回 the forwarding unit answers for the deadlines still running', () => {
    const events = [{ type: 'opened' as const, at: at(0), unit_id: 'city' }, { ...forward, previous_unit_id: 'city' }, { type: 'returned' as const, at: at(2), unit_id: 'city', previous_unit_id: 'county' }]
    const spans = responsibilitySpans(events, 'city')
    expect(spans.map((s) => s.unit_id)).toEqual(['city', 'county', 'city'])
    expect(deadlineUnit({ kind: 'response', due_at: at(48), met_at: null }, spans)).toBe('city')
  })
})
