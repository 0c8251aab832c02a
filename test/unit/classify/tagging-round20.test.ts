import { describe, expect, it } from 'vitest'
import { dept, place } from '../../helpers/home-tagger.ts'

// Round 20 of issue #19: rules of the guideline that tune12's and tune13's misses showed the tagger did not follow
// (docs/tagging-guideline.md §3, §7.5). The sentences are written for the test.

describe('a city’s own event held at a venue in one county is the city’s (guideline §7.5, k049)', () => {
  it('gives the city only for a city’s ceremony held in a county’s town', () => {
    expect(place('', '6月10日,聊城市秋种启动仪式在茌平区乐平铺镇举行,农机手们开始播种。')).toEqual(['山东省', '聊城市', null])
  })
  it('keeps a county’s own event in that county', () => {
    expect(place('', '6月10日,茌平区秋种启动仪式在乐平铺镇举行,农机手们开始播种。')).toEqual(['山东省', '聊城市', '茌平区'])
  })
  it('keeps a city unit at work in a county’s town there, when no event of the city’s is held', () => {
    expect(place('', '聊城市农业农村局在茌平区乐平铺镇检查秋种进度。')).toEqual(['山东省', '聊城市', '茌平区'])
  })
})

describe('a court that is the lead’s subject after its date is still the judiciary’s business (guideline §3)', () => {
  it('suggests none for a court hearing a suit against a bureau', () => {
    expect(dept('', '7月28日上午,某县法院公开审理一家污水处理公司诉县生态环境分局撤销行政处罚一案。')).toBeUndefined()
  })
  it('keeps the bureau when it, not the court, is the subject', () => {
    expect(dept('', '7月28日上午,县生态环境分局对一家污水处理公司超标排放作出行政处罚。')).toBe('sthjj')
  })
})
