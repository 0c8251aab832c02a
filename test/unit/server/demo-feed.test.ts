import { describe, expect, it } from 'vitest'
import { DEMO_BACKLOG, DEMO_WINDOW, loadDemoItems, renderDemoFeed } from '../../../server/ingest/demo/demo-feed.ts'
import { parseFeedText } from '../../../server/ingest/parse-feed.ts'

const items = loadDemoItems()
const epoch = Date.parse('2026-11-29T00:00:00Z')

describe('demo corpus', () => {
  it('has at least 200 distinct Chinese items naming Shandong places', () => {
    expect(items.length).toBeGreaterThanOrEqual(200)
    expect(new Set(items.map((i) => i.title)).size).toBe(items.length)
    const cities = ['济南', '青岛', '淄博', '枣庄', '东营', '烟台', '潍坊', '济宁', '泰安', '威海', '日照', '临沂', '德州', '聊城', '滨州', '菏泽']
    for (const city of cities) expect(items.some((i) => (i.title + i.summary).includes(city)), city).toBe(true)
    expect(items.filter((i) => i.kind === 'incident').length).toBeGreaterThan(10)
  })
})

describe('renderDemoFeed()', () => {
  it('publishes the backlog at once and one more item per interval', async () => {
    const atStart = await parseFeedText(renderDemoFeed(items, epoch, 6, epoch, 'http://127.0.0.1:1'))
    expect(atStart.items).toHaveLength(DEMO_BACKLOG)
    const later = await parseFeedText(renderDemoFeed(items, epoch, 6, epoch + 6_000 * 3 + 100, 'http://127.0.0.1:1'))
    expect(later.items).toHaveLength(DEMO_BACKLOG + 3)
    expect(later.items[0]!.guid).toBe(`demo-${DEMO_BACKLOG + 2}`)
  })

  it('shows only the latest window and keeps cycling past the end of the corpus with new guids', async () => {
    const far = epoch + 6_000 * (items.length + 5)
    const feed = await parseFeedText(renderDemoFeed(items, epoch, 6, far, 'http://127.0.0.1:1'))
    expect(feed.items).toHaveLength(DEMO_WINDOW)
    expect(feed.items[0]!.guid).toBe(`demo-${DEMO_BACKLOG + items.length + 4}`)
    expect(feed.items[0]!.title).toBe(items[(DEMO_BACKLOG + items.length + 4) % items.length]!.title)
  })
})
