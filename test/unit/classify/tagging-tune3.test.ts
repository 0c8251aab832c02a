import { describe, expect, it } from 'vitest'
import { dept, place } from '../../helpers/home-tagger.ts'

// Round 7 of issue #19: behaviours from docs/tagging-guideline.md that the third tune part
// (test/fixtures/eval-real/tune3.jsonl) asked for. The sentences are written for the test.

describe('the acting subject (guideline §1.2)', () => {
  it('gives an environmental inspection team’s petitions to the environment, not to 信访', () => {
    expect(dept('省生态环境保护督察组向某市移交第三批群众信访举报件', '督察组共向该市转办信访件52件，涉及大气污染问题20个。')).toBe('sthjj')
    // Without an inspection team, petitions stay 信访's.
    expect(dept('某县信访局集中接访 化解信访积案', '')).toBe('xfj')
  })

  it('does not give a television station that reports the story to 广电', () => {
    expect(dept('', '山东广播电视台问政节目曝光：某县新打的灌溉机井三年没通电，农田浇不上水。')).not.toBe('gdj')
    expect(dept('某市电视台《民生热线》栏目来县采访', '')).not.toBe('gdj')
    expect(dept('有线电视信号中断 广电局回应', '')).toBe('gdj')
  })

  it('does not read a refutation’s closing warning as the police refuting', () => {
    expect(dept('网传“某镇出现4名阳性病例”等信息不属实', '区疫情防控指挥部办公室发布辟谣：网传某镇出现阳性病例不属实，请勿传播。对散布谣言等扰乱社会秩序的行为，公安机关将依法查处。')).toBe('wjw')
    // A refutation where the police act (查获, 行政拘留) stays theirs.
    expect(dept('散布疫情谣言 一男子被行政拘留', '经核实信息不属实，公安机关已查获造谣者，警方将依法从严处理。')).toBe('gaj')
  })
})

describe('vocabulary', () => {
  it('reads a ban on burning straw as the environment’s, not farming’s', () => {
    expect(dept('某县打响秸秆禁烧攻坚战', '三夏麦收期间，各镇严防焚烧秸秆。')).toBe('sthjj')
    expect(dept('三夏麦收进度过半', '小麦机收率达98%。')).toBe('nyncj')
  })

  it('knows former and short names of agencies and jargon', () => {
    expect(dept('', '区卫计局下发通知，要求涉事医院停止开展相关业务。')).toBe('wjw')
    expect(dept('网友反映路面凹凸不平 建设局：已作规划', '')).toBe('zjj')
    expect(dept('', '经证实，该市并未出现此类警情，系网络谣言。')).toBe('gaj')
    expect(dept('植树造林正当时', '镇里组织党员干部开展义务植树活动。')).toBe('zrzyj')
    expect(dept('', '2024农民丰收节开幕，展示优质农产品。')).toBe('nyncj')
    expect(dept('河湖清违清障最后一处违建被清除', '河长办对河湖“清四乱”问题挂牌督办。')).toBe('slj')
  })
})

describe('place (guideline §2.1)', () => {
  it('gives a list of three or more of a city’s counties, none more than the others, the city only', () => {
    expect(place('督察组向临沂市转办信访件', '涉及兰山区、罗庄区、河东区、郯城县、兰陵县，共38件。')).toEqual(['山东省', '临沂市', null])
    expect(place('兰山区一小区停水', '兰山区、罗庄区、河东区均有市民反映。')).toEqual(['山东省', '临沂市', '兰山区'])
  })

  it('reads 泰城 as Tai’an', () => {
    expect(place('傍晚下水游泳一大学生溺水', '22日傍晚，泰城一大学生和同学结伴到水库边游泳时不幸溺水。')).toEqual(['山东省', '泰安市', null])
  })

  it('does not read a nickname that is part of a local name after a county’s name', () => {
    expect(place('', '我们是突泉县泉城南苑小区的居民，反映冬季供暖不达标。')).not.toEqual(['山东省', '济南市', null])
    expect(place('', '泉城广场周边道路今起封闭施工。')?.[1]).toBe('济南市')
  })

  it('sets aside a 专电 dateline like any other dateline when the headline names the province', () => {
    expect(place('山东:为15万多名农民工追回工资', '新华社济南10月13日专电 记者13日从山东省政府获悉，今年以来山东共为15.39万名农民工追回工资待遇。')).toEqual(['山东省', null, null])
  })
})

describe('round 8: city-wide subjects, report sources, more vocabulary', () => {
  it('keeps a city’s own agencies or its schools as a whole city-level', () => {
    expect(place('山东菏泽公安机关:纵深推进“冬季守护”', '12月17日深夜，成武县公安局汶上集派出所民警接到救助报警。')).toEqual(['山东省', '菏泽市', null])
    expect(place('济南中小学校开学啦', '在历下区一所小学门口，学生们陆续入校。')).toEqual(['山东省', '济南市', null])
    // A county the headline names is still the county.
    expect(place('成武县公安局民警雪夜救助老人', '菏泽公安机关开展冬季守护专项工作。')).toEqual(['山东省', '菏泽市', '成武县'])
  })

  it('gives a report the agency it comes from (记者从…获悉) over the season it is set in', () => {
    expect(dept('', '6月份为高考、中考月。记者从淄博市城管执法局获悉，该局开展噪音扰民专项整治活动。')).toBe('cgj')
  })

  it('reads recalls and spot checks as market supervision, COVID words as health, repair funds as housing', () => {
    expect(dept('某品牌电动自行车召回缺陷产品', '')).toBe('scjgj')
    expect(dept('', '此次监督抽检食品120批次，不合格3批次。')).toBe('scjgj')
    expect(dept('', '昨日新增确诊病例2例，全员核酸检测结果均为阴性。')).toBe('wjw')
    expect(dept('电梯停运半年 维修资金迟迟申请不下来', '小区业主多次找物业，申请住宅专项维修资金。')).toBe('zjj')
  })
})
