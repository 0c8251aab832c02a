import { describe, expect, it } from 'vitest'
import { dept } from '../../helpers/home-tagger.ts'

// The guideline's v1.1 clarifications (docs/tagging-guideline.md §6), where the tagger read a settled kind of item
// against its rule. The sentences are written for the test.

describe('noise that disturbs residents is 城管’s (guideline §6.2: building-site and social-life noise)', () => {
  it('reads a resident’s 噪音扰民 or 噪声扰民 complaint as 城管’s, not the environment’s', () => {
    expect(dept('楼下商铺喇叭噪音扰民', '居民反映,商铺门口的音箱从早放到晚。')).toBe('cgj')
    expect(dept('', '有市民反映小区东门一带噪声扰民,希望有关部门处理。')).toBe('cgj')
    expect(dept('工地只在夜里开工 噪音扰民', '附近居民说,工地白天没人干活,晚上机器响个不停。')).toBe('cgj')
  })
  it('keeps a factory’s noise with no disturbance named the environment’s', () => {
    expect(dept('化工厂设备噪音大', '工厂的风机整夜运转,噪声超标。')).toBe('sthjj')
  })
})

describe('a weather service’s warning with no one acting has no department (guideline §6.4, §3)', () => {
  it('suggests no department for a forecast or a warning signal', () => {
    expect(dept('', '市气象局发布暴雨黄色预警,预计今天夜间全市有强降雨过程,请注意防范。')).toBeUndefined()
    expect(dept('某县发布大风蓝色预警', '县气象台将大风蓝色预警信号升级为黄色。')).toBeUndefined()
  })
  it('keeps a warning with a response or a disaster beside it 应急’s', () => {
    expect(dept('', '市气象台发布暴雨红色预警,市防汛抗旱指挥部启动防汛Ⅰ级应急响应。')).toBe('yjj')
    expect(dept('', '气象台发布暴雨预警后,山区多名村民被困,已紧急转移。')).toBe('yjj')
  })
  it('keeps a heavy rain told without a weather service 应急’s (a disaster story is not read as a forecast)', () => {
    expect(dept('暴雨突袭 村民房屋后墙被冲垮', '')).toBe('yjj')
  })
})

describe('a vessel in distress at sea is the acting agency’s (guideline §6.1)', () => {
  it('gives a fire or a sinking that 海事 or a 海上搜救中心 handles to 交通, not to 应急 for the fire’s words', () => {
    expect(dept('一艘货船海上起火', '海上搜救中心协调附近船只救援,船上人员全部获救。')).toBe('jtysj')
    expect(dept('渔船近海沉没两人失踪', '当地海事部门正在组织搜救。')).toBe('jtysj')
  })
  it('gives one a fisheries agency handles to 海洋, with the 渔政 and the fishermen at sea', () => {
    expect(dept('渔船海上起火 渔政船紧急施救', '县渔政部门接到报告后赶赴海面,将5名渔民接回码头。')).toBe('hyj')
  })
  it('keeps a boat fire that firefighters put out in port 应急’s (their own rescuers are named)', () => {
    expect(dept('港口一渔船起火', '消防救援人员赶到现场扑灭大火,无人员伤亡。')).toBe('yjj')
  })
})
