import { describe, expect, it } from 'vitest'
import { defaultCatalogue } from '../../../server/classify/default-catalogue.ts'
import { Gazetteer } from '../../../server/classify/gazetteer.ts'
import { INSTITUTIONS } from '../../../server/classify/institutions.ts'
import { Tagger } from '../../../server/classify/tagger.ts'

const gazetteer = new Gazetteer('山东省')
const tagger = new Tagger(gazetteer, defaultCatalogue())
const region = (title: string, text = '') => tagger.tag(title, text).region

describe('Tagger.tag() below the county level', () => {
  it('settles the county from a full town name and says which words did it', () => {
    expect(region('泰安男子手挥菜刀砍父母', '泰安市省庄镇后省庄村发生惊险一幕')).toMatchObject({
      city: '泰安市',
      county: '泰山区',
      terms: ['泰安', '泰安市', '省庄镇→泰山区'],
    })
  })

  it('reads a town short name in the headline only when the city is named too', () => {
    expect(region('枣庄木石一煤矿发生透水事故')).toMatchObject({ city: '枣庄市', county: '滕州市' })
    // Without 枣庄 the short name is not enough, and it never counts from the body.
    expect(region('木石一煤矿发生透水事故')).toBeNull()
    expect(region('枣庄一煤矿发生透水事故', '木石附近')).toMatchObject({ city: '枣庄市', county: null })
  })

  it('does not read a town name other provinces share as Shandong when the item is elsewhere', () => {
    // 石井镇 is in 平邑县 and in three other provinces; 鄠邑区 is not indexed, 陕西 is.
    expect(region('', '陕西鄠邑区组织石井镇政府、公安、城管开展整治')?.province).toBe('陕西省')
    expect(region('石井镇一村庄停水三个月')).toBeNull()
  })

  it('never reads a town short name that is an everyday word', () => {
    expect(region('济南黄河浮桥封闭')).toMatchObject({ city: '济南市', county: null })
  })

  it('reads a part of a city (东城) right after the city as its one town of that name, never alone', () => {
    expect(region('', '记者对东营市东城部分公共设施被损毁现象进行了暗访')).toMatchObject({ city: '东营市', county: '东营区', terms: ['东营市东城→东营区'] })
    expect(region('', '记者对东城部分公共设施被损毁现象进行了暗访')).toBeNull()
  })

  it('settles the place from a well-known institution, with the place it settles shown', () => {
    expect(region('火车站广场一出租车起火', '记者来到青岛火车站东广场')).toMatchObject({ city: '青岛市', county: '市南区' })
    expect(region('趵突泉景区发生踩踏', '')).toMatchObject({ city: '济南市', county: '历下区', terms: ['趵突泉→历下区'] })
    // Round 21: outside an incident a landmark alone gives its city, the words behind it still shown; round 25: unless the
    // headline is about the landmark itself and names no city (趵突泉停喷 is the spring's own news).
    expect(region('泉水停喷', '济南市民反映,趵突泉停喷。')).toMatchObject({ city: '济南市', county: null, terms: ['济南市', '趵突泉→历下区'] })
    expect(region('趵突泉停喷', '')).toMatchObject({ city: '济南市', county: '历下区', terms: ['趵突泉→历下区'] })
    // A university with several campuses gives the city only.
    expect(region('中国海洋大学一宿舍楼停电')).toMatchObject({ city: '青岛市', county: null })
  })

  it('reads an institution short name only with its city named', () => {
    expect(region('浒苔抵达三浴')).toBeNull()
    // 三浴 gives the city only: no stored page states its district (institutions.ts).
    expect(region('青岛浒苔抵达三浴')).toMatchObject({ city: '青岛市', county: null })
    // Two such names that agree on one city vouch for each other: 三浴 and 六浴 are both 青岛's.
    expect(region('游客在三浴溺水,六浴救生员赶来')).toMatchObject({ city: '青岛市', county: '市南区', terms: ['三浴→青岛市', '六浴→市南区'] })
  })

  it('reads 省城 as the capital only with another name there, which also lets a town short name in the body count', () => {
    expect(region('', '省城泺口黄河浮桥南岸发生一起事故')).toMatchObject({ city: '济南市', county: '天桥区', terms: ['省城→济南市', '泺口→天桥区'] })
    // Other provinces' press has its own 省城; 我省城乡 is no 省城 at all.
    expect(region('', '省城长江西路一大厦楼内发生火情')).toBeNull()
    expect(region('我省城乡居民基础养老金再次提高')).toMatchObject({ province: '山东省', city: null })
    // The city named is not enough for a body town short name: 彩石山庄 is an estate.
    expect(region('', '济南市民王先生说，这是继彩石山庄后又一个烂尾楼盘')).toMatchObject({ city: '济南市', county: null })
  })

  it('reads a former county-level name as today\'s division', () => {
    // 济宁's 市中区 is 任城区 since 2013: 济南 and 枣庄 keep theirs.
    expect(region('', '济宁市市中区一村庄鱼塘死鱼')).toMatchObject({ city: '济宁市', county: '任城区' })
  })

  it('reads an enterprise as a place only when the item names no other place', () => {
    expect(region('海尔集团发布年报')).toMatchObject({ city: '青岛市' })
    expect(region('海尔集团在郑州新建工厂')).toMatchObject({ province: '河南省' })
    expect(region('海尔集团在潍坊新建工厂')).toMatchObject({ city: '潍坊市' })
  })

  it('every institution names a division of Shandong and a source', () => {
    for (const inst of INSTITUTIONS['山东省']!) {
      expect(inst.source).toMatch(/^(https?:\/\/|docs\/)/)
      expect(gazetteer.homeCities.some((c) => c.name === inst.city)).toBe(true)
      if (inst.county) expect(gazetteer.homeCounties.some((k) => k.city === inst.city && k.name === inst.county)).toBe(true)
    }
  })
})
