import { describe, expect, it } from 'vitest'
import type { Item } from '@shared/types/item.ts'
import { tickerStories } from '@shared/wall/ticker.ts'

function item(id: number, story_id: number | null, title = `信息${id}`): Item {
  return {
    id, source_id: 1, guid: `g${id}`, title, link: null, summary: null, published_at: null,
    first_seen_at: new Date(Date.UTC(2026, 10, 29, 0, id)).toISOString(),
    departments: [], region: null, unit: null, severity: null, story_id, case_id: null,
  }
}

describe('tickerStories', () => {
  it('shows each story once, by its first report, where it first appeared', () => {
    // Newest first: story 7 got a second report (id 4) after story 8 appeared (id 3).
    const items = [item(4, 7, '第二篇'), item(3, 8), item(2, 7, '第一篇'), item(1, 9)]
    const lines = tickerStories(items, new Map(), 10)
    expect(lines.map((l) => [l.item.id, l.reports])).toEqual([[3, 1], [2, 2], [1, 1]])
    expect(lines[1]!.item.title).toBe('第一篇')
  })

  it('takes the story’s own report count when it knows more reports than the window holds', () => {
    const lines = tickerStories([item(5, 7)], new Map([[7, 12]]), 10)
    expect(lines[0]!.reports).toBe(12)
  })

  it('keeps ungrouped items apart and stops at the maximum, newest stories first', () => {
    const items = [item(6, null), item(5, null), item(4, 1), item(3, 1), item(2, 2)]
    expect(tickerStories(items, new Map(), 2).map((l) => l.item.id)).toEqual([6, 5])
  })
})
