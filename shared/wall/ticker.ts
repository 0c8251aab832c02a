import type { Item } from '../types/item.ts'

/** One line of the wall's ticker: a story, shown by its first report, with how many reports it has. */
export interface TickerStory {
  item: Item
  reports: number
}

/**
 * The ticker lists stories, not reports: five outlets carrying one event are one line with
 * "5 篇报道", kept where the story first appeared so a new report does not push news off the wall.
 * `items` come newest first; `reportCounts` (story id → count, from `story:updated`) wins over the
 * reports the window happens to hold. An item not yet grouped into a story stands alone.
 */
export function tickerStories(items: readonly Item[], reportCounts: ReadonlyMap<number, number>, max: number): TickerStory[] {
  const byStory = new Map<string, TickerStory>()
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!
    const key = item.story_id === null ? `item:${item.id}` : `story:${item.story_id}`
    const seen = byStory.get(key)
    if (seen) seen.reports++
    else byStory.set(key, { item, reports: 1 })
  }
  const stories = [...byStory.values()].reverse().slice(0, max)
  for (const s of stories) {
    const known = s.item.story_id === null ? undefined : reportCounts.get(s.item.story_id)
    if (known !== undefined && known > s.reports) s.reports = known
  }
  return stories
}
