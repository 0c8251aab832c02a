import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeDeadlines, deadlineStates, type ClockEvent } from '@shared/policy/deadlines.ts'
import { NOTICE_PROFILE } from '@shared/policy/profile.ts'
import type { CaseEventType, CaseKind, Level } from '@shared/types/case.ts'

const H = 3_600_000
const START = '2026-03-01T00:00:00.000Z'
const at = (hours: number): string => new Date(Date.parse(START) + hours * H).toISOString()
const kindsDue = (kind: CaseKind, level: Level) =>
  computeDeadlines(NOTICE_PROFILE, kind, level, START, []).map((d) => [d.kind, (Date.parse(d.due_at) - Date.parse(START)) / H])

describe('computeDeadlines() by kind and level (the notice)', () => {
  it.each([
    ['incident', 'I', [['authoritative_info', 5], ['press_conference', 24]]],
    ['incident', 'II', [['authoritative_info', 5], ['press_conference', 24]]],
    ['incident', 'III', [['response', 48]]],
    ['incident', 'IV', [['response', 48]]],
    ['opinion', 'I', [['response', 48]]],
    ['opinion', 'II', [['response', 48]]],
    ['opinion', 'IV', [['response', 48]]],
  ] as const)('computeDeadlines() gives %s level %s its deadlines', (kind, level, expected) => {
    expect(kindsDue(kind, level)).toEqual(expected)
  })

  it('computeDeadlines() marks follow_up and acknowledgement intervals as deployment choices, the rest as the notice', () => {
    expect(NOTICE_PROFILE.intervals.follow_up.origin).toBe('deployment')
    expect(NOTICE_PROFILE.intervals.acknowledgement.origin).toBe('deployment')
    expect(NOTICE_PROFILE.intervals.authoritative_info.origin).toBe('notice')
    expect(NOTICE_PROFILE.intervals.response.ms).toBe(48 * H)
  })

  it('computeDeadlines() restarts follow_up after each release and not before the first', () => {
    const events: ClockEvent[] = [
      { type: 'authoritative_info', at: at(3) },
      { type: 'follow_up', at: at(20) },
    ]
    const follow = computeDeadlines(NOTICE_PROFILE, 'incident', 'II', START, events).filter((d) => d.kind === 'follow_up')
    expect(follow.map((d) => [d.starts_at, d.due_at])).toEqual([
      [at(3), at(27)],
      [at(20), at(44)],
    ])
    const states = deadlineStates(follow, events, at(30))
    expect(states.map((s) => [s.state, s.met_at])).toEqual([
      ['met', at(20)],
      ['pending', null],
    ])
  })

  it('computeDeadlines() drops a follow_up not yet due when the case closes and starts one on reopening', () => {
    const events: ClockEvent[] = [
      { type: 'authoritative_info', at: at(1) },
      { type: 'closed', at: at(10) },
      { type: 'reopened', at: at(40) },
    ]
    const follow = computeDeadlines(NOTICE_PROFILE, 'incident', 'I', START, events).filter((d) => d.kind === 'follow_up')
    expect(follow.map((d) => d.due_at)).toEqual([at(64)])
  })

  it('computeDeadlines() gives every forward its own acknowledgement clock from the time of forwarding', () => {
    const events: ClockEvent[] = [
      { type: 'forwarded', at: at(2) },
      { type: 'acknowledged', at: at(2.5) },
      { type: 'forwarded', at: at(6) },
    ]
    const acks = computeDeadlines(NOTICE_PROFILE, 'opinion', 'III', START, events).filter((d) => d.kind === 'acknowledgement')
    const states = deadlineStates(acks, events, at(8))
    expect(states.map((s) => [s.due_at, s.state])).toEqual([
      [at(3), 'met'],
      [at(7), 'overdue'],
    ])
  })
})

describe('events at one instant', () => {
  it('computeDeadlines() reads them in the order they were recorded: closed then reopened leaves the case open, reopened then closed leaves it closed', () => {
    const released: ClockEvent = { type: 'authoritative_info', at: at(1) }
    const closed: ClockEvent = { type: 'closed', at: at(2) }
    const reopened: ClockEvent = { type: 'reopened', at: at(2) }
    const followUps = (events: ClockEvent[]) => computeDeadlines(NOTICE_PROFILE, 'incident', 'I', START, events).filter((d) => d.kind === 'follow_up')
    expect(followUps([released, closed, reopened]).map((d) => d.starts_at)).toEqual([at(2)])
    expect(followUps([released, reopened, closed])).toEqual([])
  })
})

