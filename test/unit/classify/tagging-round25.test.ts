import { describe, expect, it } from 'vitest'
import { dept, place, tagger } from '../../helpers/home-tagger.ts'

// Round 25 of issue #19, read off the misses of tune31 … tune35 (test/fixtures/eval-real/README.md, round 25): a landmark a
// headline is about, a weather warning's 信号, a verdict, a street named after a department's word, a tornado, a drowning
// at a reservoir and a pier that is not 青岛's. The sentences are written for the test.

describe('a landmark the headline is about is the scene, its county given (§2.1)', () => {
  it('gives the landmark’s county when the headline names it and no city', () => {
    expect(place('趵突泉景区游客拥挤 保安险被挤下水', '景区回应称已加派人手。')).toEqual(['山东省', '济南市', '历下区'])
    expect(place('“五一”小长假 台儿庄古城接待游客30万人次', '')).toEqual(['山东省', '枣庄市', '台儿庄区'])
  })
  it('keeps the city when the headline names the city and the landmark is its example', () => {
    expect(place('菏泽牡丹旅游火爆 曹州牡丹园门票销售创纪录', '')).toEqual(['山东省', '菏泽市', null])
  })
  it('keeps the city for a landmark met only in the body', () => {
    expect(place('济南市区降雨超40毫米', '泉城广场雨量最大。')).toEqual(['山东省', '济南市', null])
  })
})

describe('a weather warning’s 信号 is not a telecom signal (§6.4)', () => {
  it('gives no department for a weather service’s warning', () => {
    expect(dept('菏泽市气象台发布暴雨蓝色预警信号', '')).toBeUndefined()
  })
  it('keeps 工信 for a phone signal', () => {
    expect(dept('', '村民反映,村里手机信号差、宽带网速慢,希望工信部门协调解决。')).toBe('gxj')
  })
})

describe('a headline that reports a sentence is the court’s (§3)', () => {
  it('gives no department for an accident’s verdict', () => {
    expect(dept('化工厂爆炸事故致10人遇难 企业负责人被判刑5年', '')).toBeUndefined()
    expect(dept('矿难案昨日审结 矿主一审被判处有期徒刑', '')).toBeUndefined()
  })
  it('keeps the department for the accident itself, and for a product judged unfit', () => {
    expect(dept('化工厂爆炸事故致10人遇难', '应急管理部门已启动应急响应。')).toBe('yjj')
    expect(dept('一批次食品被判定不合格', '市市场监管局抽检发现一批次食品不合格。')).toBe('scjgj')
  })
})

describe('a department’s word that begins a street’s name is the street', () => {
  it('does not read 农业路 or 公安路 as the department’s matter', () => {
    expect(tagger.tag('农业路中州大道附近 天然气管道被挖断', '').departments.map((d) => d.id)).not.toContain('nyncj')
    expect(dept('', '来电人:明光市公安路中段往池河大道方向的一段路,路灯之间的距离较远,晚上很黑。')).toBe('cgj')
  })
  it('still reads the word where it is not a street (交通路况, 公安路面巡逻)', () => {
    expect(dept('', '交警部门提醒:节日期间交通路况复杂,请注意安全。')).toBe('gaj')
  })
})

describe('a tornado is a disaster, a reservoir where a drowning happened (§1.1, §1.2)', () => {
  it('gives 应急 a tornado’s damage', () => {
    expect(dept('龙卷风突袭东明:被吹毁的西瓜大棚', '')).toBe('yjj')
  })
  it('gives 应急 a drowning at a reservoir and keeps 水利 a reservoir’s own works', () => {
    expect(dept('一男子水库游泳溺亡', '一男子在水库北岸溺亡。消防赶来时,男子已经死亡。这里是挖沙场地,深浅难测。')).toBe('yjj')
    expect(dept('水库除险加固工程完工', '')).toBe('slj')
  })
})

describe('栈桥 is 青岛’s landmark only beside 青岛', () => {
  it('gives no home place to a pier elsewhere', () => {
    expect(place('', '7月10日清晨,东湖绿道三期3号栈桥一名游客戏水时溺水。')).toBeNull()
  })
  it('still gives 市南区 to 青岛’s 栈桥', () => {
    expect(place('青岛栈桥游客如织', '')).toEqual(['山东省', '青岛市', '市南区'])
  })
})

describe('a market regulator’s 消费提示 and a headline listing three cities', () => {
  it('gives 市场监管 a 消费提示 or 消费警示', () => {
    expect(dept('元宵节逛灯会 这些消费提示请收好', '')).toBe('scjgj')
  })
  it('gives the province to a headline that lists three of its cities, whatever the body names most', () => {
    expect(place('山东紧急叫停临沂泰安枣庄所有石膏矿山生产', '平邑县一石膏矿发生坍塌。平邑县已组织救援。')).toEqual(['山东省', null, null])
  })
})

describe('a leader’s tour of several subjects, or of the economy at large, is general government business (§1.2, §3)', () => {
  it('gives no department to a tour of the economy and safety, or of four subjects', () => {
    expect(dept('县长到化工产业集聚区调研产业项目建设和安全生产工作', '')).toBeUndefined()
    expect(dept('', '2月27日,市长到泰山区调研经济运行、复工复产、农业生产、安全生产等工作。')).toBeUndefined()
  })
  it('keeps the department of a tour of one subject, or of one sector’s economy', () => {
    expect(dept('副市长到鄄城县调研工业经济运行工作', '副市长带领市工信局负责人到鄄城县调研工业经济运行工作。')).toBe('gxj')
    expect(dept('县长到化工园区调研安全生产工作', '')).toBe('yjj')
  })
})

// Round 26, read off tune36 … tune38 after they were scored fresh.
describe('an old estate’s added lifts are 住建’s, and a headline naming a province elsewhere is about it', () => {
  it('gives 住建 the lifts added to old estates (老旧小区改造), 市场监管 a lift that traps people', () => {
    expect(dept('青浦区加梯成果显著 200台电梯圆“一键到家”梦', '')).toBe('zjj')
    expect(dept('商场电梯突然停运 两名顾客被困其中', '')).toBe('scjgj')
  })
  it('gives the other province to a headline naming only it, whatever home county’s old name the body has', () => {
    expect(place('云南省近期干旱少雨,森林防灭火形势十分严峻', '丽江、昆明等地持续干旱,苍山一带林区火险等级高。')?.[0]).toBe('云南省')
  })
})
