import { describe, expect, it } from 'vitest'
import { defaultCatalogue } from '../../../server/classify/default-catalogue.ts'
import { Gazetteer } from '../../../server/classify/gazetteer.ts'
import { Tagger } from '../../../server/classify/tagger.ts'

// Round 5 of issue #19: behaviours from docs/tagging-guideline.md that the second tune part
// (test/fixtures/eval-real/tune2.jsonl) asked for. The sentences are written for the test.
const tagger = new Tagger(new Gazetteer('山东省'), defaultCatalogue())
const dept = (title: string, text = '') => tagger.tag(title, text).departments[0]?.id

describe('rumours (guideline §1.3)', () => {
  it('gives a rumour no catalogue unit refutes to the unit whose matter it is', () => {
    expect(dept('', '辟谣平台发布，网传“某区中考一模成绩排名”为不实信息。')).toBe('jyj')
  })

  it('still gives a refutation to the agency that refutes, over the rumour words', () => {
    expect(dept('网传某中学学生食物中毒 警方辟谣：系谣言', '网传学校学生集体中毒，经公安机关核查为谣言')).toBe('gaj')
  })

  it('gives rumour-mongers found and punished to the police', () => {
    expect(dept('散播“封城”谣言，八人被查获', '有关封城的信息在网上流传，经核实，信息不属实。')).toBe('gaj')
  })
})

describe('纪委 cases (guideline §1.2)', () => {
  it('gives none when an official is disciplined: the bureau is the employer, not the matter', () => {
    expect(dept('某市林业局违规为干部职工配备手机，局长被党内严重警告', '近日，省纪委通报5起违反中央八项规定精神典型问题。')).toBeUndefined()
    expect(dept('', '某市纪委网站发布消息称，市水利局副县级干部涉嫌严重违纪，目前正在接受组织纪律审查。')).toBeUndefined()
  })

  it('keeps the department when the case is about its matter', () => {
    expect(dept('市纪委监委通报：两家诊所骗取医保基金', '诊所虚构诊疗项目骗保，追回医保基金')).toBe('ybj')
  })
})

describe('words inside other words', () => {
  it('does not read 民政 inside 人民政府', () => {
    expect(dept('', '各乡镇人民政府，市级各部门：《市人民政府常务会议议事规则》已经市政府常务会议通过，现予印发。')).not.toBe('mzj')
    expect(dept('市民政局开展养老机构安全检查', '')).toBe('mzj')
  })
})

describe('former agency names (guideline §1.1: today\'s counterpart)', () => {
  it('maps 质监局, 工商局, 经信委 and 卫计委 to the departments that took them over', () => {
    expect(dept('市质监局：第三批产品抽查38批次不合格', '')).toBe('scjgj')
    expect(dept('区工商局查处一批无照经营户', '')).toBe('scjgj')
    expect(dept('市经信委召开企业座谈会', '')).toBe('gxj')
    expect(dept('县卫计委开展义诊', '')).toBe('wjw')
  })
})

describe('city-wide figures (guideline §2.1)', () => {
  it('reads a county in a bracketed breakdown of a city-wide figure as that city only', () => {
    expect(tagger.tag('', '2月6日0时至12时，枣庄市无新增确诊病例，新增疑似病例1例(峄城区1例)。').region).toMatchObject({ city: '枣庄市', county: null })
  })

  it('still reads a county the text names outside a breakdown', () => {
    expect(tagger.tag('', '2月6日，峄城区新增疑似病例1例。').region).toMatchObject({ city: '枣庄市', county: '峄城区' })
  })

  it('reads a city bureau\'s branch in a county as the county\'s unit', () => {
    expect(tagger.tag('', '7月17日，济南市公安局钢城分局反诈中心接到银行紧急预警').region).toMatchObject({ city: '济南市', county: '钢城区' })
  })
})

describe('datelines (guideline §2.1: not where the newspaper is)', () => {
  it('does not place a provincial story in the city it was filed from', () => {
    const t = tagger.tag('山东旅游未现重大投诉', '本报济南10月4日讯 国庆假期进入第四天，全省各地游客总量平稳上升。')
    expect(t.region).toMatchObject({ province: '山东省', city: null })
  })

  it('still reads the dateline when the item names no other place', () => {
    expect(tagger.tag('', '本报聊城8月1日讯 7月31日，市防指发布防汛四级预警。').region).toMatchObject({ city: '聊城市' })
  })
})

describe('two cities alike in the headline (guideline §2.1)', () => {
  it('gives the province only', () => {
    expect(tagger.tag('泰安济南两地交界处发生火灾', '两地2000余人连夜扑救').region).toMatchObject({ province: '山东省', city: null })
  })
})

describe('我省 in another province\'s paper', () => {
  it('is not the home province when the outlet names another province', () => {
    expect(tagger.tag('我省统一销毁211吨侵权假冒伪劣商品', '昨日，侵权假冒伪劣商品集中销毁。', { name: '浙江工人日报' }).region).toBeNull()
  })

  it('is the home province in a home outlet or one that names no place', () => {
    expect(tagger.tag('我省统一销毁211吨侵权假冒伪劣商品', '昨日，侵权假冒伪劣商品集中销毁。', { name: '大众日报' }).region).toMatchObject({ province: '山东省', city: null })
    expect(tagger.tag('我省统一销毁211吨侵权假冒伪劣商品', '昨日，侵权假冒伪劣商品集中销毁。').region).toMatchObject({ province: '山东省' })
  })
})

describe('datelines elsewhere', () => {
  it('keeps another province\'s dateline: a home province named in passing does not take the item', () => {
    expect(tagger.tag('', '中新网杭州5月3日电 一名山东籍男子在西湖落水获救。').region).toMatchObject({ province: '浙江省' })
  })
})

describe('everyday complaints and accidents (tune2 batch 3)', () => {
  it('gives 油烟扰民 and 露天烧烤 to 城管 (综合执法), a gas-cylinder blast to 应急, 吃水难 to 水利', () => {
    expect(dept('小区楼下烧烤店油烟扰民', '网友留言反映，烧烤味直冲居民卧室')).toBe('cgj')
    expect(dept('一饭店液化气罐爆炸 3人受伤', '')).toBe('yjj')
    expect(dept('整单元居民遭遇吃水难', '居民家几乎处于无水状态')).toBe('slj')
  })
})
