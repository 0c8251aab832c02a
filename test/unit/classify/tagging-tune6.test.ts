import { describe, expect, it } from 'vitest'
import { dept, gazetteer, place } from '../../helpers/home-tagger.ts'
import { derivedOutletPlace } from '../../../server/classify/outlet-place.ts'

// Round 13 of issue #19: place evidence that is not a division's name (docs/tagging-guideline.md
// §2.1, §2.3), as the five tune parts asked for. The sentences are written for the test.

describe("a local outlet's place when its name names no division (guideline §2.3)", () => {
  it('knows the city whose own press a listed outlet is, and nothing for a provincial title', () => {
    expect(derivedOutletPlace(gazetteer, '半岛都市报')?.name).toBe('青岛市')
    expect(derivedOutletPlace(gazetteer, '半岛网-半岛都市报')?.name).toBe('青岛市')
    expect(derivedOutletPlace(gazetteer, '鲁中晨报')?.name).toBe('淄博市')
    expect(derivedOutletPlace(gazetteer, '黄三角早报')?.name).toBe('东营市')
    expect(derivedOutletPlace(gazetteer, '齐鲁晚报')).toBeNull()
    expect(derivedOutletPlace(gazetteer, '大众网')).toBeNull()
  })

  it('reads such an outlet’s self-reference as its city', () => {
    expect(place('', '本报讯 昨天,我市迎来入秋后首场降雨,市区多条道路积水。', '半岛都市报')).toEqual(['山东省', '青岛市', null])
    expect(place('', '本报讯 昨天,我市迎来入秋后首场降雨,市区多条道路积水。', '齐鲁晚报')).toBeNull()
  })
})

describe('a town several cities have, in a local outlet (guideline §2.3)', () => {
  const text = '24日上午,城管执法队员联合东城街道办事处工作人员对银湖小区内的违建进行集中拆除。'
  it('reads the one town of that name in the outlet’s city', () => {
    expect(place('小区内违建被拆除', text, '东营日报')).toEqual(['山东省', '东营市', '东营区'])
    expect(place('小区内违建被拆除', text, '潍坊晚报')).toEqual(['山东省', '潍坊市', '临朐县'])
  })
  it('reads none without an outlet, or where the outlet’s city has two towns of that name', () => {
    expect(place('小区内违建被拆除', text)).toBeNull()
    expect(place('小区内违建被拆除', text, '菏泽日报')).toBeNull()
  })
})

describe('a bare development zone in a local outlet (guideline §2.1, §2.3)', () => {
  it('reads the zone’s unit as the outlet city’s zone, which gives the city only', () => {
    const text = '今年以来,开发区行政审批服务局深化“放管服”改革,企业开办时间压缩至半天。'
    expect(place('', text, '聊城日报')).toEqual(['山东省', '聊城市', null])
    // A county paper's zone is still only the city's (§2.1: a zone gives the city).
    expect(place('', text, '莒县新闻')).toEqual(['山东省', '日照市', null])
    expect(place('', text)).toBeNull()
  })
  it('reads neither a zone without a unit nor a named zone', () => {
    expect(place('', '高新区的夜景很美,吸引了不少游客。', '聊城日报')).toBeNull()
    expect(place('', '临港经济开发区管委会组织企业开展安全检查。', '聊城日报')).toBeNull()
  })
})

describe('a city’s main railway station (guideline §2.1, institutions as data)', () => {
  it('reads 火车站 as the named city’s main station, and that station’s district where something happened there', () => {
    expect(place('火车站广场一出租车起火', '青岛市民拍下视频,火车站广场一辆出租车突然起火。')).toEqual(['山东省', '青岛市', '市南区'])
    expect(place('', '济南火车站北广场发生火灾,无人员伤亡。')).toEqual(['山东省', '济南市', '天桥区'])
    // Round 21: outside an incident the station is where a city-wide matter is seen, the city's; round 25: unless the
    // headline is about the station itself and names no city (r0494, labelled 市南区).
    expect(place('黑车拉客屡禁不止', '近日,青岛市民反映,火车站广场周边常有黑车拉客。')).toEqual(['山东省', '青岛市', null])
    expect(place('火车站周边黑车拉客屡禁不止', '近日,青岛市民反映,火车站广场周边常有黑车拉客。')).toEqual(['山东省', '青岛市', '市南区'])
  })
  it('leaves a county’s own station and another place’s station to the place named', () => {
    expect(place('火车站周边黑车拉客屡禁不止', '近日,邹城市民反映,火车站广场周边常有黑车拉客。')).toEqual(['山东省', '济宁市', '邹城市'])
    expect(place('关于石楼县火车站至县城公交的问题', '在济南市有这样一路公交,每天途经20多个村子。')?.[0]).toBe('山西省')
    expect(place('火车站周边黑车拉客屡禁不止', '近日,有网友反映,火车站广场周边常有黑车拉客。')).toBeNull()
  })
})

