import { describe, expect, it } from 'vitest'
import { defaultCatalogue } from '../../../server/classify/default-catalogue.ts'
import { Gazetteer } from '../../../server/classify/gazetteer.ts'
import { findPlates } from '../../../server/classify/plates.ts'
import { Tagger } from '../../../server/classify/tagger.ts'

// Behaviours from docs/tagging-guideline.md that the real tune part asked for (issue #19).
const tagger = new Tagger(new Gazetteer('山东省'), defaultCatalogue())

describe('the seed catalogue', () => {
  it('lists each term once per department, so PUT /api/departments accepts it back unchanged', () => {
    for (const d of defaultCatalogue()) expect(new Set(d.terms.map((t) => t.text)).size, d.id).toBe(d.terms.length)
  })
})

describe('agency short names and jargon', () => {
  it('knows 疾控, 网警/特警, 汛情, 三夏, 海事 and 教体局', () => {
    expect(tagger.tag('市疾控中心提醒：秋冬季注意防范诺如病毒', '').departments[0]?.id).toBe('wjw')
    expect(tagger.tag('网警提醒：警惕刷单返利', '').departments[0]?.id).toBe('gaj')
    expect(tagger.tag('黄河出现编号洪水 汛情持续', '').departments[0]?.id).toBe('slj')
    expect(tagger.tag('三夏大忙 小麦收割过半', '').departments[0]?.id).toBe('nyncj')
    expect(tagger.tag('海事局发布大风预警 客滚船停航', '').departments[0]?.id).toBe('jtysj')
    expect(tagger.tag('某区教体局回应学校乱收费', '').departments[0]?.id).toBe('jyj')
  })

  it('reads traditional script before matching terms', () => {
    expect(tagger.tag('1500人搶險隊伍隨時準備迎戰', '').departments[0]).toMatchObject({ id: 'yjj', terms: expect.arrayContaining(['抢险队伍']) })
  })
})

describe('the acting subject and refutations', () => {
  it('gives a refutation to the unit that refutes, not to the rumour words', () => {
    const t = tagger.tag('网传某中学学生食物中毒 警方辟谣：系谣言', '网传学校学生集体中毒，经公安机关核查为谣言')
    expect(t.departments[0]?.id).toBe('gaj')
  })
})

describe('document headlines', () => {
  it('gives 关于…的<document> to the document\'s own matter, not to what it is about', () => {
    const t = tagger.tag('关于2023年度省级预算执行和其他财政收支的审计工作报告', '报告2023年度省级预算执行和其他财政收支的审计情况')
    expect(t.departments[0]).toMatchObject({ id: 'sjj', terms: expect.arrayContaining(['审计工作报告']) })
    // The same words outside a document headline are the budget's.
    expect(tagger.tag('2023年度省级预算执行和其他财政收支情况', '').departments[0]?.id).toBe('czj')
  })
})

describe('city-wide statements', () => {
  it('keeps a city bureau speaking for the city at city level when the body lists a county', () => {
    const t = tagger.tag('刚刚，青岛市卫生健康委员会辟谣！', '网传崂山区出现病例，系谣言')
    expect(t.region).toMatchObject({ city: '青岛市', county: null })
  })

  it('still places a county named right after its city', () => {
    expect(tagger.tag('济南市历城区教育局回应校车问题', '').region).toMatchObject({ city: '济南市', county: '历城区' })
    expect(tagger.tag('济南市中公安进行治安清查', '济南市市中公安分局介绍，市中区…').region).toMatchObject({ county: '市中区' })
  })
})

describe('street names', () => {
  it('does not read a street named after a city as that city', () => {
    expect(tagger.tag('废品堆在马路上', '河南某市民反映，青岛南路附近常有人堆放废品').region?.city).not.toBe('青岛市')
    expect(tagger.tag('日照市一路口积水', '烟台路与淄博路交会处积水严重').region).toMatchObject({ city: '日照市' })
  })
})

describe('vehicle plates', () => {
  it('reads 鲁A–鲁V prefixes, not look-alikes', () => {
    expect(findPlates('一辆鲁Q12345货车', '山东省').map((p) => p.city)).toEqual(['临沂市'])
    expect(findPlates('鲁B牌照出租车', '山东省').map((p) => p.city)).toEqual(['青岛市'])
    expect(findPlates('鲁ABC公司', '山东省')).toEqual([])
    expect(findPlates('鲁Q12345', '河南省')).toEqual([])
  })

  it('settle the city only when no place is named, and with low confidence', () => {
    const plate = tagger.tag('一辆鲁R牌照货车侧翻', '')
    expect(plate.region).toMatchObject({ city: '菏泽市', county: null })
    expect(plate.region!.confidence!).toBeLessThan(0.5)
    expect(tagger.tag('一辆鲁R牌照货车在兰陵县侧翻', '').region).toMatchObject({ city: '临沂市', county: '兰陵县' })
  })
})

describe('confidence', () => {
  it('is high for a named agency and a named place, lower when two departments compete', () => {
    const clear = tagger.tag('济南市历下区市场监管局查处过期食品', '')
    expect(clear.departments[0]!.confidence!).toBeGreaterThan(0.6)
    expect(clear.region!.confidence!).toBeGreaterThanOrEqual(0.9)
    const mixed = tagger.tag('小区燃气泄漏', '消防赶到')
    expect(mixed.departments[0]!.confidence!).toBeLessThan(clear.departments[0]!.confidence!)
    for (const d of mixed.departments) expect(d.confidence! > 0 && d.confidence! <= 1).toBe(true)
  })

  it('is lower for a place met only in the body than for one in the headline', () => {
    const title = tagger.tag('淄博一工厂起火', '')
    const body = tagger.tag('一工厂起火', '事发淄博')
    expect(body.region!.confidence!).toBeLessThan(title.region!.confidence!)
  })
})
