import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cut, isOnWordBoundaries } from '../../../server/classify/segmenter.ts'

/**
 * isOnWordBoundaries stops its window at punctuation and spaces, where jieba starts a new run anyway; the answer must
 * be the one a full window of six characters on each side gives. This is that full-window reading, kept as the oracle.
 */
function fullWindowAnswer(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 6)
  let at = 0
  let startToken = -1
  let index = 0
  let isStartBoundary = false
  for (const token of cut(text.slice(from, Math.min(text.length, end + 6)))) {
    const next = at + token.length
    if (at === start - from) isStartBoundary = true
    if (startToken < 0 && start - from < next) startToken = index
    if (end - from <= next) return startToken === index || (isStartBoundary && end - from === next)
    at = next
    index++
  }
  return true
}

// Place names, words that swallow them (打开封条, 山东省人民政府), Latin, digits and the separators jieba splits runs on.
const PIECES = ['开封', '打开', '封条', '山东', '山东省', '人民政府', '济南', '历下', '市中区', '遇难', '难题', '事故', '发生', 'A12', 'COVID-19', '3.5%', '，', '。', '、', '“', '”', '（', '）', ' ', '\n', '—', '…', '·', ':', '!']

describe('isOnWordBoundaries', () => {
  it('answers as a full six-character window does, punctuation or not', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }), fc.nat(), fc.integer({ min: 1, max: 4 }), (pieces, at, length) => {
        const text = pieces.join('')
        const start = at % text.length
        const end = Math.min(text.length, start + length)
        expect(isOnWordBoundaries(text, { start, end, value: null })).toBe(fullWindowAnswer(text, start, end))
      }),
      { numRuns: 3000 },
    )
  })

  it('keeps a name on its words and drops one across them', () => {
    expect(isOnWordBoundaries('记者在开封市看到', { start: 3, end: 5, value: null })).toBe(true)
    expect(isOnWordBoundaries('他打开封条', { start: 2, end: 4, value: null })).toBe(false)
    // A name that is a whole run between marks is on its boundaries without a cut.
    expect(isOnWordBoundaries('（济南）', { start: 1, end: 3, value: null })).toBe(true)
  })
})
