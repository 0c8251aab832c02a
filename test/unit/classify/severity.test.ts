import { describe, expect, it } from 'vitest'
import { parseChineseNumber } from '../../../server/classify/chinese-number.ts'
import { assessSeverity, gradeByCounts } from '../../../server/classify/severity.ts'

describe('parseChineseNumber()', () => {
  it.each([
    ['3', 3], ['12', 12], ['三', 3], ['两', 2], ['十', 10], ['十二', 12], ['二十三', 23], ['一百零五', 105], ['两千', 2000], ['三万', 30_000], ['1.5', 1.5],
  ])('reads %s as %d', (text, want) => {
    expect(parseChineseNumber(text)).toBe(want)
  })

  it('returns null when the text is not a number', () => {
    expect(parseChineseNumber('数')).toBeNull()
    expect(parseChineseNumber('')).toBeNull()
  })
})

describe('gradeByCounts() on the thresholds of the national accident grading', () => {
  it.each([
    [30, 0, 0, 'I'], [29, 0, 0, 'II'], [10, 0, 0, 'II'], [9, 0, 0, 'III'], [3, 0, 0, 'III'], [2, 0, 0, 'IV'], [0, 0, 0, 'IV'],
    [0, 100, 0, 'I'], [0, 99, 0, 'II'], [0, 50, 0, 'II'], [0, 49, 0, 'III'], [0, 10, 0, 'III'], [0, 9, 0, 'IV'],
    [0, 0, 1e8, 'I'], [0, 0, 5e7, 'II'], [0, 0, 1e7, 'III'], [0, 0, 9.99e6, 'IV'],
  ] as const)('deaths %d, injured %d, loss %d yuan → %s', (deaths, injured, loss, level) => {
    expect(gradeByCounts(deaths, injured, loss)).toBe(level)
  })
})

describe('assessSeverity()', () => {
  it('reads casualty counts written in Chinese numerals and Arabic digits', () => {
    expect(assessSeverity('某地工厂爆炸造成三人死亡', '')).toMatchObject({ level: 'III', deaths: 3 })
    expect(assessSeverity('车祸致12人受伤', '')).toMatchObject({ level: 'III', injured: 12 })
    expect(assessSeverity('老旧民房坍塌 一人遇难', '')).toMatchObject({ level: 'IV', deaths: 1 })
    expect(assessSeverity('煤矿透水 11名矿工遇难', '')).toMatchObject({ level: 'II', deaths: 11 })
    expect(assessSeverity('矿山事故致32人死亡', '')).toMatchObject({ level: 'I', deaths: 32 })
  })

  it('keeps the numbers of deaths and injuries apart when one follows the other', () => {
    const s = assessSeverity('化工厂爆炸', '事故造成3人死亡12人受伤。')
    expect(s).toMatchObject({ level: 'III', deaths: 3, injured: 12 })
    expect(s.signals).toContain('死亡（含失踪）3人')
    expect(s.signals).toContain('受伤12人')
  })

  it('counts the missing as dead, as the regulation does', () => {
    expect(assessSeverity('渔船沉没 5名船员失踪', '')).toMatchObject({ level: 'III', deaths: 5 })
    expect(assessSeverity('渔船沉没 三名船员下落不明', '')).toMatchObject({ level: 'III', deaths: 3 })
  })

  it('grades by direct economic loss when no one is hurt', () => {
    expect(assessSeverity('仓库火灾', '火灾造成直接经济损失约6000万元，无人员伤亡。').level).toBe('II')
  })

  it('returns level null when nothing has happened', () => {
    expect(assessSeverity('济南发布科技创新新政', '支持企业建设实验室')).toEqual({ level: null, signals: [] })
  })

  it('returns level null for drills and inspections that mention fires', () => {
    expect(assessSeverity('青岛开展消防应急演练', '模拟火灾发生后人员疏散').level).toBeNull()
    expect(assessSeverity('部署火灾隐患排查整治工作', '').level).toBeNull()
  })

  it('suggests level IV with its reasons for an incident without counts', () => {
    const s = assessSeverity('一橡胶厂发生火灾 无人员伤亡', '')
    expect(s.level).toBe('IV')
    expect(s.signals).toEqual(expect.arrayContaining(['事件词：火灾', '无人员伤亡']))
    expect(s.signals.at(-1)).toMatch(/^建议等级：IV/)
  })

  it('takes a grade the text names only when it gives no counts', () => {
    expect(assessSeverity('发生一起较大生产安全事故', '').level).toBe('III')
    expect(assessSeverity('发生一起重大交通事故 致三人死亡', '').level).toBe('III')
  })
})