describe('deadlineStates() at a time', () => {
  const [info] = computeDeadlines(NOTICE_PROFILE, 'incident', 'II', START, [])
  it.each([
    [[], 0, 'pending', 5 * H],
    [[], 3.99, 'pending', 1.01 * H],
    [[], 4, 'due_soon', 1 * H],
    [[], 5, 'overdue', 0],
    [[], 6, 'overdue', -1 * H],
    [[{ type: 'authoritative_info', at: at(4.5) }], 6, 'met', 0.5 * H],
    [[{ type: 'authoritative_info', at: at(5.5) }], 6, 'met_late', -0.5 * H],
    [[{ type: 'authoritative_info', at: at(5.5) }], 5.2, 'overdue', -0.2 * H],
    [[{ type: 'response', at: at(1) }], 2, 'pending', 3 * H],
  ] as [ClockEvent[], number, string, number][])('deadlineStates() of authoritative_info with %j at +%s h is %s', (events, hours, state, remaining) => {
    const [s] = deadlineStates([info!], events, at(hours))
    expect(s!.state).toBe(state)
    expect(s!.remaining_ms).toBeCloseTo(remaining, -1)
  })
})

const LEVELS: Level[] = ['I', 'II', 'III', 'IV']
const TYPES: CaseEventType[] = ['authoritative_info', 'press_conference', 'response', 'follow_up', 'forwarded', 'acknowledged', 'closed', 'reopened', 'assessment']
const arbEvents = fc.array(
  fc.record({ type: fc.constantFrom(...TYPES), at: fc.integer({ min: 0, max: 96 * 60 }).map((m) => at(m / 60)) }),
  { maxLength: 12 },
)
const arbCase = fc.record({ kind: fc.constantFrom<CaseKind>('incident', 'opinion'), level: fc.constantFrom(...LEVELS), events: arbEvents })

describe('deadline engine properties', () => {
  it('deadlineStates() never meets a deadline before its start, after now, or without a matching event', () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: 0, max: 120 * 60 }), ({ kind, level, events }, nowMin) => {
        const now = at(nowMin / 60)
        for (const s of deadlineStates(computeDeadlines(NOTICE_PROFILE, kind, level, START, events), events, now)) {
          if (s.met_at === null) continue
          expect(Date.parse(s.met_at)).toBeGreaterThanOrEqual(Date.parse(s.starts_at))
          expect(Date.parse(s.met_at)).toBeLessThanOrEqual(Date.parse(now))
          expect(events.some((e) => e.at === s.met_at)).toBe(true)
        }
      }),
    )
  })

  it('deadlineStates() only moves forward in time (pending → due_soon → overdue) until met', () => {
    const rank = { pending: 0, due_soon: 1, overdue: 2, met: 3, met_late: 3 } as const
    fc.assert(
      fc.property(arbCase, fc.integer({ min: 0, max: 120 * 60 }), fc.integer({ min: 0, max: 60 * 60 }), ({ kind, level, events }, a, step) => {
        const specs = computeDeadlines(NOTICE_PROFILE, kind, level, START, events)
        const before = deadlineStates(specs, events, at(a / 60))
        const after = deadlineStates(specs, events, at((a + step) / 60))
        before.forEach((b, i) => {
          const later = after[i]!
          if (b.met_at) expect(later.met_at).toBe(b.met_at)
          else expect(rank[later.state]).toBeGreaterThanOrEqual(rank[b.state])
          if (b.state === 'overdue' && later.met_at) expect(later.state).toBe('met_late')
        })
      }),
    )
  })

  it('computeDeadlines() after a level change is the same as a case opened at that level from the same start', () => {
    fc.assert(
      fc.property(arbCase, fc.constantFrom(...LEVELS), ({ kind, level, events }, newLevel) => {
        const changed = [...events, { type: 'level_changed' as const, at: at(10) }]
        const recomputed = computeDeadlines(NOTICE_PROFILE, kind, newLevel, START, changed)
        expect(recomputed).toEqual(computeDeadlines(NOTICE_PROFILE, kind, newLevel, START, events))
        for (const d of recomputed) if (d.kind !== 'follow_up' && d.kind !== 'acknowledgement') expect(d.starts_at).toBe(START)
        void level
      }),
    )
  })

  it('computeDeadlines() does not depend on the order events at different instants are passed in', () => {
    fc.assert(
      fc.property(arbCase, ({ kind, level, events }) => {
        // Instants reversed; events sharing one instant keep the order they were recorded in, as
        // the store reads them (by time, then id): 结案 then 重新打开 at one minute is open, the other
        // way round closed, and only that order can tell them apart.
        const instants = [...new Set(events.map((e) => e.at))].reverse()
        const reversed = instants.flatMap((t) => events.filter((e) => e.at === t))
        const a = computeDeadlines(NOTICE_PROFILE, kind, level, START, events)
        const b = computeDeadlines(NOTICE_PROFILE, kind, level, START, reversed)
        expect(a.map((d) => d.kind + d.due_at).sort()).toEqual(b.map((d) => d.kind + d.due_at).sort())
      }),
    )
  })
})
