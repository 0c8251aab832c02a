import { describe, expect, it } from 'vitest'
import { dept, place } from '../../helpers/home-tagger.ts'

// Round 24 of issue #19, read off the misses of tune26 … tune30 (test/fixtures/eval-real/README.md, round 24): whose a
// broken city street is, where listed counties, a city's meeting in a county, a cited city bureau and a city's campaign
// are, and 科技特派员. The sentences are written for the test.

describe('a city street and its surface are 住建’s, a country road 交通’s (§7.1)', () => {
  it('gives 住建 a street’s potholes and its opening when the text names no village, town or 公路', () => {
    expect(dept('', '市民反映,芝罘区青年路路面破损严重、坑洼不平,希望尽快修复。')).toBe('zjj')
    expect(dept('扩建后的人民路什么时候通车?', '')).toBe('zjj')
  })
  it('keeps 交通 for a county road, a village road and a pontoon bridge', () => {
    expect(dept('', '莒县县道大修改建路面工程全部完成,该路段全线贯通。')).toBe('jtysj')
    expect(dept('进村道路坑洼不平 村民盼修路', '')).toBe('jtysj')
    expect(dept('黄河浮桥恢复通车', '')).toBe('jtysj')
  })
})

describe('counties listed together speak of their city (§2.1)', () => {
  it('gives the city for two counties or a county and a zone joined as a list', () => {
    expect(place('', '由于突发大雾,济馆高速茌平、冠县段发生多起追尾事故,茌平、冠县两地消防紧急救援。图为茌平段现场。')).toEqual(['山东省', '聊城市', null])
    expect(place('临沂兰山区、高新区部分中风险区降级', '')).toEqual(['山东省', '临沂市', null])
  })
  it('keeps the county when a town of it is named as the scene', () => {
    expect(place('', '长清区崮云湖街道炒米店村东山发生火情,调集长清区、市中区森林消防专业队扑救。')).toEqual(['山东省', '济南市', '长清区'])
  })
  it('keeps one county named alone', () => {
    expect(place('', '由于突发大雾,济馆高速茌平段发生多起追尾事故。')).toEqual(['山东省', '聊城市', '茌平区'])
  })
})

describe('the city’s own meeting in one of its counties, and its campaigns, are the city’s (§7.5, §2.1)', () => {
  it('gives the city for 全市…会议 held in a county, its leaders speaking there too', () => {
    expect(place('', '4月26日,全市规划与技术改造工作会议在临沭县召开。临沭县领导到会致辞。')).toEqual(['山东省', '临沂市', null])
  })
  it('gives the city for a city pressing on with a campaign that names one county as an example', () => {
    expect(place('德州全力推进“四好农村路”建设', '齐河县新改建农村公路30公里。')).toEqual(['山东省', '德州市', null])
  })
  it('still gives a county its own meeting', () => {
    expect(place('', '4月26日,临沭县规划工作会议召开。')).toEqual(['山东省', '临沂市', '临沭县'])
  })
})

describe('a city bureau cited for its document does not speak for the city', () => {
  it('gives the county whose bureau acts on it', () => {
    expect(place('', '根据济南市农业局《关于下达申报指南的通知》规定,商河县农业局认真组织全县合作社的申报工作。')).toEqual(['山东省', '济南市', '商河县'])
  })
})

describe('Qingdao’s 青西新区 is 黄岛区, and 科技特派员 are 科技’s', () => {
  it('reads the short name of 西海岸新区', () => {
    expect(place('', '青西新区临港路一处厂房,200来个工人的工钱遥遥无期。')).toEqual(['山东省', '青岛市', '黄岛区'])
  })
  it('gives 科技 the science commissioners’ work', () => {
    expect(dept('兰陵县:三举措深入推进“科技特派员”工作', '')).toBe('kjj')
  })
})
