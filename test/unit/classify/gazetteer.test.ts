import { describe, expect, it } from 'vitest'
import { Gazetteer } from '../../../server/classify/gazetteer.ts'

describe('Gazetteer', () => {
  const gaz = new Gazetteer('山东省')

  it('has the 16 cities and 136 county-level divisions of Shandong with GB/T 2260 codes', () => {
    expect(gaz.homeCities).toHaveLength(16)
    expect(gaz.homeCounties).toHaveLength(136)
    expect(gaz.homeCounties.every((c) => /^37\d{4}$/.test(c.code) && !c.code.endsWith('00'))).toBe(true)
    expect(gaz.place('370102')).toMatchObject({ name: '历下区', city: '济南市', level: 'county' })
  })

  it('lists 市中区 under both 济南 and 枣庄', () => {
    const name = gaz.names.find((n) => n.surface === '市中区')!
    expect(name.places.map((p) => p.code).sort()).toEqual(['370103', '370402'])
  })

  it('maps short forms and aliases to the full division', () => {
    const lookup = (s: string) => gaz.names.find((n) => n.surface === s)?.places.map((p) => p.name)
    expect(lookup('历下')).toEqual(['历下区'])
    expect(lookup('济南')).toEqual(['济南市'])
    expect(lookup('泉城')).toEqual(['济南市'])
    expect(lookup('莱芜市')).toEqual(['莱芜区'])
    // 东营区's short form would be 东营, which means the city.
    expect(lookup('东营')).toEqual(['东营市'])
    // Everyday words are place names only before one of the county's units (tagger: 天桥公安分局).
    const word = (s: string) => gaz.names.find((n) => n.surface === s)
    expect(word('天桥')).toMatchObject({ needsAgency: true, places: [expect.objectContaining({ name: '天桥区' })] })
    expect(word('市中')?.needsAgency).toBe(true)
    expect(lookup('市中')?.sort()).toEqual(['市中区', '市中区'])
  })

  it('uses another home province when configured', () => {
    const henan = new Gazetteer('河南省')
    expect(henan.home.code).toBe('410000')
    expect(henan.homeCities.some((c) => c.name === '郑州市')).toBe(true)
    expect(henan.place('370100')?.isHome).toBe(false)
  })

  it('throws when the home province is not in the data', () => {
    expect(() => new Gazetteer('火星省')).toThrow(/not in the GB\/T 2260 data/)
  })
})
