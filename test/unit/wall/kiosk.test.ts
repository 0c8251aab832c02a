import { describe, expect, it } from 'vitest'
import { burnInShift, BURN_IN_PERIOD_MS, currentSet, parseKioskOptions } from '@shared/wall/kiosk.ts'

describe('parseKioskOptions()', () => {
  it('shows every panel in landscape without sound when the link has no parameters', () => {
    expect(parseKioskOptions('')).toEqual({ layout: 'landscape', sets: [['cases', 'map', 'charts', 'ticker']], rotateMs: 60_000, sound: false })
  })

  it('reads panel sets, portrait and sound, and never rotates faster than 30 s when asked to', () => {
    const o = parseKioskOptions('?layout=portrait&panels=cases,ticker;map,charts,bogus&rotate=5&sound=1')
    expect(o).toEqual({ layout: 'portrait', sets: [['cases', 'ticker'], ['map', 'charts']], rotateMs: 30_000, sound: true })
    expect(currentSet(o, 0)).toEqual(['cases', 'ticker'])
    expect(currentSet(o, 30_000)).toEqual(['map', 'charts'])
    expect(currentSet(o, 60_000)).toEqual(['cases', 'ticker'])
  })

  it('takes the screen\'s own orientation when the link names no layout, and the link when it does', () => {
    expect(parseKioskOptions('', true).layout).toBe('portrait')
    expect(parseKioskOptions('?layout=landscape', true).layout).toBe('landscape')
    expect(parseKioskOptions('?layout=portrait', false).layout).toBe('portrait')
    expect(parseKioskOptions('?layout=sideways', true).layout).toBe('portrait')
  })

  it('falls back to all panels when the panel names are all unknown', () => {
    expect(parseKioskOptions('?panels=foo;;bar&rotate=abc').sets).toEqual([['cases', 'map', 'charts', 'ticker']])
  })
})

describe('burnInShift()', () => {
  it('moves the layout a few px every period and comes back', () => {
    const shifts = Array.from({ length: 10 }, (_, i) => burnInShift(i * BURN_IN_PERIOD_MS))
    expect(shifts[0]).toEqual([0, 0])
    expect(new Set(shifts.map((s) => s.join())).size).toBeGreaterThan(4)
    for (const [x, y] of shifts) expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(4)
  })
})
