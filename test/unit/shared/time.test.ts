import { describe, expect, it } from 'vitest'
import { beijingParts, formatBeijingHm, formatBeijingHms } from '../../../shared/time.ts'

describe('北京时间 formatting', () => {
  it('shows UTC instants eight hours ahead, across midnight', () => {
    expect(formatBeijingHms('2026-11-29T15:05:12Z')).toBe('23:05:12')
    expect(formatBeijingHm('2026-11-29T16:30:00Z')).toBe('00:30')
    const p = beijingParts(new Date('2026-11-29T16:30:00Z'))
    expect([p.year, p.month, p.day, p.weekday]).toEqual(['2026', '11', '30', 1])
  })
})
