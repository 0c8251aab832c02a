import { describe, expect, it } from 'vitest'
import type { Deadline } from '@shared/types/case.ts'
import { cityStates } from '@shared/wall/map-state.ts'

const NOW = new Date('2026-12-01T06:00:00.000Z')
const H = 3_600_000
function deadline(dueInH: number, met = false): Deadline {
  const due = NOW.getTime() + dueInH * H
  return { kind: 'response', starts_at: new Date(due - 48 * H).toISOString(), due_soon_at: new Date(due - 2 * H).toISOString(), due_at: new Date(due).toISOString(), met_at: met ? new Date(NOW.getTime() - H).toISOString() : null, state: 'pending' }
}

describe('cityStates(): a city is coloured by its worst open clock', () => {
  it('青岛 with one overdue 特别重大 clock is overdue; 济南 with one due-soon case is due_soon, whatever the item counts', () => {
    const states = cityStates(
      [
        { unit: { id: '370202' }, deadlines: [deadline(-0.5), deadline(20)] },
        { unit: { id: '370102-edu' }, deadlines: [deadline(1)] },
        { unit: { id: '370112' }, deadlines: [deadline(30)] },
      ],
      NOW,
    )
    expect(states.get('370200')).toEqual({ worst: 'overdue', cases: 1, overdue: 1 })
    expect(states.get('370100')).toEqual({ worst: 'due_soon', cases: 2, overdue: 0 })
  })

  it('a case whose clocks are all met counts as met; provincial units and 莱芜 codes land where they belong', () => {
    const states = cityStates(
      [
        { unit: { id: '370305' }, deadlines: [deadline(-3, true)] },
        { unit: { id: '370000-edu' }, deadlines: [deadline(-1)] },
        { unit: { id: '371202' }, deadlines: [deadline(10)] },
      ],
      NOW,
    )
    expect(states.get('370300')).toEqual({ worst: 'met', cases: 1, overdue: 0 })
    expect(states.has('370000')).toBe(false)
    expect(states.get('370100')).toEqual({ worst: 'pending', cases: 1, overdue: 0 })
  })
})
