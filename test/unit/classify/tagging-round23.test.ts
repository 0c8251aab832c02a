import { describe, expect, it } from 'vitest'
import { dept, place } from '../../helpers/home-tagger.ts'

// Round 23 of issue #19, read off the misses the twenty-five tune parts share (test/fixtures/eval-real/README.md, round 23):
// whose a weather warning, a metro line's building site, a water cut in an estate, a joint notice and legal aid are, and
// where a city unit's visit, a 市暨区 event and 北海 are. The sentences are written for the test.

describe('weather with no one acting has no department (§6.4)', () => {
  it('gives none for a warning of icy or snowy roads', () => {
    expect(dept('', '德州市气象台发布道路结冰黄色预警信号:预计今天夜间全市有小雪,请注意防范。')).toBeUndefined()
    expect(dept('长春市气象台发布道路冰雪蓝色预警 出行注意安全', '')).toBeUndefined()
  })
  it('gives the police the roads they close, for ice or snow', () => {
    expect(dept('受雨雪影响 部分高速封闭限行', '')).toBe('gaj')
    expect(dept('', '受道路结冰影响,交警部门对高速公路入口实施交通管制。')).toBe('gaj')
  })
})

describe('a metro line being built is works on the city’s streets (§7.1)', () => {
  it('gives 住建 the building site and 交通 the line running', () => {
    expect(dept('济南轨道交通4号线济南西站围挡施工 周边市民可这样绕行', '')).toBe('zjj')
    expect(dept('地铁开通满月 市民建议加快发车频次', '')).toBe('jtysj')
  })
})

describe('a water cut inside an estate is the estate’s (§7.2)', () => {
  it('gives 住建 the cut the 物业 answers for and 水利 the public supply’s', () => {
    expect(dept('小区一周两次夜间停水 物业:施工挖断管道', '')).toBe('zjj')
    expect(dept('', '因供水管道维修,自来水公司将于明日停水。')).toBe('slj')
  })
})

describe('bureaus issuing a notice together under one of theirs’ matter (§1.2)', () => {
  it('gives the department whose matter the headline names', () => {
    expect(dept('棚户区改造项目清单公布', '市住建局、市发改委、市财政局、市自然资源和规划局联合发布通知。')).toBe('zjj')
  })
  it('still finds no single department when the headline names none of theirs', () => {
    expect(dept('项目清单公布', '市住建局、市发改委、市财政局、市自然资源和规划局联合发布通知。')).toBeUndefined()
  })
})

describe('legal aid is 司法’s service, whatever the case is about', () => {
  it('gives 司法 the aid for wages owed and 人社 the wages alone', () => {
    expect(dept('法律援助助力农民工讨薪', '')).toBe('sfj')
    expect(dept('农民工讨薪难 人社部门介入', '')).toBe('rsj')
  })
})

describe('where a 市暨区 event and 北海 are (§2.1)', () => {
  it('reads a county joined to its city by 暨 as the city’s event', () => {
    expect(place('临沂市暨河东区服务百姓健康行动义诊周启动', '')).toEqual(['山东省', '临沂市', null])
    expect(place('河东区服务百姓健康行动义诊周启动', '')).toEqual(['山东省', '临沂市', '河东区'])
  })
  it('reads 北海 in Shandong text as the sea, not 广西’s city, which its full name still gives', () => {
    expect(place('北海分局干部职工义务清理浒苔', '国家海洋局北海分局在青岛组织清理浒苔。')?.slice(0, 2)).toEqual(['山东省', '青岛市'])
    expect(place('广西北海市银滩迎来游客高峰', '')?.slice(0, 2)).toEqual(['广西壮族自治区', '北海市'])
  })
})

describe('the flood command’s work on rivers and reservoirs is the command’s (§1.1)', () => {
  it('gives 应急 a command’s notice about a river’s flood discharge, and 水利 the river work alone', () => {
    expect(dept('紧急通知 南运河今日开始行洪 请远离行洪河道', '德州市防汛抗旱指挥部发布紧急通知,南运河、岔河、减河今日开始行洪。')).toBe('yjj')
    expect(dept('', '水利局组织对全市河道、水库开展清淤整治。')).toBe('slj')
  })
})

describe('where a city unit’s county branch and a dateline’s city say an item is (§2.1, §2.3)', () => {
  it('puts the work of a city bureau’s branch in its county', () => {
    expect(place('', '11月5日晚,淄博市公安局交通警察支队张店大队开展重型柴油货车联合整治行动。')).toEqual(['山东省', '淄博市', '张店区'])
  })
  it('leaves a branch the reporter heard from as a source', () => {
    expect(place('淄博消防通报近期8起典型火灾事故', '记者从淄博市公安消防支队张店区大队获悉,淄博消防部门发布消防安全倡议书。')).toEqual(['山东省', '淄博市', null])
  })
  it('reads an ambiguous county in the dateline’s city', () => {
    expect(place('', '本报枣庄10月30日讯(记者 杨霄) 市中区利民路上坑坑洼洼,只要一下雨就会产生积水。')).toEqual(['山东省', '枣庄市', '市中区'])
    expect(place('', '市中区利民路上坑坑洼洼,只要一下雨就会产生积水。')).toEqual(['山东省', null, null])
  })
})

describe('a city named before 各区/各县 speaks of all of them (§2.1)', () => {
  it('keeps the city-level item city-level though the body names one county', () => {
    expect(place('枣庄各区(市)临时年货市场设置', '滕州市临时年货市场设在善国北路体育场西侧。')).toEqual(['山东省', '枣庄市', null])
    expect(place('滕州临时年货市场设置', '滕州市临时年货市场设在善国北路体育场西侧。')).toEqual(['山东省', '枣庄市', '滕州市'])
  })
})
