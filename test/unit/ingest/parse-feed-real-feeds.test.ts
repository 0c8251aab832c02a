import fs from 'node:fs'
import path from 'node:path'
import iconv from 'iconv-lite'
import { expect, it } from 'vitest'
import { describeWithCorpora } from '../../helpers/corpora.ts'
import { YqError } from '@shared/errors.ts'
import { parseFeedBytes, toPlainText } from '../../../server/ingest/parse-feed.ts'
import { CORPORA_DIR } from './feedparser-expect.ts'

const RSS_PARSER_DIR = path.join(CORPORA_DIR, 'rss-parser/test')
const CHARDET_DIR = path.join(CORPORA_DIR, 'encodings/chardet/tests')

interface GoldenItem {
  title?: unknown
  link?: unknown
}

/** How rss-parser's own golden outputs title an item, as plain text. */
function goldenTitle(item: GoldenItem): string | null {
  const title = typeof item.title === 'object' && item.title !== null ? (item.title as { _?: unknown })._ : item.title
  return typeof title === 'string' ? toPlainText(title) : null
}

describeWithCorpora('parseFeedBytes() on rss-parser real-world feeds', () => {
  it('finds the items and titles of rss-parser golden outputs in every feed that has one', async () => {
    const inputs = fs.readdirSync(path.join(RSS_PARSER_DIR, 'input'))
    let compared = 0
    for (const file of inputs) {
      const name = file.replace(/\.[^.]+$/, '')
      const goldenFile = path.join(RSS_PARSER_DIR, 'output', `${name}.json`)
      if (!fs.existsSync(goldenFile)) continue
      // encoding.rss is served as latin1 in upstream's test, and its golden file is latin1 text too.
      const isLatin1 = name === 'encoding'
      const golden = JSON.parse(iconv.decode(fs.readFileSync(goldenFile), isLatin1 ? 'latin1' : 'utf-8')) as { feed: { items: GoldenItem[] } }
      const feed = await parseFeedBytes(fs.readFileSync(path.join(RSS_PARSER_DIR, 'input', file)), isLatin1 ? 'text/xml; charset=latin1' : null)
      expect(feed.items.length, file).toBe(golden.feed.items.length)
      golden.feed.items.forEach((item, i) => {
        const want = goldenTitle(item)
        // uolNoticias.rss is Latin-1 without a declaration: rss-parser read it as UTF-8 into U+FFFD.
        if (want && !want.includes('\uFFFD')) expect(feed.items[i]!.title, `${file} item ${i}`).toBe(want)
      })
      compared++
    }
    expect(compared).toBe(29)
  })

  it('refuses an HTML "document moved" page with a reason', async () => {
    const bytes = fs.readFileSync(path.join(RSS_PARSER_DIR, 'input/unrecognized.rss'))
    await expect(parseFeedBytes(bytes)).rejects.toBeInstanceOf(YqError)
  })
})

/** From the corpus README: item counts, and whether the file is well-formed. */
const CHARDET_FEEDS: { file: string; items: number; encoding: string; format: string }[] = [
  { file: 'GB2312/acnnewswire.net.xml', items: 8, encoding: 'gb18030', format: 'rss' },
  { file: 'GB2312/softsea.net.xml', items: 100, encoding: 'gb18030', format: 'rss' },
  { file: 'GB2312/w3cn.org.xml', items: 20, encoding: 'gb18030', format: 'rss' },
  { file: 'GB2312/cnblog.org.xml', items: 16, encoding: 'gb18030', format: 'rss' },
  { file: 'GB2312/chen56.blogcn.com.xml', items: 15, encoding: 'gb18030', format: 'rdf' },
  { file: 'GB2312/14.blog.westca.com.xml', items: 4, encoding: 'gb18030', format: 'rdf' },
  { file: 'GB2312/eighthday.blogspot.com.xml', items: 7, encoding: 'gb18030', format: 'atom' },
  { file: 'Big5/coolloud.org.tw.xml', items: 20, encoding: 'big5', format: 'rdf' },
  { file: 'Big5/ebao.us.xml', items: 15, encoding: 'big5', format: 'rss' },
  { file: 'Big5/blog.worren.net.xml', items: 10, encoding: 'big5', format: 'atom' },
]

describeWithCorpora('parseFeedBytes() on real GB2312 and Big5 feeds', () => {
  it.each(CHARDET_FEEDS)('reads $file as $encoding with $items items whose titles match a strict decode', async ({ file, items, encoding, format }) => {
    const bytes = fs.readFileSync(path.join(CHARDET_DIR, file))
    const feed = await parseFeedBytes(bytes)
    expect(feed.encoding).toBe(encoding)
    expect(feed.format).toBe(format)
    expect(feed.items).toHaveLength(items)
    // The same file decoded independently (strictly, by the charset its folder names) holds each title.
    const strict = new TextDecoder(encoding === 'big5' ? 'big5' : 'gbk', { fatal: true }).decode(bytes)
    for (const item of feed.items) {
      expect(item.title).not.toMatch(/\uFFFD/)
      expect(strict.replace(/[ \t\r\n]+/g, ' ')).toContain(item.title.slice(0, 6))
    }
    expect(feed.items.some((i) => /[\u4e00-\u9fff]/.test(i.title))).toBe(true)
  })

  it('reads the same titles from a GB2312 feed served with an HTTP charset and no declaration', async () => {
    const bytes = fs.readFileSync(path.join(CHARDET_DIR, 'GB2312/cnblog.org.xml'))
    const withDecl = await parseFeedBytes(bytes)
    const bare = iconv.encode(iconv.decode(bytes, 'gb18030').replace(/^<\?xml[^>]*\?>/, ''), 'gb18030')
    const viaHeader = await parseFeedBytes(bare, 'application/rss+xml; charset=GBK')
    const sniffed = await parseFeedBytes(bare)
    expect(viaHeader.items.map((i) => i.title)).toEqual(withDecl.items.map((i) => i.title))
    expect(sniffed.items.map((i) => i.title)).toEqual(withDecl.items.map((i) => i.title))
  })
})
