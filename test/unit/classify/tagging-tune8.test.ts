import { describe, expect, it } from 'vitest'
import { dept } from '../../helpers/home-tagger.ts'

// Round 15 of issue #19: department rules from the seventh tune part, collected the way the first corpus
// was (docs/tagging-guideline.md §1.1–1.2). The sentences are written for the test.

describe('the flood command is 应急’s (guideline §1.1)', () => {
  it('does not read the 防汛 and 抗旱 inside 防汛抗旱指挥部 as 水利’s matter', () => {
    expect(dept('', '记者从某省防汛抗旱指挥部获悉,受强降水影响,全省多座水库水位上涨,已有序放水。')).toBe('yjj')
  })
  it('keeps 汛情 and reservoirs 水利’s when the command is not the speaker', () => {
    expect(dept('', '受上游来水影响,县内两座水库水位上涨,水利局开闸泄洪。')).toBe('slj')
  })
  it('reads evacuations as the emergency response', () => {
    expect(dept('台风过境 沿海紧急转移居民游客', '')).toBe('yjj')
    expect(dept('', '受台风影响,全市共转移安置群众三千余人。')).toBe('yjj')
  })
})

describe('an accident’s injured taken to hospital are not 卫健’s matter (guideline §1.2)', () => {
  it('reads 送医, 救治 beside an accident as what followed it', () => {
    expect(dept('', '某工地一台龙门吊在拆除时倾覆,造成两人死亡,一人送医院救治。事故发生后,救援人员赶到现场。')).toBe('yjj')
  })
  it('leaves a hospital’s own matter 卫健’s', () => {
    expect(dept('', '患者家属反映,孩子在医院救治期间护士态度恶劣。')).toBe('wjw')
  })
})

describe('a 幼儿园 is where a police matter happened, as a school is (guideline §1.2)', () => {
  it('reads 幼儿园 as the setting of a fight', () => {
    expect(dept('一幼儿园附近发生打架', '')).toBe('gaj')
  })
  it('keeps a 幼儿园’s own matter 教育’s', () => {
    expect(dept('幼儿园招生报名开始', '')).toBe('jyj')
  })
})

describe('a crash on a highway is the police’s, not 交通’s (guideline §1.2)', () => {
  it('reads the road and the 路政 beside a crash as its place and its clearing-up', () => {
    expect(dept('大雾天国道上多车相撞', '当天早上雾大路滑,国道大桥上十余辆车先后相撞,交警、路政赶到现场处置。')).toBe('gaj')
    expect(dept('', '受降雪影响,高速公路路面结冰,多个路段发生交通事故,造成两人受伤。')).toBe('gaj')
  })
  it('keeps a highway’s own matter 交通’s', () => {
    expect(dept('', '国道路面坑洼多年未修,路政部门表示将尽快安排维修。')).toBe('jtysj')
  })
})

describe('a unit named by its 支队 or 大队 is an agency that acts (guideline §1.2)', () => {
  it('reads 记者从…交警支队了解到 as the police speaking over the road it closes', () => {
    expect(dept('下周起省道一段公路封闭施工', '记者从市公安局交警支队了解到,省道两处路段将半幅封闭施工。')).toBe('gaj')
  })
})

describe('a building site beside a death or a collapse is where the accident was (guideline §1.2)', () => {
  it('reads 施工 as the setting of a fatal collapse', () => {
    expect(dept('管道施工现场突塌深坑 一名工人身亡', '当晚,某镇一处管道施工现场发生坍塌,一名工人被埋,挖出后已经死亡。')).toBe('yjj')
  })
  it('keeps building work without an accident 住建’s', () => {
    expect(dept('', '居民反映,楼下施工从早到晚不停,住建局表示将督促整改。')).toBe('zjj')
  })
})

describe('trapped visitors are a rescue’s, not 文旅’s (guideline §1.2)', () => {
  it('reads 游客 and 旅游 beside 被困 as who was trapped', () => {
    expect(dept('', '海边旅游的人多了,傍晚两名游客在礁石上被困,涨潮前被救上岸。')).toBe('yjj')
  })
  it('keeps a scenic area’s own matter 文旅’s', () => {
    expect(dept('', '五一假期,景区游客爆满,文旅局提醒错峰出行。')).toBe('whlyj')
  })
})

describe('words the seventh tune part lacked (guideline §1.1)', () => {
  it('reads a ladle or a crane overturning as an industrial accident', () => {
    expect(dept('', '某钢铁公司炼钢车间一铁水罐倾翻,造成两人死亡。')).toBe('yjj')
  })
  it('reads an inspection of the environment’s state as 生态环境’s', () => {
    expect(dept('', '本报讯 日前,市人大常委会视察组一行视察全市环境状况,市领导陪同。')).toBe('sthjj')
  })
  it('reads a community’s residents’ council as 民政’s (城乡社区治理)', () => {
    expect(dept('某社区召开居民议事协商会', '社区书记、网格员和居民代表二十余人参加会议。')).toBe('mzj')
  })
})
