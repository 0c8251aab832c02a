import { describe, expect, it } from 'vitest'
import { readXmlFeed } from '../../../server/ingest/feed-formats.ts'
import { parseFeedText } from '../../../server/ingest/parse-feed.ts'
import { parseXmlDocument } from '../../../server/ingest/xml-tree.ts'

const rss = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>山东发布</title><link>https://sd.example.cn/</link>${body}</channel></rss>`
const lenientOnly = (text: string, feedUrl: string | null = null) => readXmlFeed(parseXmlDocument(text), feedUrl)

describe('parseFeedText() reading well-formed feeds with rss-parser', () => {
  it('cleans an RSS 2.0 item as the lenient reader does when HTML entities and markup are present', async () => {
    const doc = rss(
      '<item><title>济南&nbsp;午餐&hellip;&lang;</title><link>/a.html</link><guid isPermaLink="false">a</guid>' +
        '<pubDate>2025-06-10 08:00</pubDate><description><![CDATA[<p>据<b>网友</b>反映</p><script>alert(1)</script>]]></description>' +
        '<dc:creator>记者</dc:creator></item><item><title>坏链接</title><link>javascript:alert(1)</link><description>don&#146;t</description></item>',
    )
    const feed = await parseFeedText(doc)
    expect(feed.parser).toBe('rss-parser')
    expect(feed).toMatchObject({ format: 'rss', title: '山东发布', link: 'https://sd.example.cn/' })
    expect(feed.items).toEqual([
      { guid: 'a', title: '济南\u00a0午餐…⟨', link: 'https://sd.example.cn/a.html', published: '2025-06-10T00:00:00.000Z', summary: '据网友反映' },
      { guid: expect.stringMatching(/^urn:yq:/), title: '坏链接', link: null, published: null, summary: 'don’t' },
    ])
    expect({ format: feed.format, title: feed.title, link: feed.link, items: feed.items }).toEqual(lenientOnly(doc))
  })

  it('reads Atom 1.0 entries with escaped HTML and plain text titles', async () => {
    const doc =
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>青岛</title><link rel="self" href="https://qd.example.cn/atom"/><link href="https://qd.example.cn/"/>' +
      '<entry><id>tag:qd,1</id><title>a &lt;b&gt; c</title><link rel="alternate" href="https://qd.example.cn/1"/>' +
      '<updated>2025-06-10T08:00:00+08:00</updated><summary type="html">&lt;p&gt;供暖&lt;/p&gt;</summary></entry></feed>'
    const feed = await parseFeedText(doc)
    expect(feed.parser).toBe('rss-parser')
    expect(feed).toMatchObject({ format: 'atom', title: '青岛', link: 'https://qd.example.cn/' })
    expect(feed.items).toEqual([{ guid: 'tag:qd,1', title: 'a <b> c', link: 'https://qd.example.cn/1', published: '2025-06-10T00:00:00.000Z', summary: '供暖' }])
  })

  it('keeps an empty channel empty rather than an error when neither reader finds items', async () => {
    const feed = await parseFeedText(rss(''))
    expect(feed).toMatchObject({ parser: 'rss-parser', title: '山东发布', items: [] })
  })
})

describe('parseFeedText() falling back to the lenient reader', () => {
  it('reads a feed rss-parser rejects (bare ampersand, unclosed item) with the lenient reader', async () => {
    const feed = await parseFeedText(rss('<item><title>烟台 & 威海</title><guid>1</guid></item><item><title>截断'))
    expect(feed.parser).toBe('lenient')
    expect(feed.items.map((i) => i.title)).toEqual(['烟台 & 威海', '截断'])
  })

  it('uses the lenient reader when rss-parser finds no items but the lenient reader does', async () => {
    const doc = '<rss version="2.0"><channel><title>T</title></channel><item><guid>x</guid><title>频道外的条目</title></item></rss>'
    const feed = await parseFeedText(doc)
    expect(feed.parser).toBe('lenient')
    expect(feed.items.map((i) => i.title)).toEqual(['频道外的条目'])
  })

  it('uses the lenient reader for inline XHTML, xml:base and re-prefixed namespaces', async () => {
    const xhtml =
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">潍坊<b>寿光</b></div></title></entry></feed>'
    const base = '<rss version="2.0" xml:base="https://rz.example.cn/news/"><channel><item><guid>1</guid><title>日照</title><link>1.html</link></item></channel></rss>'
    const prefixed = '<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><a:id>1</a:id><a:title>临沂</a:title></a:entry></a:feed>'
    const feeds = await Promise.all([xhtml, base, prefixed].map((doc) => parseFeedText(doc)))
    expect(feeds.map((f) => f.parser)).toEqual(['lenient', 'lenient', 'lenient'])
    expect(feeds.map((f) => f.items[0]!.title)).toEqual(['潍坊寿光', '日照', '临沂'])
    expect(feeds[1]!.items[0]!.link).toBe('https://rz.example.cn/news/1.html')
  })

  it('reads JSON Feed with the lenient reader', async () => {
    const feed = await parseFeedText(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', title: '淄博' }] }))
    expect(feed).toMatchObject({ parser: 'lenient', format: 'json', items: [{ guid: '1', title: '淄博' }] })
  })
})
