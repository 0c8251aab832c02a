import { describe, expect, it } from 'vitest'
import { ELLIPSIS, cutPrefix, fitText, measure } from '../../../shared/notify/text-cut.ts'

describe('cutting a message to a channel limit', () => {
  it('counts UTF-8 bytes the way 企业微信 does: a Chinese character is three', () => {
    expect(measure('舆情', 'utf8-bytes')).toBe(6)
    expect(measure('舆情', 'code-points')).toBe(2)
    expect(measure('😀', 'code-points')).toBe(1)
    expect(measure('😀', 'utf8-bytes')).toBe(4)
  })

  it('never cuts inside a character, in bytes or in surrogate pairs', () => {
    expect(cutPrefix('舆情通报', 7, 'utf8-bytes')).toBe('舆情')
    expect(cutPrefix('a😀b', 2, 'code-points')).toBe('a😀')
    expect(cutPrefix('a😀b', 4, 'utf8-bytes')).toBe('a')
    const cut = cutPrefix('济南😀'.repeat(500), 4096, 'utf8-bytes')
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(4096)
    expect(cut).not.toMatch(/[\uD800-\uDBFF]$/)
  })

  it('leaves a text that fits untouched', () => {
    expect(fitText('短消息 https://yq.example.cn/cases/1', 70, 'code-points', { url: 'https://yq.example.cn/cases/1', tail: 'https://yq.example.cn/cases/1' })).toBe('短消息 https://yq.example.cn/cases/1')
  })

  it('a long text keeps the link at the end, whole, and fits exactly', () => {
    const url = 'https://yq.example.cn/cases/42'
    const text = `${'县宣传部未签收，'.repeat(40)}\n链接：${url}`
    const out = fitText(text, 70, 'code-points', { url, tail: url })
    expect(measure(out, 'code-points')).toBeLessThanOrEqual(70)
    expect(out.endsWith(`${ELLIPSIS}\n${url}`)).toBe(true)
    expect(out.split(url)).toHaveLength(2)
  })

  it('drops the link when the link alone would not fit', () => {
    const url = `https://yq.example.cn/${'x'.repeat(100)}`
    const out = fitText(`${'很长的内容'.repeat(30)} ${url}`, 70, 'code-points', { url, tail: url })
    expect(measure(out, 'code-points')).toBe(70)
    expect(out.endsWith(ELLIPSIS)).toBe(true)
  })

  it('a byte limit holds for every length around the boundary', () => {
    const url = 'https://yq.example.cn/cases/7'
    for (let n = 1; n < 400; n += 7) {
      const out = fitText(`${'舆'.repeat(n)}a${url}`, 200, 'utf8-bytes', { url, tail: `[查看](${url})` })
      expect(measure(out, 'utf8-bytes')).toBeLessThanOrEqual(200)
    }
  })
})
