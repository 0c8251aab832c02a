import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { parseFeedBytes } from '../../../server/ingest/parse-feed.ts'

/**
 * Titles chosen to catch wrong decoders: 镕 and 喆 are GBK-only (not GB2312), 𠀀 and 𪚥 are
 * GB18030 four-byte characters, 臺灣/國務院 are Traditional for Big5.
 */
const TITLES = {
  gbk: ['朱镕基考察山东济南 张喆陪同', '青岛市黄岛区道路维修进展通报'],
  gb18030: ['𠀀字与𪚥字的编码测试', '烟台市芝罘区 𠮷野家门店整改'],
  big5: ['臺灣國務院公告', '高雄市政府回應民眾陳情'],
  'utf-16le': ['济南市历下区一小学午餐分量不足', '潍坊市寿光蔬菜价格波动'],
  'utf-16be': ['济南市历下区一小学午餐分量不足', '潍坊市寿光蔬菜价格波动'],
} as const

type Charset = keyof typeof TITLES

function rss(titles: readonly string[], declaration: string | null, feedTitle = '测试'): string {
  const items = titles.map((t, i) => `<item><guid>g-${i}</guid><title>${t}</title><link>https://news.example.cn/${i}</link></item>`).join('')
  const decl = declaration ? `<?xml version="1.0" encoding="${declaration}"?>\n` : ''
  return `${decl}<rss version="2.0"><channel><title>${feedTitle}</title>${items}</channel></rss>`
}

function encode(text: string, charset: Charset, bom = false): Buffer {
  return iconv.encode(text, charset, { addBOM: bom })
}

const CASES: { charset: Charset; declared: string | null; header: string | null; bom?: boolean }[] = [
  { charset: 'gbk', declared: 'GBK', header: null },
  { charset: 'gbk', declared: 'gb2312', header: null },
  { charset: 'gbk', declared: null, header: 'text/xml; charset=gbk' },
  { charset: 'gbk', declared: 'utf-8', header: 'application/rss+xml; charset="GB2312"' },
  { charset: 'gbk', declared: null, header: null },
  { charset: 'gb18030', declared: 'GB18030', header: null },
  { charset: 'gb18030', declared: 'gb2312', header: null },
  { charset: 'gb18030', declared: null, header: 'text/xml; charset=gb18030' },
  { charset: 'big5', declared: 'big5', header: null },
  { charset: 'big5', declared: null, header: 'text/xml; charset=Big5' },
  { charset: 'big5', declared: null, header: null },
  { charset: 'utf-16le', declared: 'utf-16', header: null, bom: true },
  { charset: 'utf-16le', declared: null, header: null },
  { charset: 'utf-16be', declared: 'UTF-16', header: null, bom: true },
  { charset: 'utf-16be', declared: null, header: 'text/xml; charset=utf-16be' },
]

describe('parseFeedBytes() on generated Chinese-charset twins', () => {
  it.each(CASES)('reads $charset (declared $declared, header $header) with the titles of its UTF-8 twin', async ({ charset, declared, header, bom }) => {
    const titles = TITLES[charset]
    const feedTitle = charset === 'big5' ? '測試' : '测试'
    const twin = await parseFeedBytes(Buffer.from(rss(titles, 'utf-8', feedTitle)))
    const feed = await parseFeedBytes(encode(rss(titles, declared, feedTitle), charset, bom), header)
    expect(feed.items.map((i) => i.title)).toEqual(twin.items.map((i) => i.title))
    expect(feed.items.map((i) => i.title)).toEqual([...titles])
    expect(feed.title).toBe(feedTitle)
  })

  it('records a GBK feed as gb18030, the superset it is read with', async () => {
    const feed = await parseFeedBytes(encode(rss(TITLES.gbk, 'GBK'), 'gbk'))
    expect(feed.encoding).toBe('gb18030')
  })

  it('prefers the HTTP charset over the XML declaration when they disagree', async () => {
    const feed = await parseFeedBytes(encode(rss(TITLES.big5, 'gb2312', '測試'), 'big5'), 'text/xml; charset=big5')
    expect(feed.encoding).toBe('big5')
    expect(feed.items[0]!.title).toBe('臺灣國務院公告')
  })

  it('falls back to detection when a declared UTF-8 feed is really GBK', async () => {
    const feed = await parseFeedBytes(encode(rss(TITLES.gbk, 'utf-8'), 'gbk'))
    expect(feed.items.map((i) => i.title)).toEqual([...TITLES.gbk])
  })
})
