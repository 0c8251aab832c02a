import { describe, expect, it } from 'vitest'
import { parseFeedText } from '../../../server/ingest/parse-feed.ts'
import { MAX_SUMMARY_CHARS, MAX_TITLE_CHARS } from '../../../server/ingest/item-limits.ts'
import { toPlainText } from '../../../server/ingest/text-clean.ts'

// Shapes that took tens of seconds on the main thread before nesting was bounded (the figures
// are in bench/hostile-feeds.ts); the test timeout is only a hang guard, far above the bounded cost.
const HANG_GUARD_MS = 20_000
const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items}</channel></rss>`

describe('parseFeedText() on deeply nested documents', () => {
  it('stops reading at the nesting limit, keeps what came before and says why', { timeout: HANG_GUARD_MS }, async () => {
    // 1.2 MB of elements never closed: 300,000 levels deep.
    const feed = await parseFeedText(rss(`<item><guid>a</guid><title>济南通报</title></item><item><guid>b</guid><title>深</title>${'<x>a'.repeat(300_000)}</item>`))
    expect(feed.items.map((i) => [i.guid, i.title])).toEqual([['a', '济南通报'], ['b', '深']])
    expect(feed.problem).toMatch(/nested more than \d+ deep/)
  })

  it('reads a deeply nested but closed description the same bounded way', { timeout: HANG_GUARD_MS }, async () => {
    const deep = `${'<x>'.repeat(300_000)}${'</x>'.repeat(300_000)}`
    const feed = await parseFeedText(rss(`<item><guid>1</guid><title>深</title><description>${deep}</description></item>`))
    expect(feed.items[0]!.title).toBe('深')
    expect(feed.problem).toMatch(/nested more than \d+ deep/)
  })

  it('stops at the element limit on a document of a million empty elements', { timeout: HANG_GUARD_MS }, async () => {
    const feed = await parseFeedText(rss(`<item><guid>1</guid><title>多</title>${'<a/>'.repeat(1_200_000)}</item>`))
    expect(feed.items[0]!.title).toBe('多')
    expect(feed.problem).toMatch(/more than [\d,]+ elements/)
  })
})

describe('toPlainText() on deeply nested HTML', () => {
  it('keeps the words of 300,000 nested <div>s without slowing down per level', { timeout: HANG_GUARD_MS }, () => {
    expect(toPlainText(`${'<div>'.repeat(300_000)}深层正文${'</div>'.repeat(300_000)}`)).toBe('深层正文')
    expect(toPlainText(`<p>开头</p>${'<div>a'.repeat(300_000)}`)).toMatch(/^开头 a a a/)
  })

  it('still hides script bodies beyond the nesting limit', { timeout: HANG_GUARD_MS }, () => {
    expect(toPlainText(`${'<div>'.repeat(1000)}正文<script>alert(1)</script>${'</div>'.repeat(1000)}`)).toBe('正文')
  })
})

describe('parseFeedText() on oversized fields', () => {
  it('cuts titles and summaries to their limits and drops links too long to be links', async () => {
    const title = '长'.repeat(700_000)
    const summary = '文'.repeat(1_000_000)
    const link = `https://sd.example.cn/${'a'.repeat(3000)}`
    for (const doc of [
      rss(`<item><guid>1</guid><title>${title}</title><link>${link}</link><description>${summary}</description></item>`),
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title, url: link, content_text: summary }] }),
    ]) {
      const [item] = (await parseFeedText(doc)).items
      expect(item!.title).toBe(`${'长'.repeat(MAX_TITLE_CHARS - 1)}…`)
      expect(item!.summary).toHaveLength(MAX_SUMMARY_CHARS)
      expect(item!.link).toBeNull()
    }
  })
})
