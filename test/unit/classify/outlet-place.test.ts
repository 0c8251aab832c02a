import { describe, expect, it } from 'vitest'
import { defaultCatalogue } from '../../../server/classify/default-catalogue.ts'
import { Gazetteer } from '../../../server/classify/gazetteer.ts'
import { derivedOutletPlace, outletPlace } from '../../../server/classify/outlet-place.ts'
import { Tagger } from '../../../server/classify/tagger.ts'
import { deriveOutletPlace } from '../../../shared/tagging/outlet-place.ts'

const gazetteer = new Gazetteer('山东省')
const tagger = new Tagger(gazetteer, defaultCatalogue())
const derived = (name: string) => derivedOutletPlace(gazetteer, name)?.name ?? null

describe("an outlet's place read from its name (属地)", () => {
  it('reads the home city or county a local outlet is named after', () => {
    expect(derived('潍坊晚报')).toBe('潍坊市')
    expect(derived('青岛新闻网')).toBe('青岛市')
    expect(derived('莱西新闻')).toBe('莱西市')
    expect(derived('齐鲁晚报(今日聊城)')).toBe('聊城市')
    // Traditional script is read as Simplified; a county inside the city named with it is the county.
    expect(derived('聊城晚報(转载)')).toBe('聊城市')
    expect(derived('潍坊寿光新闻')).toBe('寿光市')
    expect(derivedOutletPlace(gazetteer, '泰山晚报')?.code).toBe('370900')
  })

  it('gives none for a provincial, national or other-province outlet, or for a name that says two places', () => {
    for (const name of ['齐鲁晚报', '大众日报', '新华网(转载)', '华夏时报', '郑州晚报', '北京青年报', '山东商报', '济南青岛联合报道', '寿光莒县两地', '']) expect(derived(name), name).toBeNull()
  })

  it('needs the city beside a name several counties share, and refuses a county outside the city named', () => {
    const names = [
      { surface: '甲市', code: '1', cityCode: '1' },
      { surface: '乙市', code: '2', cityCode: '2' },
      { surface: '市中区', code: '11', cityCode: '1' },
      { surface: '市中区', code: '21', cityCode: '2' },
      { surface: '丙县', code: '12', cityCode: '1' },
    ]
    expect(deriveOutletPlace('市中区报', names)).toBeNull()
    expect(deriveOutletPlace('乙市市中区报', names)).toBe('21')
    expect(deriveOutletPlace('乙市丙县报', names)).toBeNull()
    expect(deriveOutletPlace('甲市丙县报', names)).toBe('12')
  })

  it('takes a place set on the source over the name, and none when set to none or not a home city or county', () => {
    expect(outletPlace(gazetteer, { name: '潍坊晚报', place: '370200' })?.name).toBe('青岛市')
    expect(outletPlace(gazetteer, { name: '潍坊晚报', place: 'none' })).toBeNull()
    expect(outletPlace(gazetteer, { name: '潍坊晚报', place: null })?.name).toBe('潍坊市')
    for (const code of ['370000', '410100', '999999', "' OR 1=1"]) expect(outletPlace(gazetteer, { name: '潍坊晚报', place: code }), code).toBeNull()
  })
})

