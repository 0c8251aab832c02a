import { describe, expect, it } from 'vitest'
import { dept, place } from '../../helpers/home-tagger.ts'

// Round 12 of issue #19: behaviours from docs/tagging-guideline.md that the fifth tune part
// (test/fixtures/eval-real/tune5.jsonl) asked for. The sentences are written for the test.

describe('a place named in passing (guideline §2.1)', () => {
  it('reads the home province before a person as where the person is from, not the place', () => {
    expect(place('', '8月5日,京昆高速公路上,一名身无分文的山东男子步行回家,被河北高速交警救助。')?.[0]).toBe('河北省')
    expect(place('山东籍货车司机在江苏连云港突发疾病', '')?.[0]).toBe('江苏省')
    // The province as the subject still places the item.
    expect(place('山东男子篮球联赛在潍坊开幕', '')?.[1]).toBe('潍坊市')
    expect(place('山东发布暴雨预警', '')).toEqual(['山东省', null, null])
  })
})

describe('city-wide items (guideline §2.1)', () => {
  it('keeps an item whose headline names two of a city’s counties alike at city level', () => {
    expect(place('市文明办到历下区、槐荫区开展创城督查', '督查组先后检查了两区的农贸市场和老旧小区。')).toEqual(['山东省', '济南市', null])
    // One county in the headline is that county's item.
    expect(place('历下区开展创城督查', '督查组检查了农贸市场。')).toEqual(['山东省', '济南市', '历下区'])
    // Two counties, one leading (named again in the body), is the leading one's.
    expect(place('历下区、槐荫区交界处发生火灾', '火场位于历下区一处仓库。')).toEqual(['山东省', '济南市', '历下区'])
  })
})

describe('a body that settles no county (guideline §2.1)', () => {
  it('keeps a body naming two of a city’s counties alike, with none in the headline, at city level', () => {
    expect(place('德州市文明城市创建测评结果通报', '市创城办委托第三方对德城区、陵城区的部分街道和小区进行了测评。')).toEqual(['山东省', '德州市', null])
    // One of them named again leads: that county.
    expect(place('德州一小区积水三天', '德城区一小区连日积水,居民求助;陵城区也有类似情况,德城区已派人排水。')).toEqual(['山东省', '德州市', '德城区'])
  })
})

describe('the acting subject (guideline §1.2–1.3)', () => {
  it('reads the 12345 hotline as the channel a complaint comes by, not as the 大数据局’s matter', () => {
    expect(dept('上周12345热线受理来电5000件', '市12345政务服务便民热线共受理群众来电5000件,办结率98%。')).toBeUndefined()
    expect(dept('', '有市民拨打12345热线反映,小区物业撤场,电梯停运,住建局已督促开发商接管。')).toBe('zjj')
    expect(dept('“爱山东”APP上线一网通办新功能', '')).toBe('dsjj')
  })
})

describe('vocabulary (guideline §1.1)', () => {
  it('reads the police, labour inspection, administrative divisions and drinking water by their own words', () => {
    expect(dept('景区里的警察故事', '游客络绎不绝,警察坚守岗位。')).toBe('gaj')
    expect(dept('', '农民工到县劳动保障监察大队维权,讨要拖欠的工资。')).toBe('rsj')
    expect(dept('市政府同意六县市区进行区划调整', '')).toBe('mzj')
    expect(dept('', '村里的饮用水浑浊得像泥水一样,无法饮用。')).toBe('slj')
    expect(dept('', '老人骑三轮车拉着孙子回家,途经一胡同时,孙子突然被骑摩托车的两名男子抱走。')).toBe('gaj')
  })

  it('gives construction noise to the city’s law enforcement (综合执法), an industrial one to the environment', () => {
    expect(dept('某小区旁工地施工噪音扰民 影响居民休息', '')).toBe('cgj')
    expect(dept('化工厂设备噪声扰民 环保部门介入', '')).toBe('sthjj')
  })

  it('does not read 环境 in 生活环境 or 营商环境 as the environment', () => {
    expect(dept('全民参与创城美化生活环境', '社区工作人员和志愿者对辖区的小区环境卫生进行清理,传达清洁家园、爱护环境的理念。')).toBeUndefined()
    expect(dept('某区环境空气质量持续改善', '')).toBe('sthjj')
  })

  it('does not read a buried water pipe as groundwater, nor a sewer as pollution', () => {
    expect(dept('', '因村里地下水管漏水,全村村民只好天天花钱买水吃,吃水难。')).toBe('slj')
    expect(dept('', '一些房屋建筑由于建设年代久远,设施设备落后,污水管网常常会出现堵塞的情况,小区住户很烦恼。')).toBe('zjj')
    expect(dept('化工厂偷排污水 河水发黑', '')).toBe('sthjj')
  })

  it('gives a street tree to the city’s parks, a forest to natural resources', () => {
    expect(dept('树木被封在水泥地面内', '市民反映路口一棵行道树生长在水泥地面内。')).toBe('cgj')
    expect(dept('山林里大片树木被砍伐', '村民反映林地被毁。')).toBe('zrzyj')
  })
})

describe('items outside the home province (guideline §2.2)', () => {
  it('reads another province’s county by its full name, over a home city named in passing', () => {
    expect(place('关于石楼县火车站至县城公交的问题', '在济南市有这样一辆公交,每天早上途经20多个村子。')?.[0]).toBe('山西省')
    expect(place('', '鄯善县文旅局发布辟谣声明。')?.[0]).toBe('新疆维吾尔自治区')
  })

  it('leaves a home name alone: one the home province has, or a county name inside a home name', () => {
    // 市中区 is also 乐山's and 内江's: at home it keeps its home readings.
    expect(place('济南市中区一小区停水', '')).toEqual(['山东省', '济南市', '市中区'])
    // 聊城古城区 is 聊城's old town, here and wherever the item names it again.
    expect(place('聊城古城区昨夜突发大火', '古城区西北片区一在建建筑工地失火。')?.slice(0, 2)).toEqual(['山东省', '聊城市'])
  })
})

describe('the urban area is no city-wide statement (guideline §2.1)', () => {
  it('lets a county the text names place an item that also says 城区', () => {
    expect(place('', '东昌府区古楼办事处一村民骑三轮车回家,途经聊城城区一胡同时,孙子被两名男子抱走。')).toEqual(['山东省', '聊城市', '东昌府区'])
    // The city's own bureau still speaks for the whole city.
    expect(place('', '聊城市公安局通报:东昌府区一村民报警称孙子被抱走。')).toEqual(['山东省', '聊城市', null])
  })
})
