import { describe, expect, it } from 'vitest'
import { minhash, normaliseLink, SAME_STORY_SIMILARITY, shingles, similarity } from '../../../server/ingest/dedupe.ts'

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
