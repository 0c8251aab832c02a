import { describe, expect, it } from 'vitest'
import { defaultCatalogue } from '../../../server/classify/default-catalogue.ts'
import { Gazetteer } from '../../../server/classify/gazetteer.ts'
import { Tagger } from '../../../server/classify/tagger.ts'
import { villagesOf } from '../../../server/classify/villages.ts'

const gazetteer = new Gazetteer('山东省')
const tagger = new Tagger(gazetteer, defaultCatalogue())
const region = (title: string, text = '') => tagger.tag(title, text).region

describe('社区 names below the county (统计用区划代码)', () => {
  it('places an item in the county of a 社区 that only one county has, and shows the word', () => {
    expect(region('按察司街社区开展消防演练')).toMatchObject({ city: '济南市', county: '历下区', terms: ['按察司街社区→历下区'] })
  })

  it('does not place an item by a 社区 name two counties share', () => {
    // 解放桥社区 is in 历下区 (济南) and in 梁山县 (济宁).
    expect(region('解放桥社区 及时疏通下水道')).toBeNull()
  })

  it('reads a 社区 other provinces also have only with its city named', () => {
    expect(region('万科城社区停水')).toBeNull()
    expect(region('济南万科城社区停水')).toMatchObject({ city: '济南市', county: '历下区' })
  })

  // Guideline v1.2 §7.5: an estate's name settles no county, though a 社区 of one county is named after it (was 历城区).
  it('does not read an estate by the name of the 社区 named after it', () => {
    expect(region('', '济南市恒大城地下停车场突发火情')).toMatchObject({ city: '济南市', county: null, terms: ['济南市'] })
    expect(region('', '恒大城地下停车场突发火情')).toBeNull()
  })

  it('never places an item against a county the text names', () => {
    expect(region('历城区一小区停水', '按察司街社区的居民也受影响')).toMatchObject({ city: '济南市', county: '历城区', terms: ['历城区'] })
  })

  it('does not read 村 names, which recur everywhere', () => {
    expect(region('司庄村鱼塘死鱼')).toBeNull()
  })

  it('keeps in its data only names that one Shandong county has, each a county of the gazetteer', () => {
    const villages = villagesOf(gazetteer.home.code)
    const counties = new Set(gazetteer.homeCounties.map((c) => c.code))
    expect(villages.length).toBeGreaterThan(1000)
    expect(new Set(villages.map((v) => v.name)).size).toBe(villages.length)
    expect(villages.filter((v) => !counties.has(v.countyCode))).toEqual([])
  })
})
