import { describe, expect, it } from 'vitest'
import { YqError } from '@shared/errors.ts'
import { parseFeedBytes, parseFeedText } from '../../../server/ingest/parse-feed.ts'

const rss = (items: string) => `<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`

describe('parseFeedText() on hostile documents', () => {
  it('does not expand DTD entities (billion laughs stays a few bytes)', async () => {
    const lol = '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    const feed = await parseFeedText(`${lol}${rss('<item><guid>1</guid><title>&c;</title></item>')}`)
    expect(feed.items[0]!.title).toBe('&c;')
  })

  it('reads a document nested 100,000 deep without overflowing the stack', async () => {
    const deep = `${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}`
    const feed = await parseFeedText(rss(`<item><guid>1</guid><title>深</title><description>${deep}</description></item>`))
    expect(feed.items[0]!.title).toBe('深')
  })

  it('gives a reason for binary garbage, an empty body and JSON that is not a feed', async () => {
    for (const bytes of [Buffer.from([0xff, 0x00, 0x13, 0x37, 0x8b, 0x1f]), Buffer.alloc(0), Buffer.from('{"hello": "world"}'), Buffer.from('{"items": [')]) {
      await expect(parseFeedBytes(bytes)).rejects.toBeInstanceOf(YqError)
    }
  })
})

describe('parseFeedText() on JSON Feed 1.1', () => {
  it('reads items and ignores fields of the wrong type', async () => {
    const doc = {
      version: 'https://jsonfeed.org/version/1.1',
      title: '山东发布',
      home_page_url: 'https://sd.example.cn/',
      items: [
        { id: 'a', url: '/a', title: '<b>济南</b>发布&hellip;', date_published: '2025-06-10T08:00:00+08:00', content_text: '正文' },
        { id: 7, content_html: '<p>只有正文的帖子</p>' },
        { id: 'c', url: 'javascript:alert(1)', title: ['not', 'a string'] },
        null,
        'junk',
      ],
    }
    const feed = await parseFeedText(JSON.stringify(doc))
    expect(feed).toMatchObject({ format: 'json', title: '山东发布', link: 'https://sd.example.cn/' })
    expect(feed.items).toEqual([
      { guid: 'a', title: '济南发布…', link: 'https://sd.example.cn/a', published: '2025-06-10T00:00:00.000Z', summary: '正文' },
      // No title stays no title (the views show 无标题); the text is the summary, not a made-up headline.
      { guid: '7', title: '', link: null, published: null, summary: '只有正文的帖子' },
      { guid: 'c', title: '', link: null, published: null, summary: null },
    ])
  })
})
