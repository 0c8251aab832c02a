import { describe, expect, it } from 'vitest'
import { simpleMarkupText, stripMarkup, toPlainText } from '../../../server/ingest/text-clean.ts'

/** What toPlainText makes of stripMarkup's text (collapse is private to text-clean). */
const viaParser = (html: string) => stripMarkup(html).replace(/[ \t\r\n\f\v]+/g, ' ').trim()

describe('summaries with bare tags, read without the HTML parser', () => {
  it.each([
    ['<p>据网友反映，<b>将尽快</b>回应。</p>', '据网友反映，将尽快回应。'],
    ['<p>one</p><p>two</p>', 'one two'],
    ['a<br>b<br/>c<br />d', 'a b c d'],
    ['<P>大写<STRONG>标签</STRONG></P>', '大写标签'],
    ['<p>a<div>b</div>c</p>', 'a b c'],
  ])('reads %j as %j, as the parser does', (html, text) => {
    expect(simpleMarkupText(html)).not.toBeNull()
    expect(toPlainText(html)).toBe(text)
    expect(viaParser(html)).toBe(text)
  })

  it.each(['<p>a &amp; b</p>', '<p class="x">a</p>', '<b>a<p>b</b>c</p>', '<p>a', '<script>x</script>', '<p/>', 'a < b <p>c</p>', '<title>t</title>'])(
    'leaves %j to the parser',
    (html) => {
      expect(simpleMarkupText(html)).toBeNull()
    },
  )

  it('agrees with the parser on 200,000 random mixes of tags and text', () => {
    const names = ['b', 'I', 'em', 'span', 'sup', 'p', 'DIV', 'li', 'h1', 'blockquote', 'br', 'hr', 'a', 'table', 'ul', 'td']
    const texts = ['据网友', 'abc', ' ', 'x y', '\n', '>', '"', '/']
    let seed = 12345
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    let fast = 0
    const differ: string[] = []
    for (let k = 0; k < 200_000; k++) {
      let html = ''
      const open: string[] = []
      for (let j = 1 + rnd(12); j > 0; j--) {
        const c = rnd(10)
        if (c < 4) html += texts[rnd(texts.length)]
        else if (c < 7) {
          open.push(names[rnd(names.length)]!)
          html += `<${open.at(-1)}>`
        }
        else if (c < 9) html += `</${open.length && rnd(4) ? open.pop() : names[rnd(names.length)]}>`
        else html += ['<br/>', '<br />', '<p/>', '<p >', '<'][rnd(5)]
      }
      if (rnd(2)) while (open.length) html += `</${open.pop()}>`
      if (simpleMarkupText(html) === null) continue
      fast++
      if (toPlainText(html) !== viaParser(html)) differ.push(html)
    }
    expect(fast).toBeGreaterThan(10_000)
    expect(differ).toEqual([])
  })
})
