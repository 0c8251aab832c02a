import { describe, expect, it } from 'vitest'
import { dept, place } from '../../helpers/home-tagger.ts'

// Tuning round 18: the tagger follows guideline v1.2 (docs/tagging-guideline.md §7). The sentences are written for the test.

describe('an estate’s own drains and grounds are 住建’s, the street outside its gate 城管’s (guideline §7.1)', () => {
  it('reads standing water, a blocked drain or ruined lawns inside an estate as 住建’s', () => {
    expect(dept('某小区积水多年无人管', '居民说,一下雨楼前就成了河。')).toBe('zjj')
    expect(dept('', '市民反映,某花园小区内道路每逢下雨就积水,车辆无法停车。')).toBe('zjj')
    expect(dept('', '小区内部的树木和草坪被人毁绿种菜,居民希望有人管一管。')).toBe('zjj')
  })
  it('keeps water at an estate’s gate, a city drain laid for it and its rubbish 城管’s', () => {
    expect(dept('小区门前道路积水严重', '市民反映,路口一下雨就积水,行人无法通过。')).toBe('cgj')
    expect(dept('', '小区门口正在新建雨水管道,增大排水量,将解决小区内涝问题。')).toBe('cgj')
    expect(dept('小区内垃圾成堆无人清运', '')).toBe('cgj')
  })
})

describe('a rescue by the police alone is 公安’s, with rescuers beside them 应急’s (guideline §7.3)', () => {
  it('reads a lost walker found by a 派出所 that took the call as the police’s', () => {
    expect(dept('山中成功救援失联老人', '某镇派出所接到报警,一名老人进山后失联,家属请求救援。')).toBe('gaj')
  })
  it('reads police and fire rescuers bringing climbers down together as 应急’s', () => {
    expect(dept('', '两名登山者在山顶迷路,公安民警会同消防救援人员连夜上山,将二人安全带下山。')).toBe('yjj')
  })
  it('keeps a 派出所’s fire-safety check the police’s', () => {
    expect(dept('派出所走进幼儿园开展消防安全检查', '民警查看了灭火器。')).toBe('gaj')
  })
})

describe('防溺水 is a school’s safety education, a drowning 应急’s (guideline §7.3)', () => {
  it('reads a warning to pupils and parents against drowning as 教育’s', () => {
    expect(dept('暑假防溺水安全教育再提醒', '学校提醒家长看护好孩子,不要私自下河游泳。')).toBe('jyj')
  })
  it('keeps a drowning 应急’s', () => {
    expect(dept('两名少年在河中溺水身亡', '')).toBe('yjj')
  })
})

describe('a street’s 人行道 surface is the road’s, 住建’s; occupying it 城管’s (guideline §7.1)', () => {
  it('reads a sidewalk relaid or its broken tiles mended as 住建’s, though its 井盖 are named', () => {
    expect(dept('', '某路段人行道翻新完成,破损地砖集中修补,盲道、井盖等附属设施一并完善。')).toBe('zjj')
    expect(dept('市民反映某路人行道破损严重', '')).toBe('zjj')
  })
  it('keeps stalls on a sidewalk 城管’s', () => {
    expect(dept('人行道被占道经营的摊贩堵死', '')).toBe('cgj')
  })
})

describe('a village’s own lanes are its streets, 住建’s; a road into or between villages 交通’s (guideline §7.1)', () => {
  it('reads a village’s worn lanes as 住建’s, not a highway’s', () => {
    expect(dept('村里的路坑坑洼洼何时能修', '我们村村内大街小巷的路面早已破损,道路坑洼不平。')).toBe('zjj')
    expect(dept('', '某村村内道路修了一半就停工,路面坑洼。')).toBe('zjj')
  })
  it('keeps a 村村通 公路 交通’s', () => {
    expect(dept('村村通公路路面破损', '进村的公路坑洼不平。')).toBe('jtysj')
  })
})

describe('a city’s 大街 is a street, 住建’s, though it is opened to traffic (guideline §7.1, §1.1)', () => {
  it('reads a rebuilt 大街 opened end to end as 住建’s, not a highway’s', () => {
    expect(dept('某某大街改造完成全线贯通', '')).toBe('zjj')
    expect(dept('', '镇上对东风大街、滨河大街等道路进行大修改造。')).toBe('zjj')
  })
  it('reads an estate’s gate reopened to cars as 住建’s', () => {
    expect(dept('某小区西门改造完成顺利通车', '')).toBe('zjj')
  })
  it('keeps a highway opened end to end 交通’s', () => {
    expect(dept('某高速公路全线贯通', '')).toBe('jtysj')
  })
})