describe('Tagger.tag() with the outlet as context (docs/tagging-guideline.md §2.3)', () => {
  it("settles a self-reference (我市, 市交通运输局) at the outlet's place, with the words and the outlet, less sure than a name", () => {
    const region = tagger.tag('', '本报讯 昨晚，八级狂风裹挟着暴雨突袭我市，市区内一些低洼路段水流成河。', { name: '青岛日报' }).region
    expect(region).toMatchObject({ province: '山东省', city: '青岛市', county: null, code: '370200', terms: ['我市', '市区'], outlet: '青岛日报' })
    const named = tagger.tag('', '昨晚，八级狂风裹挟着暴雨突袭青岛，市区内一些低洼路段水流成河。', { name: '青岛日报' }).region!
    expect(region!.confidence).toBeLessThan(named.confidence!)
    expect(named.outlet).toBeUndefined()
    // A county-level city's paper: its 市交通运输局 is the county's.
    expect(tagger.tag('', '近期，市交通运输局组织执法力量，开展超限超载专项整治行动。', { name: '莱西新闻' }).region).toMatchObject({ city: '青岛市', county: '莱西市', terms: ['市交通运输局'] })
    // A county paper's 县委 is the county; its 市委 is the city's.
    expect(tagger.tag('县委召开常委会', '', { name: '莒县新闻', place: null }).region).toMatchObject({ city: '日照市', county: '莒县' })
    expect(tagger.tag('市委书记到我县调研', '', { name: '莒县新闻' }).region).toMatchObject({ city: '日照市', county: '莒县' })
    expect(tagger.tag('市委召开常委会', '', { name: '莒县新闻' }).region).toMatchObject({ city: '日照市', county: null })
    // The city's office and hotline: 市长, 副市长, 市12345 (not 超市长期).
    expect(tagger.tag('市长公开电话接听日见闻', '副市长接听了首个电话。', { name: '日照新闻网' }).region).toMatchObject({ city: '日照市', county: null, terms: ['市长', '副市长'] })
    expect(tagger.tag('小区道路坑洼成投诉热点', '上周,市12345政务服务便民热线共受理群众来话7万件。', { name: '烟台日报' }).region).toMatchObject({ city: '烟台市' })
    expect(tagger.tag('', '这家超市长期占道经营。', { name: '烟台日报' }).region).toBeNull()
  })

  it('never overrides a named place: a named other city or a place elsewhere wins', () => {
    expect(tagger.tag('', '我市环卫部门工作人员在济南市历下区清理垃圾。', { name: '聊城日报' }).region).toMatchObject({ city: '济南市', county: '历下区' })
    expect(tagger.tag('', '我市客商赴郑州参加展会。', { name: '潍坊晚报' }).region?.province).toBe('河南省')
    expect(tagger.tag('', '我市环卫部门清理徒骇河垃圾。', { name: '聊城日报' }).region?.outlet).toBe('聊城日报')
  })

  it('gives nothing without an outlet place, without a self-reference, or for an outlet outside the province', () => {
    const text = '4月8日，我市环卫部门工作人员清理水生植物和垃圾。'
    expect(tagger.tag('', text).region).toBeNull()
    expect(tagger.tag('', text, { name: '新华网' }).region).toBeNull()
    expect(tagger.tag('', text, { name: '郑州晚报' }).region).toBeNull()
    expect(tagger.tag('', text, { name: '聊城日报', place: 'none' }).region).toBeNull()
    // The paper's home is not the story's place by itself (guideline §2.1); 超市, 城市管理局 are not 市 units.
    expect(tagger.tag('高高垃圾山终于清走了', '记者接到电话说，超市门口的城市管理局宣传栏倒了。', { name: '潍坊晚报' }).region).toBeNull()
  })

  it("reads a town's short name in the outlet's county or city, and not outside it or without an outlet", () => {
    const text = '日前,一名老人外出时迷了路,在善南派出所民警的帮助下,老人回到了家。'
    expect(tagger.tag('老人外出迷路民警暖心救助', text, { name: '滕州日报' }).region).toMatchObject({ city: '枣庄市', county: '滕州市', terms: ['善南'], outlet: '滕州日报' })
    expect(tagger.tag('老人外出迷路民警暖心救助', text, { name: '枣庄日报' }).region).toMatchObject({ city: '枣庄市', county: '滕州市' })
    expect(tagger.tag('老人外出迷路民警暖心救助', text, { name: '潍坊晚报' }).region).toBeNull()
    expect(tagger.tag('老人外出迷路民警暖心救助', text).region).toBeNull()
  })

  it("reads an ambiguous name (市中区) in the outlet's city, and not when no reading lies there", () => {
    expect(tagger.tag('夜市摊贩抢地盘', '家住市中区青松里小区的魏先生拨打本报热线反映。', { name: '枣庄晚报' }).region).toMatchObject({ city: '枣庄市', county: '市中区', outlet: '枣庄晚报' })
    expect(tagger.tag('夜市摊贩抢地盘', '家住市中区青松里小区的魏先生拨打本报热线反映。', { name: '潍坊晚报' }).region).toMatchObject({ city: null, county: null })
  })

  it("keeps a provincial department's statement at the province, whatever paper prints it", () => {
    expect(tagger.tag('省市场监管局：抽检食品12批次不合格', '全市……', { name: '潍坊晚报' }).region).toMatchObject({ city: null })
  })
})
