import { describe, expect, it, onTestFinished } from 'vitest'
import { ErrorCode } from '@shared/errors.ts'
import { ThreadFeedReader } from '../../../server/ingest/parse-thread.ts'

const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items}</channel></rss>`

describe('ThreadFeedReader', () => {
  it('abandons a document over its time limit with a code, and reads the next one on a fresh thread', async () => {
    // 300 ms once the thread is up: far below what 400,000 elements take to build, far above a one-item feed.
    const reader = new ThreadFeedReader(300)
    onTestFinished(() => reader.close())
    const small = Buffer.from(rss('<item><guid>1</guid><title>济南通报</title></item>'))
    expect((await reader.parseFeed(small, null, null)).items[0]!.title).toBe('济南通报')

    const heavy = Buffer.from(rss(`<item><guid>2</guid><title>多</title>${'<a b="c"/>'.repeat(1_200_000)}</item>`))
    await expect(reader.parseFeed(heavy, null, null)).rejects.toMatchObject({ code: ErrorCode.FEED_TOO_COMPLEX, message: expect.stringMatching(/longer than 0.3 s/) })

    expect((await reader.parseFeed(small, null, null)).items).toHaveLength(1)
  })

  it('reads pushed posts with the same cleaning and limits as feeds', async () => {
    const reader = new ThreadFeedReader(20_000)
    onTestFinished(() => reader.close())
    const items = await reader.readPushItems([{ id: 'p', content_html: `${'<div>'.repeat(40_000)}深层正文${'</div>'.repeat(40_000)}` }, null, 'junk'])
    // No title: stored untitled (shown as 无标题), never a headline made of the body.
    expect(items).toEqual([{ guid: 'p', title: '', link: null, published: null, summary: '深层正文' }])
  })
})