describe('a feature on volunteers, 网格 work or party members names no department (guideline §7.4)', () => {
  it('reads volunteers helping farmers and a 网格员 unclogging a drain as no one department’s', () => {
    expect(dept('', '某县青年志愿者来到蔬菜种植基地,帮助农民把白菜装车。')).toBeUndefined()
    expect(dept('社区网格员上门服务', '居民家里下水道堵了,网格员赶来帮忙疏通。')).toBeUndefined()
    expect(dept('老党员带头 这些小区越来越好', '')).toBeUndefined()
  })
  it('keeps a department whose own work leads the feature', () => {
    expect(dept('市场监管局开展校园周边食品安全检查', '志愿者协助发放宣传单。')).toBe('scjgj')
  })
})

describe('lamps inside an estate are its own, 住建’s; a street’s 城管’s (guideline §6.3, §7.1)', () => {
  it('reads an estate’s dark lamps as 住建’s', () => {
    expect(dept('小区路灯半年不亮', '业主反映,小区内的路灯坏了半年,晚上漆黑一片。')).toBe('zjj')
  })
  it('keeps a street’s lamps 城管’s', () => {
    expect(dept('某路路灯半年不亮', '市民反映,路段漆黑一片。')).toBe('cgj')
  })
})

describe('household rubbish is 环卫’s on both sides of an estate’s gate (guideline §7.1)', () => {
  it('reads rubbish piled in an old estate as 城管’s', () => {
    expect(dept('', '有市民反映,一老旧小区的车棚顶上堆满了垃圾,一直没人清理。')).toBe('cgj')
  })
  it('keeps a complaint about the 物业’s service 住建’s', () => {
    expect(dept('物业不作为 小区垃圾没人管', '业主交了物业费,物业却迟迟不清理楼道垃圾。')).toBe('zjj')
  })
})

describe('an estate’s name settles no county (guideline §7.5)', () => {
  it('reads an estate named like a 社区 of one county as its city’s only', () => {
    expect(place('济南市中润世纪城小区停车场起火', '')).toEqual(['山东省', '济南市', null])
    expect(place('', '临沂市京韵园小区的业主反映供暖不热。')).toEqual(['山东省', '临沂市', null])
  })
  it('still reads the 社区 the division list names in one county as that county', () => {
    expect(place('', '济南市中润世纪城社区组织居民议事。')).toEqual(['山东省', '济南市', '历下区'])
  })
})

describe('a development zone named on its own gives the city for the 社区 it runs (guideline §7.5)', () => {
  it('reads a 社区 the zone sends a team to as the city’s only', () => {
    expect(place('', '6月3日,开发区派驻中润世纪城社区工作队走访居民,收集意见建议。')).toEqual(['山东省', '济南市', null])
  })
  it('keeps a 社区 in a county’s own text, where a bare zone is the county’s', () => {
    expect(place('', '县政府各部门、经济开发区管委会:中润世纪城社区开展走访。')).toEqual(['山东省', '济南市', '历下区'])
  })
})

describe('a 区 after a city’s name that is none of its districts is the city’s zone (guideline §7.5)', () => {
  it('reads a town named with the zone as the city’s only', () => {
    expect(place('济宁太白湖区一村庄外倒满垃圾', '许庄街道的村民反映。')).toEqual(['山东省', '济宁市', null])
  })
  it('keeps a district’s own name and an estate (小区) as they were', () => {
    expect(place('济宁任城区一村庄外倒满垃圾', '许庄街道的村民反映。')).toEqual(['山东省', '济宁市', '任城区'])
    expect(place('', '济宁一小区门口,许庄街道的居民反映。')).toEqual(['山东省', '济宁市', '任城区'])
  })
})

describe('an estate’s own sewer overflowing is 住建’s, not pollution (guideline §7.1)', () => {
  it('reads sewage coming up inside an estate as 住建’s', () => {
    expect(dept('', '居民反映,小区内的污水管道坏了半个月,污水外溢,异味很大。')).toBe('zjj')
  })
  it('keeps a factory’s sewage in a river the environment’s', () => {
    expect(dept('', '村民反映,河边一家工厂偷排污水,异味很大。')).toBe('sthjj')
  })
})

describe('拆迁 and 房屋征收 are housing programmes, 住建’s (guideline §7.1)', () => {
  it('reads a resident’s 拆迁 question as 住建’s', () => {
    expect(dept('拆迁补偿何时到位', '我家老房子去年被拆迁,补偿款至今没有发放。')).toBe('zjj')
  })
  it('keeps land taken for a project 自然资源’s', () => {
    expect(dept('村里耕地被违法占用', '有企业未经批准征地建厂。')).toBe('zrzyj')
  })
})

describe('农村公路 and the 四好农村路 programme are 交通’s (guideline §7.1, §7.4)', () => {
  it('reads a feature on rural roads for 乡村振兴 as 交通’s', () => {
    expect(dept('某市:农村路建设助力乡村振兴', '全市加快推进“四好”农村路建设,乡村振兴有了交通保障。')).toBe('jtysj')
    expect(dept('', '今年全县新改建农村公路一百公里。')).toBe('jtysj')
  })
})
