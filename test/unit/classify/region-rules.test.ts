import { describe, expect, it } from 'vitest'
import { defaultCatalogue } from '../../../server/classify/default-catalogue.ts'
import { Gazetteer } from '../../../server/classify/gazetteer.ts'
import { Tagger } from '../../../server/classify/tagger.ts'

const tagger = new Tagger(new Gazetteer('山东省'), defaultCatalogue())
const PROVINCE_ONLY = { province: '山东省', city: null, county: null, code: '370000' }

describe('Tagger.tag() province, city and elsewhere (docs/tagging-guideline.md §2)', () => {
  it('reads a name outside the province that starts an organisation as the organisation, not the place', () => {
    expect(tagger.tag('北京大学校长来潍坊调研', '').region).toMatchObject({ city: '潍坊市' })
    expect(tagger.tag('浙江日报记者走进淄博烧烤', '').region).toMatchObject({ city: '淄博市' })
    // The place itself still counts.
    expect(tagger.tag('北京一小区火灾', '').region).toMatchObject({ province: '北京市' })
  })

  it('keeps a headline that names the province at the province when only the body names somewhere else', () => {
    expect(tagger.tag('山东首批重点人群接种新冠疫苗', '疫苗由北京生物制品研究所生产').region).toMatchObject(PROVINCE_ONLY)
    // A headline about somewhere else stays there.
    expect(tagger.tag('河南暴雨 山东派出救援队', '').region?.province).toBe('河南省')
  })

  it('puts a provincial round-up at the province: the headline names only 山东, the body several cities', () => {
    expect(tagger.tag('山东两地相继出现谣言 警方介入', '聊城冠县、临沂两地网传…').region).toMatchObject(PROVINCE_ONLY)
    // One city in the body is that city's story.
    expect(tagger.tag('山东一地出现谣言 警方介入', '聊城冠县网传…').region).toMatchObject({ city: '聊城市', county: '冠县' })
  })

  it('puts a body that names the province and lists three or more cities alike at the province', () => {
    expect(tagger.tag('', '山东省气象台发布暴雪预警，烟台、威海和青岛北部降雪量将达4毫米以上').region).toMatchObject(PROVINCE_ONLY)
    // One city named more than the others is that city's story.
    expect(tagger.tag('', '山东省青岛市一小区火灾，青岛消防赶到，烟台、威海支援').region).toMatchObject({ city: '青岛市' })
  })

  it('reads a town a development zone administers as the zone, which gives the city only, by its short name too', () => {
    expect(tagger.tag('小营加强食盐市场监督检查', '滨州高新区小营街道市场监管所开展检查').region).toMatchObject({ city: '滨州市', county: null })
    // The same town without the zone settles its district.
    expect(tagger.tag('', '滨州市小营街道市场监管所开展检查').region).toMatchObject({ city: '滨州市', county: '滨城区' })
  })

  it('reads 济南军区 as the command, not the place, and a county after 其中 as part of a city-wide statement', () => {
    expect(tagger.tag('', '四川省汶川县发生特大地震，济南军区官兵驰援灾区').region?.province).toBe('四川省')
    expect(tagger.tag('', '济南公交车与轿车追尾').region).toMatchObject({ city: '济南市' })
    expect(tagger.tag('烟台急雪突袭', '一场急雪袭来，其中莱山区雪深达9.3厘米').region).toMatchObject({ city: '烟台市', county: null })
    expect(tagger.tag('烟台急雪突袭', '一场急雪袭来，莱山区雪深达9.3厘米').region).toMatchObject({ city: '烟台市', county: '莱山区' })
  })

  it('reads a county short form that is an everyday word only right before one of its units', () => {
    expect(tagger.tag('', '河口黄河河务局执法人员日夜坚守').region).toMatchObject({ city: '东营市', county: '河口区' })
    expect(tagger.tag('', '天桥公安分局破获一起盗窃案').region).toMatchObject({ city: '济南市', county: '天桥区' })
    // The word itself, and the city's intermediate court, are no county.
    expect(tagger.tag('', '河口湿地迎来候鸟')).toMatchObject({ region: null })
    expect(tagger.tag('', '济南市中级人民法院公开审理一起案件').region).toMatchObject({ city: '济南市', county: null })
  })

  it('lets a place elsewhere lead a body-only item when it is named first and more often than any home place', () => {
    expect(tagger.tag('', '大连海关14日宣布，大连、青岛两地海关联合开展缉私行动').region?.province).toBe('辽宁省')
    // Named once each, the home place keeps the item.
    expect(tagger.tag('', '大连游客在青岛海边落水获救').region).toMatchObject({ city: '青岛市' })
  })

  it('puts a provincial department statement at the province, led by its headline or, without one, its first sentence', () => {
    const t = tagger.tag('', '山东省市场监管局日前发布通告,济南市银座超市、德州市某超市的食品抽检不合格。')
    expect(t.region).toMatchObject(PROVINCE_ONLY)
    expect(t.unit).toEqual({ id: '370000-scjgj', name: '山东省市场监督管理局' })
    expect(tagger.tag('省市场监管局通报三批次食品不合格', '涉及济南、青岛').region).toMatchObject(PROVINCE_ONLY)
  })

  it('reads a county short form before 湾 as the bay, which settles no county', () => {
    expect(tagger.tag('守护胶州湾生态屏障', '青岛市海洋与渔业行政执法支队对胶州湾海域进行联合巡查').region).toMatchObject({ city: '青岛市', county: null })
    // The county itself still counts.
    expect(tagger.tag('胶州一工厂起火', '').region).toMatchObject({ city: '青岛市', county: '胶州市' })
  })

  it('sets aside a capital dateline in an item that names the home province: the national desk filed it', () => {
    expect(tagger.tag('', '央广网北京8月4日消息 近期多地发生海滨旅游安全事故,山东省文化和旅游厅发布海滨旅游安全提示').region).toMatchObject(PROVINCE_ONLY)
    // A capital dateline about the capital stays there, and so does one whose item names no home place.
    expect(tagger.tag('', '新华社北京5月1日电 北京市发布暴雨预警').region?.province).toBe('北京市')
    expect(tagger.tag('', '新华社北京5月1日电 一场暴雨袭击城区').region?.province).toBe('北京市')
  })
})
