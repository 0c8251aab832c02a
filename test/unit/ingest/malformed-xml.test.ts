import { describe, expect, it } from 'vitest'
import { readXmlFeed } from '../../../server/ingest/feed-formats.ts'
import { parseFeedText } from '../../../server/ingest/parse-feed.ts'
import { parseXmlDocument } from '../../../server/ingest/xml-tree.ts'

const item = (i: number) => `<item><guid>g${i}</guid><title>潍坊市第${i}号通报</title><link>https://a.example.cn/${i}.html</link></item>`
const rss = (body: string, end = '</channel></rss>') => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>${body}${end}`

/** Broken XML that the lenient reader still reads: each must be reported, with what was kept. */
const BROKEN: [string, string, RegExp][] = [
  ['an end tag that closes nothing (</titel>)', rss(`${item(1)}<item><guid>g2</guid><title>潍坊</titel></item>${item(3)}`), /Unexpected close tag|closed out of order/],
  ['an item never closed, the next one inside it', rss(`<item><guid>g1</guid><title>x</title>${item(2)}`), /Unexpected close tag|closed out of order/],
  ['a bare & in text', rss(`${item(1)}<item><guid>g2</guid><title>A & B</title></item>`), /entity/],
  ['a bare < in text', rss(`${item(1)}<item><guid>g2</guid><title>a < b</title></item>`), /not well-formed/],
  ['cut off after the last item', rss(`${item(1)}${item(2)}`, ''), /cut off or broken/],
]

describe('parseFeedText() on malformed XML the lenient reader reads', () => {
  it.each(BROKEN)('%s: a problem with the reason and the number of items recovered', async (_name, text, reason) => {
    const feed = await parseFeedText(text)
    expect(feed.parser).toBe('lenient')
    expect(feed.problem).toMatch(reason)
    expect(feed.problem).toContain(`; ${feed.items.length} items recovered`)
    expect(feed.items.length).toBeGreaterThan(0)
  })

  it('each broken feed is reported even right after another broken one (the strict parser is not reused after it threw)', async () => {
    for (let round = 0; round < 2; round++) {
      for (const [, text] of BROKEN) expect((await parseFeedText(text)).problem).not.toBeNull()
    }
  })

  it('well-formed feeds, with or without self-closing elements, have no problem', async () => {
    expect((await parseFeedText(rss(`${item(1)}${item(2)}`))).problem).toBeNull()
    expect((await parseFeedText(rss('<item><guid>g1</guid><title>a</title><enclosure url="https://a.example.cn/1.mp3"/><category/></item>'))).problem).toBeNull()
  })
})

describe('the lenient reader alone (feeds over 1 MB skip the strict one)', () => {
  it('counts elements closed by an outer end tag, and not self-closing ones', () => {
    expect(parseXmlDocument(rss(`<item><guid>g1</guid><title>x</titel></item>`)).misnested).toBe(1)
    expect(parseXmlDocument(rss('<item><guid>g1</guid><link/><category a="1"/></item>')).misnested).toBe(0)
    const feed = readXmlFeed(parseXmlDocument(rss(`${item(1)}<item><guid>g2</guid><title>y</title>${item(3)}`)))
    expect(feed.problem).toBe(`the XML is broken (1 elements closed out of order); ${feed.items.length} items recovered`)
  })
})
