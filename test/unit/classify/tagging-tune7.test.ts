import { describe, expect, it } from 'vitest'
import { dept, place } from '../../helpers/home-tagger.ts'

// Round 14 of issue #19: words that say what a matter looks like but not whose it is (docs/tagging-guideline.md
// §1.1–1.2), as the six tune parts asked for. The sentences are written for the test.

describe('a road of an estate or a village is 住建’s, a highway 交通’s (guideline §1.1)', () => {
  it('reads 道路, 路面, 坑洼 beside a 小区 or a village street as the estate’s or the village’s', () => {
    expect(dept('', '市民反映,阳光花园小区门前的路面坑坑洼洼,下雨天更是难走。')).toBe('zjj')
    expect(dept('', '东庄村的道路硬化拖了两年,村民盼望早日完工。')).toBe('zjj')
  })
  it('keeps a highway’s road words 交通’s', () => {
    expect(dept('', '市民反映,205国道路面坑坑洼洼,过往车辆颠簸难行。')).toBe('jtysj')
    expect(dept('', '小区门口的公交站台被撤,居民乘坐公交车要多走一公里。')).toBe('jtysj')
  })
})

describe('a smell is the garbage’s when only the garbage is named (guideline §1.2)', () => {
  it('reads 臭味, 刺鼻 beside garbage as 城管’s', () => {
    expect(dept('路边垃圾堆积 臭味刺鼻', '居民反映,路口东侧堆放着大量垃圾,散发刺鼻的臭味。')).toBe('cgj')
    expect(dept('', '居民反映,小区旁的垃圾转运站凌晨作业噪音扰民,白天散发恶臭。')).toBe('cgj')
  })
  it('keeps a smell with the environment’s own matter 生态环境’s', () => {
    expect(dept('', '居民反映,附近化工厂夜间排放废气,刺鼻异味让人不敢开窗。')).toBe('sthjj')
    expect(dept('', '居民反映,小区楼下飘来刺鼻的臭味,不知从哪里来。')).toBe('sthjj')
  })
})

describe('a 违建 in an estate is 城管’s (guideline §1.2)', () => {
  it('counts 业主, 物业, 小区 half beside 城管’s 违建 words', () => {
    expect(dept('', '执法人员接到举报,某小区一业主在楼顶违建阳光房,物业多次劝阻无效。')).toBe('cgj')
    expect(dept('', '小区业主反映,邻居违规建设阳光房,物业劝阻无果。')).toBe('cgj')
    expect(dept('小区楼顶公共区域被业主圈占', '')).toBe('cgj')
  })
  it('leaves an estate’s own matter 住建’s', () => {
    expect(dept('', '小区业主反映,物业长期不公示收支,业主多次交涉无果。')).toBe('zjj')
  })
})

describe('agency and matter words the sixth tune part lacked (guideline §1.1)', () => {
  it('knows police, transport, garden and water words', () => {
    expect(dept('', '每天上学时段,民警在校门口站好护学岗,护送学生过马路。')).toBe('gaj')
    expect(dept('春运火车站警务室很忙', '')).toBe('gaj')
    expect(dept('', '区交运局组织人员,两天修好了村南一公里路。')).toBe('jtysj')
    expect(dept('', '一楼住户毁绿种菜,楼上居民意见很大。')).toBe('cgj')
    expect(dept('山村老人没水吃', '')).toBe('slj')
  })
})

describe('我省 over a list of the cities, with no headline place, is a provincial round-up (guideline §2.1)', () => {
  it('reads the province only, as 山东 over the same list is', () => {
    const list = '本批信访件涉及济南市20件、青岛市20件、淄博市20件、烟台市20件。'
    expect(place('', `9月20日,中央生态环境保护督察组向我省转办信访件80件。${list}`)).toEqual(['山东省', null, null])
    expect(place('', `9月20日,中央生态环境保护督察组向山东转办信访件80件。${list}`)).toEqual(['山东省', null, null])
  })
  it('leaves a city named more often than the others, or one in the headline, the city’s', () => {
    expect(place('济南转办信访件20件', '全省共转办80件,济南市20件、青岛市20件、淄博市20件、烟台市20件。')?.[1]).toBe('济南市')
  })
})
