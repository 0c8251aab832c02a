import { decodeHTML } from 'entities'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'
import { htmlEntitiesToNumeric } from '../../../server/ingest/rss-parser-feed.ts'

/**
 * The entity pre-pass before rss-parser finds CDATA sections, comments and entities with indexOf
 * (issue #18); it must rewrite exactly what the one regex it replaced rewrote, which is this,
 * except the named entities xml2js's sax decodes itself to the same character (left as written).
 */
const SAX = (new Parser() as unknown as { xmlParser: { saxParser: { ENTITIES: Record<string, unknown> } } }).xmlParser.saxParser.ENTITIES
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos'])
const C1_REF = /^#(?:x0*[89][0-9a-f]|0*1(?:2[89]|[3-5][0-9]))$/i
function byRegex(text: string): string {
  return text.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|&([A-Za-z][A-Za-z0-9]*|#[xX]?[0-9A-Fa-f]+);/g, (whole, name?: string) => {
    if (!name || XML_ENTITIES.has(name) || (name.startsWith('#') && !C1_REF.test(name))) return whole
    const decoded = decodeHTML(whole)
    return decoded === whole || (!name.startsWith('#') && SAX[name] === decoded) ? whole : [...decoded].map((c) => `&#${c.codePointAt(0)};`).join('')
  })
}

describe('the entity pre-pass', () => {
  it.each([
    ['a&nbsp;b&bigstar;', 'a&nbsp;b&#9733;'],
    ['<![CDATA[&bigstar;]]>&bigstar;', '<![CDATA[&bigstar;]]>&#9733;'],
    ['<!-- &bigstar; -->&bigstar;', '<!-- &bigstar; -->&#9733;'],
    ['<![CDATA[ never closed &bigstar;', '<![CDATA[ never closed &#9733;'],
    ['&#146; &amp; &#160; &foo; &hellip;', '&#8217; &amp; &#160; &foo; &hellip;'],
  ])('rewrites %j as %j', (text, expected) => {
    expect(htmlEntitiesToNumeric(text)).toBe(expected)
  })

  it('rewrites what the regex rewrote on 100,000 random mixes of entities, sections and comments', () => {
    const pieces = ['&nbsp;', '&bigstar;', '&NotEqualTilde;', '&amp;', '&#146;', '&#x92;', '&hellip;', '&', ';', 'a', '中', '<![CDATA[', ']]>', '<!--', '-->', '<!', '<', '>', '-', ']', '&#', '&#160;', '&foo;', '&nbsp', ' ', '&&nbsp;', '<!-->', '<![CDATA[]]>']
    let seed = 12345
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    const differing: string[] = []
    for (let t = 0; t < 100_000; t++) {
      let text = ''
      for (let k = rnd(25); k > 0; k--) text += pieces[rnd(pieces.length)]
      if (htmlEntitiesToNumeric(text) !== byRegex(text)) differing.push(text)
    }
    expect(differing.slice(0, 5)).toEqual([])
  })

  it('rewrites the entities of a document of unclosed openings (which the regex took seconds over)', () => {
    expect(htmlEntitiesToNumeric('<![CDATA[<!--&bigstar;'.repeat(50_000))).toBe('<![CDATA[<!--&#9733;'.repeat(50_000))
  })

  it('leaves an entity sax reads the same way as written, and rss-parser still reads it', async () => {
    expect(SAX.nbsp).toBe('\u00a0')
    const feed = '<rss version="2.0"><channel><title>t</title><item><title>a&nbsp;b&hellip;&bigstar;</title><guid>g</guid></item></channel></rss>'
    const read = await new Parser().parseString(htmlEntitiesToNumeric(feed))
    expect(read.items[0]!.title).toBe('a\u00a0b\u2026\u2605')
  })
})