describe('a local paper’s own dispatch (本报讯, guideline §2.3)', () => {
  const text = '本报11月27日讯(记者 张明)24日,一名男子在高速公路上行走,被巡查的高速交警发现后带离。'
  it('is from the paper’s own division when the item names none and refers to none', () => {
    expect(place('', text, '日照日报')).toEqual(['山东省', '日照市', null])
    expect(place('', text, '莒县新闻')).toEqual(['山东省', '日照市', '莒县'])
  })
  it('gives nothing for a provincial paper or none, and never over a place named', () => {
    expect(place('', text, '齐鲁晚报')).toBeNull()
    expect(place('', text)).toBeNull()
    expect(place('', '本报讯 24日,一名男子在河南郑州的高速公路上行走,被交警发现。', '日照日报')?.[0]).toBe('河南省')
  })
})

describe('mountains, lakes and reservoirs (guideline §2.1, institutions as data)', () => {
  it('places an item whose headline, or headline-less first sentence, is about one', () => {
    expect(place('小珠山起山火 浓烟滚滚', '有市民反映,山顶发生火灾,火势较大。')).toEqual(['山东省', '青岛市', '黄岛区'])
    expect(place('', '3月31日上午,小珠山山顶发生火灾。目前明火已被扑灭。')).toEqual(['山东省', '青岛市', '黄岛区'])
    expect(place('跋山水库一男子溺水身亡', '')).toEqual(['山东省', '临沂市', '沂水县'])
    // Round 21: with nothing happening there, the reservoir gives its city only.
    expect(place('跋山水库开闸泄洪', '受连日降雨影响,水库水位上涨。')).toEqual(['山东省', '临沂市', null])
  })
  it('does not read one named in passing further on', () => {
    expect(place('公交线路临时调整', '本报讯 为做好疫情防控,我市公交28日发布消息。开往大珠山的线路暂停运营。', '青岛晚报')).toEqual(['山东省', '青岛市', null])
    expect(place('', '临沂水系发达,有“千库万塘”之称。郯城县、沂水县各有多座水库,其中跋山水库最大。')).toEqual(['山东省', '临沂市', null])
  })
})

describe('city roads against highways (guideline §1.1)', () => {
  it('reads building, paving or digging up a city road as 住建’s, a highway or 公路 as 交通运输’s', () => {
    expect(dept('道路工程加速推进', '故城路道路铺设现场一片繁忙,摊铺机匀速作业。')).toBe('zjj')
    expect(dept('道路开挖后迟迟未修复', '市民反映,村委会前方道路因维修水管开挖后迟迟没有修复。')).toBe('zjj')
    expect(dept('市政道路改造提升工程开工', '')).toBe('zjj')
    expect(dept('国道公路大修 车辆请绕行', '公路部门对路面进行维修。')).toBe('jtysj')
  })
})

describe('household garbage against the smell it gives (guideline §1.2)', () => {
  it('reads uncollected household garbage as the city’s, whatever it smells of', () => {
    expect(dept('', '人行道上有一个装满垃圾的铁箱,里面的生活垃圾好几个月无人清理,散发着刺鼻异味。')).toBe('cgj')
    // A factory's fumes are still the environment's.
    expect(dept('化工厂夜间排放刺鼻气体', '周边居民夜里常闻到刺鼻异味。')).toBe('sthjj')
  })
})
