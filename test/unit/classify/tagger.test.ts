import { describe, expect, it } from 'vitest'
import { defaultCatalogue } from '../../../server/classify/default-catalogue.ts'
import { Gazetteer } from '../../../server/classify/gazetteer.ts'
import { Tagger } from '../../../server/classify/tagger.ts'

const tagger = new Tagger(new Gazetteer('山东省'), defaultCatalogue())

describe('Tagger.tag() places', () => {
  it('settles 市中区 by the city the text names', () => {
    expect(tagger.tag('枣庄市中区一小区电梯频繁故障', '').region).toMatchObject({ province: '山东省', city: '枣庄市', county: '市中区', code: '370402' })
    expect(tagger.tag('市中区一小区停水', '济南市市中区居民反映').region?.code).toBe('370103')
  })

  it('leaves 市中区 at the province when nothing settles it, rather than guessing', () => {
    expect(tagger.tag('市中区一男子持刀抢劫便利店被抓获', '民警迅速出警').region).toMatchObject({ province: '山东省', city: null, county: null, code: '370000' })
  })

  it('finds a name hidden inside a longer word', () => {
    expect(tagger.tag('山东省人民政府办公厅发布通知', '').region?.code).toBe('370000')
  })

  it('does not read a place out of a word that only straddles it', () => {
    // 开封 (河南) sits across 打开 / 封条.
    expect(tagger.tag('工作人员打开封条后清点物品', '').region).toBeNull()
  })

  it('reads short forms and aliases', () => {
    expect(tagger.tag('泉城广场周边占道经营严重', '').region?.city).toBe('济南市')
    expect(tagger.tag('岛城多处井盖缺失', '').region?.city).toBe('青岛市')
    expect(tagger.tag('历下一小学午餐分量不足', '').region).toMatchObject({ city: '济南市', county: '历下区', code: '370102' })
  })

  it('recognises a place outside the home province as such', () => {
    expect(tagger.tag('河南郑州一化工厂爆炸', '').region).toMatchObject({ province: '河南省', city: '郑州市', county: null, code: '410100' })
    expect(tagger.tag('上海一高楼火灾', '').region).toMatchObject({ province: '上海市', city: '上海市' })
  })

  it('reads traditional characters and full-width digits', () => {
    const t = tagger.tag('濟南市歷下區一商場發生火災 造成３人死亡', '')
    expect(t.region?.county).toBe('历下区')
    expect(t.severity).toMatchObject({ level: 'III', deaths: 3 })
  })
})

describe('Tagger.tag() departments and unit', () => {
  it('ranks departments with their matched terms, title above body', () => {
    const t = tagger.tag('历下区一奶茶店被曝使用过期原料', '济南市历下区一奶茶店员工爆料，市场监管部门已上门检查。')
    expect(t.departments[0]).toMatchObject({ id: 'scjgj', name: '市场监督管理局' })
    expect(t.departments[0]!.terms).toEqual(expect.arrayContaining(['奶茶', '过期']))
    expect(t.departments[0]!.score).toBeGreaterThan(0)
  })

  it('lists several departments when an item concerns several', () => {
    const t = tagger.tag('莒县一老旧民房坍塌 一名老人遇难', '莒县住建局已在全县开展农村危房排查，应急管理局组织救援。')
    expect(t.departments.map((d) => d.id)).toEqual(expect.arrayContaining(['zjj', 'yjj']))
  })

  it('suggests the county bureau when the county and department are known', () => {
    expect(tagger.tag('历下区一奶茶店被曝使用过期原料', '').unit).toEqual({ id: '370102-scjgj', name: '济南市历下区市场监督管理局' })
  })

  it('suggests the city bureau when only the city is known', () => {
    expect(tagger.tag('泉城多条街道占道经营严重', '').unit).toEqual({ id: '370100-cgj', name: '济南市城市管理局' })
  })

  it('suggests the county government when the department has no county counterpart', () => {
    expect(tagger.tag('历下区一村镇银行取款难 储户着急', '地方金融监管部门已约谈').unit).toEqual({ id: '370102', name: '济南市历下区人民政府' })
  })

  it('sends provincial-policy topics to the provincial department', () => {
    expect(tagger.tag('全省开展安全生产大检查', '').unit).toEqual({ id: '370000-yjj', name: '山东省应急管理厅' })
  })

  it('sends a headline led by a provincial department to it, even when it names cities', () => {
    const led = tagger.tag('省卫生健康委推进检查检验结果互认 首批覆盖济南青岛烟台', '全省二级以上公立医院将分批推进')
    expect(led.unit).toEqual({ id: '370000-wjw', name: '山东省卫生健康委员会' })
    // The statement is the province's (docs/tagging-guideline.md §2.1), not the first city it lists.
    expect(led.region).toMatchObject({ province: '山东省', city: null, county: null })
    expect(tagger.tag('山东省教育厅部署济南青岛两市中考改革试点', '').unit?.name).toBe('山东省教育厅')
    // A city bureau's own matter stays the city's, and so do a city named after 山东省 and a provincial road.
    expect(tagger.tag('济南市一医院被省卫生健康委通报批评', '').unit?.name).toBe('济南市卫生健康委员会')
    expect(tagger.tag('山东省济南市公安局破获一起电信诈骗案', '').unit?.name).toBe('济南市公安局')
    expect(tagger.tag('省道S102临沂段塌方 交通运输局抢修', '').unit?.name).not.toMatch(/^山东省/)
  })

  it('suggests no unit for a place outside the home province', () => {
    expect(tagger.tag('河南郑州一化工厂爆炸', '').unit).toBeNull()
  })

  it('does not take an incident word out of a word that only straddles it', () => {
    // 遇难题 is 遇 / 难题 ("meet a hard problem"), not 遇难 ("killed").
    expect(tagger.tag('莱山区新建小区入学划片遇难题 家长担心无学可上', '').severity?.level).toBeNull()
    expect(tagger.tag('一名独居老人遇难', '').severity?.level).toBe('IV')
  })

  it('returns empty tags for empty or hostile text without throwing', () => {
    expect(tagger.tag('', '')).toEqual({ departments: [], region: null, unit: null, severity: { level: null, signals: [] } })
    const weird = tagger.tag('\u0000\uFFFF<script>alert(1)</script>'.repeat(200), '\uD800'.repeat(50))
    expect(weird.departments).toEqual([])
  })
})
