import { describe, expect, it } from 'vitest'
import { dept, tagger } from '../../helpers/home-tagger.ts'

// Round 16 of issue #19: department rules from the tune8 part, then the tune9 part of 政务 pages
// (docs/tagging-guideline.md §1.1–1.2). The sentences are written for the test.

describe('matters’ own words (guideline §1.1)', () => {
  it('reads fighting a fire and the fire command as 应急’s', () => {
    expect(dept('全市干部群众连夜上山扑火', '')).toBe('yjj')
    expect(dept('', '县防火指挥部要求各单位抽调人员,乘大巴赶赴山林救火。')).toBe('yjj')
  })
  it('reads 环境保护 as the environment’s', () => {
    expect(dept('', '省环境保护“回头看”工作组进驻我县。')).toBe('sthjj')
  })
  it('reads 违法搭建 as 城管’s', () => {
    expect(dept('', '执法人员对一处违法搭建依法拆除。')).toBe('cgj')
  })
  it('reads a cargo ship as 交通’s shipping', () => {
    expect(dept('一货轮在港外沉没', '')).toBe('jtysj')
  })
  it('reads livestock numbers as 农业农村’s', () => {
    expect(dept('', '全县肉牛存栏量达到两万头。')).toBe('nyncj')
  })
  it('reads watering fields and mending dykes as 水利’s', () => {
    expect(dept('', '以前浇地要靠人抬水泵,如今开闸即可。')).toBe('slj')
    expect(dept('村干部冒雨修堤', '')).toBe('slj')
  })
})

describe('a term that names its matter whole hides another department’s word inside it (guideline §1.1)', () => {
  it('does not read the 秸秆 inside 秸秆禁烧 as the crop', () => {
    expect(dept('麦收时节 村民落实秸秆禁烧', '')).toBe('sthjj')
  })
})

describe('noise and sewage on the street are 城管’s (guideline §1.2)', () => {
  it('reads a noise with the building site’s noise named as 城管’s', () => {
    expect(dept('夜里噪音太吵', '楼下工地凌晨还在作业,施工噪音让人睡不着。')).toBe('cgj')
  })
  it('keeps a noise with nothing of 城管’s the environment’s', () => {
    expect(dept('工厂噪音扰民', '')).toBe('sthjj')
  })
  it('reads sewage coming up from the drains as a drainage matter', () => {
    expect(dept('路口污水横流', '居民反映,下水道堵塞多日,污水从井盖往外冒。')).toBe('cgj')
    expect(dept('', '街边饭店往外排污水,路面积水结冰。')).toBe('cgj')
  })
  it('keeps a factory’s discharge the environment’s', () => {
    expect(dept('化工厂偷排污水', '')).toBe('sthjj')
  })
  it('does not take a noise beside the drains for sewage', () => {
    expect(dept('', '路口铺了铁板,车过噪音很大。答复:经区水务和湖泊局排水科核实,系管网排查项目。')).toBe('slj')
  })
})

describe('a scenic area beside a rescue is where the visitors were (guideline §1.2)', () => {
  it('reads 景区 as the setting of a rescue', () => {
    expect(dept('景区救援迷路游客', '一名游客在山里迷路失联,救援队连夜搜寻。')).toBe('yjj')
  })
  it('keeps a scenic area’s own matter 文旅’s', () => {
    expect(dept('景区门票涨价 游客不满', '')).toBe('whlyj')
  })
})

describe('a general frame or a personnel notice has no department (guideline §1.2)', () => {
  it('suggests nothing for a series’ opening that names one matter in passing', () => {
    expect(dept('十年来的变化', '编者按:从公交开进村到家门口的小公园,本报今起推出系列报道。')).toBeUndefined()
    expect(dept('', '我市深入推进民生工程,人居环境持续改善。')).toBeUndefined()
  })
  it('suggests nothing for a hotline’s day with the mayor', () => {
    expect(dept('', '副市长来到市长公开电话受理中心接听来电,内容涉及供暖、体育、文化等。')).toBeUndefined()
  })
  it('still suggests a department that names itself in such a frame', () => {
    expect(dept('城管局推进创城工作', '')).toBe('cgj')
  })
  it('suggests nothing for an item naming the bureaus of four departments', () => {
    expect(dept('', '副市长带领市住建局、市交通运输局、市商务局、市城管局负责人做客直播间,解答市民关心的物业和停车问题。')).toBeUndefined()
  })
  it('keeps the department of a matter that two or three bureaus handle', () => {
    expect(dept('', '市场监管局会同公安局查处一家销售假冒白酒的商店。')).toBe('scjgj')
  })
  it('suggests nothing for a personnel notice', () => {
    expect(dept('', '县政府决定:张某同志任县乡村振兴局局长,不再担任某街道办事处主任职务。')).toBeUndefined()
  })
})

describe('what 政务 documents name (guideline §1.1)', () => {
  it('reads a grain emergency plan as 粮食和物资储备’s', () => {
    expect(dept('关于印发《某县粮食应急预案》的通知', '')).toBe('lsj')
  })
  it('reads 住建 work and town streets as 住建’s', () => {
    expect(dept('', '感谢您对住建工作的支持。近年城区道路多处翻修,交通拥堵有所缓解。')).toBe('zjj')
  })
  it('reads accessibility works and 海绵城市 as 住建’s', () => {
    expect(dept('关于印发《某市无障碍建设管理办法》的通知', '')).toBe('zjj')
    expect(dept('', '调研组到小区和公园察看海绵城市建设情况。')).toBe('zjj')
  })
  it('reads traffic lights as the police’s', () => {
    expect(dept('', '您提出的关于镇上路口安装红绿灯的建议,现答复如下。')).toBe('gaj')
  })
  it('reads the 发改 bureau’s full name and its plans as 发改’s', () => {
    expect(dept('', '市发展和改革委员会组织干部上路清雪除冰。')).toBe('fgw')
    expect(dept('某区国民经济和社会发展第十四个五年规划', '')).toBe('fgw')
  })
  it('reads a 卫生城市 review as 卫健’s and 学前教育 as 教育’s', () => {
    expect(dept('', '高新区督导创建国家卫生城市复审工作。')).toBe('wjw')
    expect(dept('', '会议审议了《学前教育提质行动计划》和《体育强区三年计划》。')).toBe('jyj')
  })
  it('reads a merged 文化和旅游广电局 as 文旅’s, not 广电’s too', () => {
    expect(dept('某县文化和旅游广电局关于第12号提案的复函', '')).toBe('whlyj')
    expect(tagger.tag('某县文化和旅游广电局关于第12号提案的复函', '').departments.map((d) => d.id)).not.toContain('gdj')
  })
})

describe('words read in another sense (guideline §1.1)', () => {
  it('does not read a firms’ “体检” as a medical check-up', () => {
    expect(dept('五十余家企业“体检”', '镇里督促企业落实安全生产主体责任。')).toBe('yjj')
  })
  it('does not read a 新窗口 as a service counter', () => {
    expect(dept('', '新开通的政务微博将是展示城市形象的新窗口。')).toBeUndefined()
  })
  it('does not read the 民政 inside 人民政治协商会议', () => {
    expect(dept('', '中国人民政治协商会议某市委员会收到提案三百件。')).toBeUndefined()
  })
})
