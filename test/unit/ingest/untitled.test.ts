import { describe, expect, it } from 'vitest'
import { readJsonItem } from '../../../server/ingest/json-feed.ts'
import { parseFeedText } from '../../../server/ingest/parse-feed.ts'

/** Page furniture that a headline made from the summary used to put on the wall. */
const FURNITURE = '【打印】【关闭】 来源：济南日报 编辑：张三 [字体：大 中 小] 本站讯 济南市启动老旧小区改造。'

describe('an entry without a title keeps no title (the views show 无标题), whatever its summary opens with', () => {
  it.each([
    ['RSS, no <title>', `<rss version="2.0"><channel><title>T</title><item><guid>1</guid><description>${FURNITURE}</description></item></channel></rss>`],
    ['RSS, empty <title/>', `<rss version="2.0"><channel><title>T</title><item><guid>1</guid><title/><description>${FURNITURE}</description></item></channel></rss>`],
    ['RSS, blank title of spaces and markup', `<rss version="2.0"><channel><title>T</title><item><guid>1</guid><title> &lt;b&gt; &lt;/b&gt; </title><description>${FURNITURE}</description></item></channel></rss>`],
    ['Atom, no <title>', `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>1</id><summary>${FURNITURE}</summary></entry></feed>`],
    ['RDF, empty title', `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>T</title></channel><item rdf:about="https://a.example.cn/1"><title></title><description>${FURNITURE}</description></item></rdf:RDF>`],
    ['JSON Feed, no title', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', content_text: FURNITURE }] })],
  ])('%s: title is empty, the summary is kept whole', async (_name, text) => {
    const feed = await parseFeedText(text)
    expect(feed.items).toHaveLength(1)
    expect(feed.items[0]!.title).toBe('')
    expect(feed.items[0]!.summary).toContain('济南市启动老旧小区改造')
  })

  it('a pushed item (JSON Feed shape) without a title, or with a title of the wrong type, has none', () => {
    expect(readJsonItem({ id: 'p1', content_text: FURNITURE }, null)?.title).toBe('')
    expect(readJsonItem({ id: 'p2', title: { text: '对象' }, summary: FURNITURE }, null)?.title).toBe('')
  })

  it('two untitled entries of one feed stay two items (their ids come from their summaries)', async () => {
    const feed = await parseFeedText('<rss version="2.0"><channel><title>T</title><item><description>青岛地铁6号线开通。</description></item><item><description>烟台暴雨致部分路段积水。</description></item></channel></rss>')
    expect(feed.items.map((i) => i.title)).toEqual(['', ''])
    expect(new Set(feed.items.map((i) => i.guid)).size).toBe(2)
  })

  it('a titled entry keeps its own title', async () => {
    const feed = await parseFeedText(`<rss version="2.0"><channel><title>T</title><item><guid>1</guid><title>潍坊通报一起食品安全事件</title><description>${FURNITURE}</description></item></channel></rss>`)
    expect(feed.items[0]!.title).toBe('潍坊通报一起食品安全事件')
  })
})
