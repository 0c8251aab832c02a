import { describe, expect, it } from 'vitest'
import { instantMs } from '@shared/instant.ts'

describe('instantMs()', () => {
  it('instantMs() reads every stored instant as Date.parse does, across leap years, month ends and the day boundaries', () => {
    const misses: string[] = []
    // Every 7 h 13 min 17.123 s from 1899 to 2101: all months, days, hours, leap days and century years.
    for (let t = Date.UTC(1899, 0, 1); t < Date.UTC(2101, 0, 1); t += 25_997_123) {
      const iso = new Date(t).toISOString()
      if (instantMs(iso) !== Date.parse(iso)) misses.push(iso)
    }
    for (const iso of ['2024-02-29T23:59:59.999Z', '2026-12-31T23:59:59.999Z', '2000-03-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z']) {
      if (instantMs(iso) !== Date.parse(iso)) misses.push(iso)
    }
    expect(misses).toEqual([])
  })

  it('instantMs() answers as Date.parse does for text that is not a canonical instant or not a real time', () => {
    const texts = [
      '2026-02-30T00:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-00-10T00:00:00.000Z',
      '2026-11-00T00:00:00.000Z',
      '2026-11-01T24:00:00.000Z',
      '2026-11-01T23:60:00.000Z',
      '2026-11-01T23:00:60.000Z',
      '2026-11-01T23:00:00.00aZ',
      '2026-1a-01T23:00:00.000Z',
      '2026-11-01 23:00:00.000Z',
      '2026-11-01T23:00:00Z',
      '2026-11-01T23:00:00.000+08:00',
      '2026-11-01',
      'not a time',
      '',
    ]
    expect(texts.map((t) => instantMs(t))).toEqual(texts.map((t) => Date.parse(t)))
  })
})
