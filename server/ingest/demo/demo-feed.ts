import bundledItems from './demo-items.json' with { type: 'json' }

export interface DemoItem {
  title: string
  summary: string
  source: string
  kind: 'incident' | 'opinion'
}

/** Items already "published" when the replay starts, so a fresh wall is not empty. */
export const DEMO_BACKLOG = 12
/** How many of the latest items the feed shows, like a real news site's RSS. */
export const DEMO_WINDOW = 30

/** Imported, not read from disk, so the items travel inside the server bundle. */
export function loadDemoItems(): DemoItem[] {
  return bundledItems as DemoItem[]
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * The replay as RSS 2.0 at a moment: item k is published at epoch + (k - BACKLOG) × interval,
 * cycling through the bundled items. Stateless, so a restart continues where the clock is.
 */
export function renderDemoFeed(items: DemoItem[], epochMs: number, intervalS: number, nowMs: number, baseUrl: string): string {
  const published = DEMO_BACKLOG + Math.max(0, Math.floor((nowMs - epochMs) / (intervalS * 1000)))
  const first = Math.max(0, published - DEMO_WINDOW)
  const entries: string[] = []
  for (let k = published - 1; k >= first; k--) {
    const item = items[k % items.length]!
    const at = new Date(epochMs + (k - DEMO_BACKLOG + 1) * intervalS * 1000)
    entries.push(
      `<item><title>${escapeXml(item.title)}</title>` +
        `<link>${baseUrl}/demo/items/${k}</link><guid isPermaLink="false">demo-${k}</guid>` +
        `<pubDate>${at.toUTCString()}</pubDate><author>${escapeXml(item.source)}</author>` +
        `<description>${escapeXml(item.summary)}</description></item>`,
    )
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>` +
    `<title>演示信息源（离线回放）</title><link>${baseUrl}/demo/</link>` +
    `<description>yuqing-watch 内置演示数据</description>${entries.join('')}</channel></rss>`
  )
}
