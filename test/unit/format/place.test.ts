import { describe, expect, it } from 'vitest'
import { shortPlaceName, shortRegionLabel } from '@shared/format/place.ts'

describe('shortPlaceName()', () => {
  it.each([
    ['聊城市', '聊城'],
    ['历下区', '历下'],
    ['沂南县', '沂南'],
    // A one-character stem stays whole: 莘 alone is not a place name anyone reads.
    ['莘县', '莘县'],
    ['曹县', '曹县'],
    ['单县', '单县'],
    ['', ''],
  ])('shortPlaceName() of %s is %s', (name, short) => expect(shortPlaceName(name)).toBe(short))
})

describe('shortRegionLabel()', () => {
  it('shortRegionLabel() keeps a one-character county whole when joined with its city', () => {
    expect(shortRegionLabel({ city: '聊城市', county: '莘县' })).toBe('聊城·莘县')
    expect(shortRegionLabel({ city: '济南市', county: '历下区' })).toBe('济南·历下')
    expect(shortRegionLabel({ city: '菏泽市', county: null })).toBe('菏泽')
    expect(shortRegionLabel(null)).toBe('')
  })
})
