import { describe, expect, it } from 'vitest'
import { dept, place } from '../../helpers/home-tagger.ts'

// Round 22 of issue #19, read off the misses of tune21 … tune25 after they were scored once, fresh (their README
// sections): units sitting in on another unit's meeting, the lead's own subject, a provincial department's visit,
// flood control between 应急 and 水利, and words of duties the catalogue lacked. The sentences are written for the test.

describe('the bureaus sitting in on a unit’s meeting are its hosts, not the subject (§1.2)', () => {
  it('gives the unit that acts, though four bureaus attend', () => {
    expect(dept('', '天水市人防办一行就秦安县人防工作进行执法督查。县政府办、住建局、发改局、规划局、房管局等部门负责人参加了座谈会。')).toBe('rfb')
  })
  it('still finds no single department when four bureaus are led on a tour', () => {
    expect(dept('', '副市长带领自然资源局、住建局、交通运输局、商务局负责人调研重点项目。')).toBeUndefined()
  })
})

describe('the agency at the head of the lead acts (§1.2)', () => {
  it('weighs the bureau that opens the lead over the matter words of its work', () => {
    expect(dept('', '东营市城市管理局严格落实环保督政任务,狠抓餐饮油烟治理、扬尘防治和大气污染防治。')).toBe('cgj')
  })
})

describe('a provincial department’s visit is where it goes (§2.1)', () => {
  it('gives the city or county it comes to', () => {
    expect(place('省外办调研组来日照调研', '')).toEqual(['山东省', '日照市', null])
    expect(place('', '山东省发展改革委主任带队到菏泽市鄄城县开展专题调研并召开座谈会。')).toEqual(['山东省', '菏泽市', '鄄城县'])
  })
  it('keeps a provincial department’s own statement the province’s', () => {
    expect(place('省农业农村厅发布小麦病虫害防治技术意见', '')).toEqual(['山东省', null, null])
  })
})

describe('words of duties the catalogue lacked', () => {
  it('reads the flood-control command’s work as 应急 and the rivers’ as 水利', () => {
    expect(dept('暴雨来袭 宜宾市多维度发力筑牢防汛防线', '')).toBe('yjj')
    expect(dept('', '入汛以来,水利局对全市河道、水库开展防汛检查。')).toBe('slj')
  })
  it('knows 流凌 and 淌凌 on the Yellow River as 水利’s', () => {
    expect(dept('黄河滨州段出现本年度首次流凌', '')).toBe('slj')
  })
  it('knows the short and full names it missed', () => {
    expect(dept('', '威海市工业和信息化局举行新闻发布会。')).toBe('gxj')
    expect(dept('', '山东省住房城乡建设厅公布2018年全省棚户区改造计划。')).toBe('zjj')
    expect(dept('', '聊城市乡村振兴局下达衔接推进乡村振兴补助资金。')).toBe('nyncj')
  })
  it('knows 基本医疗保险 as 医保’s and 蔬菜供应 as 商务’s', () => {
    expect(dept('', '宣传城乡居民基本医疗保险政策,提醒居民按时缴费。')).toBe('ybj')
    expect(dept('', '为保障蔬菜批发市场休市期间全市蔬菜供应,临时交易点启用。')).toBe('swj')
  })
})
