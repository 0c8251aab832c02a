import { describe, expect, it } from 'vitest'
import { beijingDate, customPeriod, lastBeijingDate, presetPeriod } from '@shared/review/periods.ts'

describe('presetPeriod()', () => {
  // Sunday 2026-11-29 23:30 北京时间 = 15:30 UTC; Monday 00:30 北京时间 is still Sunday in UTC.
  it('presetPeriod() gives the Beijing week, month and quarter when now is late on a Sunday', () => {
    const now = new Date('2026-11-29T15:30:00Z')
    expect(presetPeriod('week', now)).toEqual({ from: '2026-11-22T16:00:00.000Z', to: '2026-11-29T16:00:00.000Z' })
    expect(presetPeriod('month', now)).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' })
    expect(presetPeriod('quarter', now)).toEqual({ from: '2026-09-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' })
  })

  it('presetPeriod() moves to the new week and month when it is already Monday or the 1st in Beijing', () => {
    const now = new Date('2026-11-30T16:30:00Z') // Tuesday 2026-12-01 00:30 北京时间
    expect(presetPeriod('week', now)).toEqual({ from: '2026-11-29T16:00:00.000Z', to: '2026-12-06T16:00:00.000Z' })
    expect(presetPeriod('month', now)).toEqual({ from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' })
    expect(presetPeriod('quarter', new Date('2026-12-31T16:00:00Z'))).toEqual({ from: '2026-12-31T16:00:00.000Z', to: '2027-03-31T16:00:00.000Z' })
  })
})

describe('customPeriod()', () => {
  it('customPeriod() includes both Beijing days when given a first and a last date', () => {
    expect(customPeriod('2026-11-02', '2026-11-15')).toEqual({ from: '2026-11-01T16:00:00.000Z', to: '2026-11-15T16:00:00.000Z' })
    expect(beijingDate('2026-11-15T15:59:59.000Z')).toBe('2026-11-15')
  })

  it('customPeriod() is null when the dates are reversed or unreadable', () => {
    expect(customPeriod('2026-11-15', '2026-11-02')).toBeNull()
    expect(customPeriod('2026/11/02', '2026-11-15')).toBeNull()
  })
})

describe('lastBeijingDate()', () => {
  it("names a period's last Beijing day, the one customPeriod was given, not the next day its end falls on", () => {
    const p = customPeriod('2026-11-01', '2026-11-30')!
    expect(p.to).toBe('2026-11-30T16:00:00.000Z')
    expect(lastBeijingDate(p.to)).toBe('2026-11-30')
    expect(beijingDate(p.to)).toBe('2026-12-01')
  })
})
