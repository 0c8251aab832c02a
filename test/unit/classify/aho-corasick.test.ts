import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AhoCorasick } from '../../../server/classify/aho-corasick.ts'

describe('AhoCorasick.findAll()', () => {
  it('finds nested and overlapping names when one word hides another', () => {
    const ac = new AhoCorasick<string>([['山东', 'p'], ['山东省', 'p'], ['省人民政府', 'g'], ['人民', 'x']])
    const hits = ac.findAll('山东省人民政府').map((h) => `${h.start}-${h.end}`)
    expect(hits.sort()).toEqual(['0-2', '0-3', '2-7', '3-5'].sort())
  })

  it('finds every occurrence that indexOf finds, for any patterns and text', () => {
    const alphabet = fc.constantFrom('济', '南', '市', '历', '下', '区', 'a')
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.string({ unit: alphabet, maxLength: 30 }), (patterns, text) => {
        const unique = [...new Set(patterns)]
        const got = new AhoCorasick(unique.map((p) => [p, p] as [string, string])).findAll(text).map((h) => `${h.value}@${h.start}`)
        const want: string[] = []
        for (const p of unique) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) want.push(`${p}@${i}`)
        expect(got.sort()).toEqual(want.sort())
      }),
    )
  })

  it('finds every occurrence, in order of end, where states have many children (山东省, 山东大学, 山东港口 …)', () => {
    // A first character shared by dozens of names: its state's children are binary-searched, not scanned.
    const alphabet = fc.constantFrom(...'山东省大学港口济南市青岛烟台潍坊临沂淄博枣庄威海日照滨州德州聊城泰安菏泽'.split(''))
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 3 }), { minLength: 20, maxLength: 80 }), fc.string({ unit: alphabet, maxLength: 60 }), (patterns, text) => {
        const unique = [...new Set(patterns.map((p) => `山${p}`))]
        const hits = new AhoCorasick(unique.map((p) => [p, p] as [string, string])).findAll(text)
        const want: string[] = []
        for (const p of unique) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) want.push(`${p}@${i}`)
        expect(hits.map((h) => `${h.value}@${h.start}`).sort()).toEqual(want.sort())
        expect(hits.map((h) => h.end)).toEqual(hits.map((h) => h.end).sort((a, b) => a - b))
      }),
      { numRuns: 300 },
    )
  })

  it('ignores empty patterns instead of matching everywhere', () => {
    expect(new AhoCorasick<number>([['', 1], ['火灾', 2]]).findAll('发生火灾')).toEqual([{ start: 2, end: 4, value: 2 }])
  })
})
