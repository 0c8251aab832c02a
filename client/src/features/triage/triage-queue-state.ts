import { readonly, ref, shallowReadonly, shallowRef, type Ref } from 'vue'
import { compareQueueRows } from '@shared/triage/queue-order.ts'
import type { QueuePage, QueueRow, StoryClaim } from '@shared/types/triage.ts'
import type { ServerToClientEvents } from '@shared/realtime/events.ts'
import { apiParams, type TriageFilters } from './filters.ts'
import { mergePage, placeRow } from './queue-place.ts'

/** How long a story that just arrived keeps its "new" look (the slide-in). */
const FRESH_MS = 4000

/** The server's order (shared/triage/queue-order.ts), so a live arrival lands where a reload would put it. */
export function queueOrder(sort: TriageFilters['sort']): (a: QueueRow, b: QueueRow) => number {
  return compareQueueRows(sort)
}

/** What the queue reads and hears through: the API and the socket (`useTriageQueue` passes the real ones). */
export interface QueueIo {
  fetchQueue: (params: URLSearchParams) => Promise<QueuePage>
  pageSize: number
  on: <E extends keyof ServerToClientEvents>(event: E, handler: ServerToClientEvents[E]) => void
  onResync: (handler: () => void) => void
}

/**
 * The live queue for one view (filters): first page, more pages on demand, and every change the
 * others make arriving by socket. Arrivals are asked of the server with the view's filters
 * (`story_id=`), so the server alone decides what matches, and placed by the keyset rule of
 * `placeRow`: scrolling to the end shows what a reload would, each story once.
 */
export function createTriageQueue(filters: Readonly<Ref<TriageFilters>>, io: QueueIo) {
  const rows = shallowRef<QueueRow[]>([])
  const fresh = shallowRef<ReadonlySet<number>>(new Set())
  const nextCursor = ref<string | null>(null)
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  const error = ref('')
  /** Stories decided (triaged) while a fetch for them was in flight must not come back with it. */
  const gone = new Set<number>()
  /** The last row of the last page read: the server's cursor points just after it (null at the end). */
  let boundary: QueueRow | null = null
  /** Stories read one by one while a page was on its way (null: not in the view), applied again when it lands. */
  const fresher = new Map<number, QueueRow | null>()
  /** The latest single-story read asked for each story: an older answer arriving after it is dropped. */
  const latestRead = new Map<number, number>()
  let reads = 0
  let generation = 0
  const order = () => queueOrder(filters.value.sort)
  const notGone = (page: QueuePage) => page.stories.filter((r) => !gone.has(r.story_id))
  const boundaryOf = (page: QueuePage) => (page.next_cursor ? (page.stories[page.stories.length - 1] ?? null) : null)

  /**
   * Reads the view from the top. After a resync it reads as many stories as were loaded before,
   * so an operator deep in the list keeps the rows around the cursor.
   */
  async function load(keep = 0): Promise<void> {
    const mine = ++generation
    state.value = 'loading'
    // Whatever was read before now is in what this load reads; only later readings are fresher.
    fresher.clear()
    try {
      let page = await io.fetchQueue(withLimit(apiParams(filters.value)))
      const list = notGone(page)
      while (page.next_cursor && list.length < keep) {
        const params = withLimit(apiParams(filters.value))
        params.set('cursor', page.next_cursor)
        page = await io.fetchQueue(params)
        list.push(...notGone(page))
      }
      if (mine !== generation) return
      boundary = boundaryOf(page)
      rows.value = mergePage([], list, fresher, order(), boundary)
      fresher.clear()
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
      const page = await io.fetchQueue(params)
      if (mine !== generation) return
      boundary = boundaryOf(page)
      rows.value = mergePage(rows.value, notGone(page), fresher, order(), boundary)
      fresher.clear()
      nextCursor.value = page.next_cursor
    } finally {
      loadingMore = false
    }
  }

  function withLimit(p: URLSearchParams): URLSearchParams {
    p.set('limit', String(io.pageSize))
    return p
  }

  /** Stories decided: they leave and stay out, whatever a fetch in flight still says. */
  function remove(ids: readonly number[]): void {
    for (const id of ids) gone.add(id)
    drop(ids)
  }

  /** Stories this view no longer shows (now). A later change may bring them back in. */
  function drop(ids: readonly number[]): void {
    const out = new Set(ids)
    for (const id of ids) fresher.delete(id)
    if (rows.value.some((r) => out.has(r.story_id))) rows.value = rows.value.filter((r) => !out.has(r.story_id))
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
    const ticket = ++reads
    latestRead.set(storyId, ticket)
    const params = apiParams(filters.value)
    params.set('story_id', String(storyId))
    const page = await io.fetchQueue(params)
    if (latestRead.get(storyId) !== ticket) return
    latestRead.delete(storyId)
    if (mine !== generation || gone.has(storyId)) return
    const row = page.stories[0] ?? null
    const pageOnItsWay = state.value === 'loading' || loadingMore
    // Not in this view (now): not decided, so a later report may still bring it in.
    if (!row) {
      drop([storyId])
      if (pageOnItsWay) fresher.set(storyId, null)
      return
    }
    if (pageOnItsWay) fresher.set(storyId, row)
    const wasShown = rows.value.some((r) => r.story_id === storyId)
    rows.value = placeRow(rows.value, row, order(), boundary)
    if (isArrival && !wasShown && rows.value.some((r) => r.story_id === storyId)) markFresh(storyId)
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
  io.on('story:updated', ({ data }) => quietly(refresh(data.id, true)))
  io.on('story:claimed', ({ data }) => patchClaim(data.story_id, data))
  io.on('story:released', ({ data }) => {
    const row = rows.value.find((r) => r.story_id === data.story_id)
    if (row?.claim?.actor === data.actor) patchClaim(data.story_id, null)
  })
  io.on('story:triaged', ({ data }) => {
    // Under the 关注 view a story marked 关注 arrives; everything else leaves.
    if (filters.value.state === 'watch' && data.action === 'watch') {
      for (const id of data.story_ids) quietly(refresh(id, true))
    } else remove(data.story_ids)
  })
  io.on('story:restored', ({ data }) => {
    for (const id of data.story_ids) {
      gone.delete(id)
      quietly(refresh(id, true))
    }
  })
  io.onResync(() => void load(rows.value.length + 1))

  function reset(): void {
    gone.clear()
    boundary = null
    void load()
  }

  return { rows: shallowReadonly(rows), fresh: shallowReadonly(fresh), nextCursor: readonly(nextCursor), state: readonly(state), error: readonly(error), reset, loadMore, remove, refresh }
}
