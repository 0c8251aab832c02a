import { describe, expect, it } from 'vitest'
import { compareQueueRows } from '@shared/triage/queue-order.ts'
import type { Level } from '@shared/types/case.ts'
import type { QueueRow, QueueSort } from '@shared/types/triage.ts'
import { insertStory } from '../../helpers/triage-fixtures.ts'
import { startTestApp } from '../../helpers/test-app.ts'

const MIN = 60_000

describe('the triage queue order', () => {
  it('the SQL pages (newest and severe) come in exactly the order compareQueueRows gives, ties on time included', async () => {
    const t = await startTestApp()
    const base = Date.now() - 3 * 3600_000
    // Every level and none; three stories share one instant so the id breaks the tie.
    const levels: (Level | null)[] = ['IV', null, 'I', 'III', 'II', null, 'I', 'IV', 'II', 'III']
    for (const [i, level] of levels.entries()) await insertStory(t.app, { firstSeenAt: new Date(base + (i < 3 ? 0 : i) * MIN), level })
    for (const sort of ['newest', 'severe'] as QueueSort[]) {
      const paged: QueueRow[] = []
      let cursor: string | null = null
      do {
        const res = await fetch(`${t.baseUrl}/api/triage/queue?sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`)
        const page = (await res.json()) as { stories: QueueRow[]; next_cursor: string | null }
        paged.push(...page.stories)
        cursor = page.next_cursor
      } while (cursor)
      expect(paged.length).toBe(levels.length)
      expect(paged.map((r) => r.story_id)).toEqual([...paged].sort(compareQueueRows(sort)).map((r) => r.story_id))
    }
  })
})
