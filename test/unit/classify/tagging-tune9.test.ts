import { describe, expect, it } from 'vitest'
import { place } from '../../helpers/home-tagger.ts'

// Tuning round 15 of issue #19: place evidence the representative tune8 part found unread or misread
// (docs/tagging-guideline.md §2.1). The sentences are written for the test.

describe('a numbered 海水浴场 is 青岛’s only with 青岛 named (guideline §2.1)', () => {
  it('reads 青岛第一海水浴场, and 一浴 or 第一海水浴场 with 青岛 named, as 市南区', () => {
    expect(place('', '青岛第一海水浴场一名游客溺水,救生员将其救起。')).toEqual(['山东省', '青岛市', '市南区'])
    expect(place('', '记者在青岛看到,第二海水浴场一名游客溺水。')).toEqual(['山东省', '青岛市', '市南区'])
    // Round 21: a beach's opening is no incident there; the city only.
    expect(place('', '青岛第一海水浴场今天开放,救生员全天值守。')).toEqual(['山东省', '青岛市', null])
  })
  it('does not read a bare numbered beach as 青岛’s, since other cities number theirs too', () => {
    expect(place('', '5月1日,第三海水浴场游人如织,两名游客被困礁石后获救。')).toBeNull()
    expect(place('', '日照第三海水浴场今天正式开放,游客纷纷下海。')).toEqual(['山东省', '日照市', null])
  })
})

describe('a city unit at work in one county’s town is that county’s (guideline §2.1)', () => {
  it('gives the county when its own town or 村 is named too', () => {
    expect(place('', '临沂市应急管理局检查组来到沂水县许家湖镇,查看一家石料厂的安全生产情况。')).toEqual(['山东省', '临沂市', '沂水县'])
    expect(place('', '12月3日,威海市市场监管局执法人员赶到乳山市乳山口镇,对一家冷库进行检查。')).toEqual(['山东省', '威海市', '乳山市'])
  })
  it('keeps the city speaking for the city when it names counties and no town of theirs', () => {
    expect(place('', '日照市卫生健康委员会负责同志到五莲县调研基层医疗工作。')).toEqual(['山东省', '日照市', null])
    expect(place('', '临沂市应急管理局通报,沂水县、蒙阴县各有一家企业被责令停产整顿。')).toEqual(['山东省', '临沂市', null])
  })
})

describe('a full town name one other town in the country shares stands alone when nothing else is named (guideline §2.1)', () => {
  it('reads 宫里镇 (one more in 陕西) as 新泰市 in an item that names no division', () => {
    expect(place('', '宫里镇一村民反映,村前的水泥路被挖开后一直没有修复。')).toEqual(['山东省', '泰安市', '新泰市'])
  })
  it('leaves a name many provinces share, or one beside a place elsewhere, unread', () => {
    expect(place('', '王村镇居民反映,自来水烧开后浑浊发白。')).toBeNull()
    expect(place('', '陕西渭南富平县宫里镇一处果园发生火灾,无人员伤亡。')?.[0]).toBe('陕西省')
  })
})

describe('a headline naming a place elsewhere first is about there (guideline §2.1–2.2)', () => {
  it('gives the place elsewhere when a home team helps there', () => {
    expect(place('河南新乡遭遇洪水 菏泽救援队驰援转移群众', '')?.[0]).toBe('河南省')
  })
  it('keeps the home place when the place elsewhere is someone’s origin', () => {
    expect(place('北京游客在泰安走失 民警连夜寻回', '')).toEqual(['山东省', '泰安市', null])
  })
})

describe('a zone the city runs gives the city only (guideline §2.1)', () => {
  it('reads 山海天, 鲁西新区 and 天衢新区 as their cities', () => {
    expect(place('', '山海天旅游度假区海边,两名游客被困礁石,民警及时救助。')).toEqual(['山东省', '日照市', null])
    expect(place('鲁西新区一小区停电三天 居民盼早日恢复', '')).toEqual(['山东省', '菏泽市', null])
    expect(place('', '天衢新区一处路口信号灯故障,早高峰车辆排起长队。')).toEqual(['山东省', '德州市', null])
  })
})
