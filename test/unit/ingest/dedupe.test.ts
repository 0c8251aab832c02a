import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { minhash, normaliseLink, SAME_STORY_SIMILARITY, shingles, signatureOf, similarity } from '../../../server/ingest/dedupe.ts'

describe('normaliseLink()', () => {
  it.each([
    ['https://www.example.cn/a/1.html?utm_source=wb&id=3#top', 'example.cn/a/1.html?id=3'],
    ['http://m.example.cn/a/1.html/?id=3&spm=abc', 'example.cn/a/1.html?id=3'],
    ['https://EXAMPLE.cn/a/1.html?b=2&a=1', 'example.cn/a/1.html?a=1&b=2'],
    ['not a url', null],
    [null, null],
  ])('reduces %s to %s', (link, want) => {
    expect(normaliseLink(link)).toBe(want)
  })
})

describe('shingles()', () => {
  it('uses the injected tokenizer when given, and character bigrams otherwise', () => {
    const tokenize = (text: string) => text.split(/(?<=市)|(?<=区)/)
    expect([...shingles('济南市历下区', tokenize)]).toEqual(['济南市', '历下区'])
    expect([...shingles('济南市，历下')]).toEqual(['济南', '南市', '市历', '历下'])
  })

  it('falls back to bigrams when the tokenizer returns nothing (no classify plugin loaded)', () => {
    expect([...shingles('历下区', () => [])]).toEqual(['历下', '下区'])
  })
})

describe('similarity()', () => {
  const sig = (t: string) => minhash(shingles(t))
  it('calls small rewordings the same story and different events different ones', () => {
    const a = sig('济南市历下区一小学午餐分量不足引家长关注')
    expect(similarity(a, sig('济南历下区一小学午餐分量不足 引发家长关注'))).toBeGreaterThanOrEqual(SAME_STORY_SIMILARITY)
    expect(similarity(a, sig('济南市历下区一小学开展午餐安全检查'))).toBeLessThan(SAME_STORY_SIMILARITY)
    expect(similarity(a, sig('青岛市黄岛区道路维修进展通报'))).toBeLessThan(0.1)
  })
})

describe('signatureOf()', () => {
  // Stored stories keep the signatures (and band keys) minhash(shingles()) gave them: a new
  // report must get the very same numbers, or it would never join an old story.
  it('gives the same signature as minhash(shingles()) on any text, astral characters and repeats included', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: fc.constantFrom(...'济南市历下区，一小学午餐 分量不足ＡＢ12𠀋😀'), maxLength: 60 }))
    fc.assert(fc.property(text, (t) => {
        expect(signatureOf(t)).toEqual(minhash(shingles(t)))
      }), { numRuns: 3000 })
  })

  it('keeps giving the same signatures once its cache of bigram hashes has been emptied', () => {
    // 80,000 distinct bigrams: more than the cache holds, so it is emptied on the way.
    const texts = Array.from({ length: 4000 }, (_, i) => Array.from({ length: 21 }, (_, j) => String.fromCharCode(0x4e00 + ((i * 21 + j) % 20000))).join(''))
    for (const t of texts) signatureOf(t)
    for (const t of texts.slice(0, 200)) expect(signatureOf(t)).toEqual(minhash(shingles(t)))
  })

  it('uses the injected tokenizer when given', () => {
    const tokenize = (text: string) => text.split(/(?<=市)|(?<=区)/)
    expect(signatureOf('济南市历下区', tokenize)).toEqual(minhash(new Set(['济南市', '历下区'])))
  })
})

