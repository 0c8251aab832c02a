import { describe, expect, it } from 'vitest'
import { Converter, Locale } from 'opencc-js/t2cn'
import { toSimplified } from '../../../server/ingest/simplify.ts'

// What toSimplified did before its shortcut: the full converter on any text with a BMP ideograph
// (a text of only supplementary-plane ones was always left as it is). Every text must come out the same.
const converter = Converter({ from: 'hk', to: 'cn' })
const full = (text: string): string => (/[\u3400-\u9fff\uf900-\ufaff]/.test(text) ? converter(text) : text)

/** Every key and value of the preset's dictionaries: glued together they make phrase matches likely, across boundaries too. */
function dictionaryWords(): string[] {
  const words: string[] = []
  const visit = (dict: unknown): void => {
    if (typeof dict === 'string') {
      for (const entry of dict.split('|')) words.push(...entry.split(' ').filter(Boolean))
    } else if (Array.isArray(dict)) dict.forEach(visit)
  }
  visit(Object.values((Locale.configs as Record<string, unknown>)['hk2s']!))
  return words
}

describe('toSimplified()', () => {
  it('converts Traditional and Hong Kong forms as the full converter does', () => {
    for (const text of ['臺灣國務院公告', '濟南市歷下區', '一目瞭然', '反反覆覆', '台灣户口', '𠵾字', '乾隆年間']) {
      expect(toSimplified(text)).toBe(full(text))
    }
    expect(toSimplified('臺灣國務院公告')).not.toBe('臺灣國務院公告')
  })

  it('gives the full converter’s output for texts made of dictionary words and common characters', () => {
    const words = dictionaryWords()
    const common = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经']
    let seed = 7
    const pick = <T,>(from: readonly T[]): T => from[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % from.length]!
    let unchanged = 0
    for (let i = 0; i < 20_000; i++) {
      let text = ''
      for (let j = 0; j < 1 + (i % 8); j++) text += i % 3 === 0 ? pick(common) : pick(words)
      const expected = full(text)
      expect(toSimplified(text)).toBe(expected)
      if (expected === text) unchanged++
    }
    // Both kinds were tried: texts the shortcut may return as they are, and texts that change.
    expect(unchanged).toBeGreaterThan(1000)
    expect(unchanged).toBeLessThan(19_000)
  })
})
