import { describe, expect, it } from 'vitest'
import { dept, place } from '../../helpers/home-tagger.ts'

// Round 21 of issue #19, registered before tune16 … tune20 were scored (scripts/county-landmark/README.md): on text the
// rules were not tuned on, a county reached only through a landmark was most often the example of a city-wide subject
// (docs/tagging-guideline.md §2.1, §7.5). The sentences are written for the test.

describe('a county reached only through a landmark (§2.1, §7.5)', () => {
  it('gives the city only when nothing happened at the landmark', () => {
    expect(place('济南市区降雨超40毫米', '今晨济南市区开始降雨,其中泉城广场站雨量最大。')).toEqual(['山东省', '济南市', null])
    expect(place('聊城市环东昌湖半程马拉松赛举行', '5月1日上午,八千名选手参赛。')).toEqual(['山东省', '聊城市', null])
  })
  it('gives the landmark’s county when the item reports an incident there', () => {
    expect(place('', '今晨泉城广场一处配电箱起火,消防员迅速扑灭。')).toEqual(['山东省', '济南市', '历下区'])
    expect(place('一男子在东昌湖溺水', '')).toEqual(['山东省', '聊城市', '东昌府区'])
  })
  it('still gives the county a town or a division’s own name settles', () => {
    expect(place('', '泊里镇退役军人服务站开展春节走访慰问。')).toEqual(['山东省', '青岛市', '黄岛区'])
    expect(place('历下区泉城广场新增五十个座椅', '')).toEqual(['山东省', '济南市', '历下区'])
  })
})

describe('a national ministry named as the actor is its counterpart department (§2.2)', () => {
  it('reads 教育部 as 教育, over the drowning its notice is about', () => {
    expect(dept('教育部发布预防学生溺水工作预警', '近期多地发生学生溺水事故,教育部提醒各地加强安全教育。')).toBe('jyj')
  })
  it('reads a ministry by its short name, where no word of its matter is there', () => {
    expect(dept('人社部公布一批新职业', '')).toBe('rsj')
    expect(dept('住建部公布第二批名单', '')).toBe('zjj')
    expect(dept('工信部公布一批名单', '')).toBe('gxj')
    expect(dept('科技部公布一批名单', '')).toBe('kjj')
  })
})

describe('words of a duty the catalogue lacked, from the misses the parts share', () => {
  it('reads clearing a city’s snow as 城管’s (环卫), a free clinic and 送医送药 as 卫健’s', () => {
    expect(dept('大雪过后各区连夜清雪', '')).toBe('cgj')
    expect(dept('专家进村开展义诊', '')).toBe('wjw')
    expect(dept('', '健康扶贫在行动,送医送药到村里。')).toBe('wjw')
  })
  it('reads a harvest, a tea garden and 禁渔 as 农业农村’s, a festival as 文旅’s', () => {
    expect(dept('万亩冬枣喜获丰收', '')).toBe('nyncj')
    expect(dept('', '茶园里春茶即将进入采摘期。')).toBe('nyncj')
    expect(dept('湖区春季禁渔工作秩序井然', '')).toBe('nyncj')
    expect(dept('第十届樱桃文化节开幕', '')).toBe('whlyj')
  })
  it('reads 突发事件 warnings as 应急’s, 水情 as 水利’s, 逆向行驶 as the traffic police’s', () => {
    expect(dept('加快建设突发事件预警信息发布系统', '')).toBe('yjj')
    expect(dept('近期水情通告', '')).toBe('slj')
    expect(dept('', '网友称一辆搅拌车在大道上逆向行驶。')).toBe('gaj')
  })
})

describe('a fishery at sea is 海洋’s, an inland one 农业农村’s (§6.1)', () => {
  it('reads farming and fishing beside the sea’s words as 海洋’s', () => {
    expect(dept('高温来袭 海参养殖户忙降温', '')).toBe('hyj')
    expect(dept('', '沾化区立足近海资源,渔业产值持续增长。')).toBe('hyj')
  })
  it('keeps a lake’s boats and fishermen 农业农村’s', () => {
    expect(dept('', '微山湖上,渔政人员驾船巡查,提醒渔民遵守禁渔规定。')).toBe('nyncj')
  })
})

describe('a word cut across is not the term inside it', () => {
  it('does not read the 海事 in 入海事件 as the maritime administration', () => {
    expect(dept('网传“某地观光车入海事件”系不实信息', '经应急管理局核实,未发生人员失联。')).toBe('yjj')
  })
})
