import { readonly, ref, shallowReadonly, shallowRef, type Ref } from 'vue'
import { LEVELS } from '@shared/types/case.ts'
import type { QueueRow, StoryClaim } from '@shared/types/triage.ts'
import { fetchQueue, QUEUE_PAGE_SIZE } from '../triage/api.ts'
import { apiParams, type TriageFilters } from '../triage/filters.ts'
import { useRealtime } from './useRealtime.ts'

/** How long a story that just arrived keeps its "new" look (the slide-in). */
const FRESH_MS = 4000

function rank(r: QueueRow): number {
  return r.level ? LEVELS.indexOf(r.level) + 1 : LEVELS.length + 1
}

/** The server's order, so a live arrival lands where a reload would put it. */
export function queueOrder(sort: TriageFilters['sort']): (a: QueueRow, b: QueueRow) => number {
  return (a, b) => (sort === 'severe' ? rank(a) - rank(b) : 0) || b.first_seen_at.localeCompare(a.first_seen_at) || b.story_id - a.story_id
}

/**
 * The live queue for one view (filters): first page, more pages on demand, and every change the
 * others make arriving by socket. Arrivals are asked of the server with the view's filters
 * (`story_id=`), so the server alone decides what matches.
 */
export function useTriageQueue(filters: Readonly<Ref<TriageFilters>>) {
  const realtime = useRealtime()
  const rows = shallowRef<QueueRow[]>([])
  const fresh = shallowRef<ReadonlySet<number>>(new Set())
  const nextCursor = ref<string | null>(null)
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  const error = ref('')
  /** Stories that left while a fetch for them was in flight must not come back with it. */
  const gone = new Set<number>()
  let generation = 0

  /**
   * Reads the view from the top. After a resync it reads as many stories as were loaded before,
   * so an operator deep in the list keeps the rows around the cursor.
   */
  async function load(keep = 0): Promise<void> {
    const mine = ++generation
    state.value = 'loading'
    try {
      let page = await fetchQueue(withLimit(apiParams(filters.value)))
      const list = [...page.stories]
      while (page.next_cursor && list.length < keep) {
        const params = withLimit(apiParams(filters.value))
        params.set('cursor', page.next_cursor)
        page = await fetchQueue(params)
        list.push(...page.stories)
      }
      if (mine !== generation) return
      rows.value = list
      nextCursor.value = page.next_cursor
      state.value = 'ready'
    } catch (e) {
      if (mine !== generation) return
      error.value = (e as Error).message
      state.value = 'error'
    }
  }

  let loadingMore = false
  async function loadMore(): Promise<void> {
    if (!nextCursor.value || loadingMore || state.value !== 'ready') return
    loadingMore = true
    const mine = generation
    try {
      const params = withLimit(apiParams(filters.value))
      params.set('cursor', nextCursor.value)
      const page = await fetchQueue(params)
      if (mine !== generation) return
      const known = new Set(rows.value.map((r) => r.story_id))
      rows.value = [...rows.value, ...page.stories.filter((s) => !known.has(s.story_id))]
      nextCursor.value = page.next_cursor
    } finally {
      loadingMore = false
    }
  }

  function withLimit(p: URLSearchParams): URLSearchParams {
    p.set('limit', String(QUEUE_PAGE_SIZE))
    return p
  }

  function remove(ids: readonly number[]): void {
    const drop = new Set(ids)
    for (const id of ids) gone.add(id)
    if (rows.value.some((r) => drop.has(r.story_id))) rows.value = rows.value.filter((r) => !drop.has(r.story_id))
  }

  function patchClaim(storyId: number, claim: StoryClaim | null): void {
    const i = rows.value.findIndex((r) => r.story_id === storyId)
    if (i < 0) return
    const next = [...rows.value]
    next[i] = { ...next[i]!, claim }
    rows.value = next
  }

  /** Fetches one story as this view sees it: updated in place, inserted in order, or removed. */
  async function refresh(storyId: number, isArrival = false): Promise<void> {
    const mine = generation
    const params = apiParams(filters.value)
    params.set('story_id', String(storyId))
    const page = await fetchQueue(params)
    if (mine !== generation || gone.has(storyId)) return
    const row = page.stories[0]
    if (!row) return remove([storyId])
    const i = rows.value.findIndex((r) => r.story_id === storyId)
    if (i >= 0) {
      const next = [...rows.value]
      next[i] = row
      rows.value = next
      return
    }
    const order = queueOrder(filters.value.sort)
    const last = rows.value[rows.value.length - 1]
    // Beyond the loaded pages it will come with a later page, not now.
    if (nextCursor.value && last && order(row, last) > 0) return
    const at = rows.value.findIndex((r) => order(row, r) < 0)
    const next = [...rows.value]
    next.splice(at < 0 ? next.length : at, 0, row)
    rows.value = next
    if (isArrival) markFresh(storyId)
  }

  function markFresh(id: number): void {
    fresh.value = new Set([...fresh.value, id])
    setTimeout(() => {
      const next = new Set(fresh.value)
      next.delete(id)
      fresh.value = next
    }, FRESH_MS)
  }

  const quietly = (p: Promise<void>) => void p.catch(() => undefined)
  realtime.on('story:updated', ({ data }) => quietly(refresh(data.id, true)))
  realtime.on('story:claimed', ({ data }) => patchClaim(data.story_id, data))
  realtime.on('story:released', ({ data }) => {
    const row = rows.value.find((r) => r.story_id === data.story_id)
    if (row?.claim?.actor === data.actor) patchClaim(data.story_id, null)
  })
  realtime.on('story:triaged', ({ data }) => {
    // Under the 关注 view a story marked 关注 arrives; everything else leaves.
    if (filters.value.state === 'watch' && data.action === 'watch') {
      for (const id of data.story_ids) quietly(refresh(id, true))
    } else remove(data.story_ids)
  })
  realtime.on('story:restored', ({ data }) => {
    for (const id of data.story_ids) {
      gone.delete(id)
      quietly(refresh(id, true))
    }
  })
  realtime.onResync(() => void load(rows.value.length + 1))

  function reset(): void {
    gone.clear()
    void load()
  }

  return { rows: shallowReadonly(rows), fresh: shallowReadonly(fresh), nextCursor: readonly(nextCursor), state: readonly(state), error: readonly(error), reset, loadMore, remove, refresh }
}
