import { shallowRef } from 'vue'
import type { MajorStories, MajorStory } from '@shared/api/triage.ts'
import { getJson } from '../../shared/api.ts'
import { useRealtime } from '../../shared/composables/useRealtime.ts'

/** What GET /api/triage/major returns per story: 待研判 stories suggested at level I/II (shared/api/triage.ts). */
export type { MajorStory }

/** Several reports of one event arrive within a second or two: look again once they have settled. */
const SETTLE_MS = 800

/**
 * The untriaged major stories the wall must show at once and keep showing until an operator
 * decides. Refetched after every story change, decision, undo and resync; `onNew` hears of each
 * story the wall had not shown before (the chime).
 */
export function useMajorStories(onNew: (s: MajorStory) => void) {
  const realtime = useRealtime()
  const stories = shallowRef<MajorStory[]>([])
  const seen = new Set<number>()
  let first = true
  let timer: ReturnType<typeof setTimeout> | null = null

  async function load(): Promise<void> {
    try {
      const res = await getJson<MajorStories>('/api/triage/major')
      for (const s of res.stories) {
        if (!seen.has(s.story_id) && !first) onNew(s)
        seen.add(s.story_id)
      }
      first = false
      stories.value = res.stories
    } catch {
      // A failed look leaves the last banner up; the stale banner covers a dead server.
    }
  }
  function soon(): void {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void load(), SETTLE_MS)
  }

  realtime.on('story:updated', soon)
  realtime.on('story:triaged', soon)
  realtime.on('story:restored', soon)
  realtime.onResync(soon)
  void load()
  return { stories }
}
