import { describe, expect, it } from 'vitest'
import { dept, place } from '../../helpers/home-tagger.ts'

// Round 19 of issue #19: rules from tune11's misses (docs/tagging-guideline.md §1–§3, §7.4–§7.5), each a rule of the
// guideline rather than a word of one item. The sentences are written for the test.

describe('a police chief named is no reason to drop the police (公安局长 was an exclusion that also cut 公安局长清区)', () => {
  it('reads a county branch of the city police whose name begins with 长 as the police', () => {
    expect(dept('', '济南市公安局长清区分局接到群众报警,称一名老人在路边迷路。')).toBe('gaj')
  })
  it('reads a police chief at work as the police', () => {
    expect(dept('县公安局长带队夜查酒驾', '')).toBe('gaj')
  })
})

describe('a merged 教育和体育局 is education’s, as 教育体育局 already was (guideline §1.1)', () => {
  it('does not read the 体育局 at its end as sport’s own name', () => {
    expect(dept('', '某市教育和体育局召开会议,部署中小学教师培训工作。')).toBe('jyj')
  })
  it('keeps a sport bureau on its own sport’s', () => {
    expect(dept('市体育局举办全民健身运动会', '')).toBe('tyj')
  })
})

describe('an incident the text says did not happen is no evidence of one', () => {
  it('does not count 起火 and 爆炸 after 未见 for 应急 over the works that caused a gas leak', () => {
    expect(dept('一工地燃气管道泄漏事故', '施工机械挖穿下水管道后又打漏燃气管道,燃气扩散,现场被及时控制,未见起火爆炸。')).toBe('zjj')
  })
  it('still reads a fire that hurt nobody (无人员伤亡) as 应急’s', () => {
    expect(dept('一仓库起火 无人员伤亡', '一仓库发生火灾,所幸未造成人员伤亡。')).toBe('yjj')
  })
  it('keeps what a complaint says is missing (没有物业) as the matter', () => {
    expect(dept('小区没有物业 垃圾无人清理', '居民反映,小区没有物业管理,楼道垃圾堆积。')).toBe('zjj')
  })
})

describe('volunteers a bureau names as its own are the bureau at work (guideline §7.4)', () => {
  it('reads a 住建局’s 垃圾分类 volunteers as 住建’s', () => {
    expect(dept('', '某区住建局垃圾分类志愿者走进社区,开展垃圾分类宣传活动。')).toBe('zjj')
  })
  it('keeps volunteers of no bureau a feature with no department', () => {
    expect(dept('', '县青年志愿者帮助村民装运白菜,开展垃圾分类宣传活动。')).toBeUndefined()
  })
})

describe('a court that is the item’s subject is the judiciary’s business: no department (guideline §3)', () => {
  it('suggests none for a court’s sentencing of criminals', () => {
    expect(dept('全市法院集中宣判一批涉黑犯罪案件', '市中级人民法院和基层法院集中宣判黑恶势力犯罪案件12件。')).toBeUndefined()
  })
  it('keeps a department whose case goes to court its own', () => {
    expect(dept('市卫健委:患儿家属已向法院起诉', '市卫生健康委员会通报,医院一名患儿离世,家属已向法院起诉。')).toBe('wjw')
  })
})

describe('programme names the catalogue lacked (guideline §1.1)', () => {
  it('reads 突发环境事件, even in an emergency drill, as the environment’s', () => {
    expect(dept('某区开展突发环境事件应急演练', '区生态环境分局、区应急管理局和企业参加演练。')).toBe('sthjj')
  })
  it('reads 黄河滩区迁建 as 发改’s programme', () => {
    expect(dept('县黄河滩区迁建工程进展顺利', '')).toBe('fgw')
  })
  it('reads a lake’s 封湖禁渔 as 农业农村’s fishery', () => {
    expect(dept('南四湖今起封湖禁渔', '为保护湖区渔业资源和生态环境,县里决定实行封湖禁渔。')).toBe('nyncj')
  })
})

describe('places: a division named outright beats an institution at equal weight (guideline §2.1)', () => {
  it('reads professors of a university visiting a county as being in that county', () => {
    expect(place('', '山东农业大学的几位教授组成专家组,到蒙阴县调研指导果业生产。')).toEqual(['山东省', '临沂市', '蒙阴县'])
  })
  it('keeps an institution alone giving its city', () => {
    expect(place('', '山东农业大学的几位教授组成专家组,开展果业生产调研。')).toEqual(['山东省', '泰安市', null])
  })
})

describe('places: a county’s own unit joined to the city’s at work is the county acting (guideline §7.5)', () => {
  it('reads the city police and a county branch acting together as in that county', () => {
    expect(place('聊城警方紧急阻止一起诈骗案', '聊城市公安局与东昌府分局联合,成功阻止一起电信诈骗。')).toEqual(['山东省', '聊城市', '东昌府区'])
  })
  it('keeps a city-wide plan that quotes one county’s bureau at city level', () => {
    expect(place('聊城市计划新改建农村公路500公里', '记者从高唐县交通运输局了解到,该县今年改善123条路段。')).toEqual(['山东省', '聊城市', null])
  })
})
