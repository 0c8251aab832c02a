import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import { useRealtime } from '../../shared/composables/useRealtime.ts'
import { fetchDeliveries, retryDelivery } from './notify-api.ts'
import { mergeDeliveries, sortDeliveries } from './notify-format.ts'
import type { Delivery, DeliveryStatus } from './notify-types.ts'

export const LOG_PAGE = 100
/** Counted up to one page per status; beyond that the top says `100+`. */
export const COUNT_PAGE = 200
/** Deliveries change without a case changing (a retry's backoff ends): poll as well as listen. */
export const POLL_MS = 15_000
/** A burst of case:updated events refreshes the log once. */
const REFRESH_COALESCE_MS = 1_000

type Counted = 'pending' | 'held' | 'failed'

/**
 * The delivery log as the admin page shows it: one status filter, failures first, live (socket
 * `case:updated` plus a 15 s poll), and the counts of what still needs delivering.
 */
export function useDeliveries() {
  const status = ref<DeliveryStatus | ''>('')
  const deliveries = shallowRef<Delivery[]>([])
  const nextCursor = ref<string | number | null>(null)
  const counts = ref<Record<Counted, { n: number; full: boolean }> | null>(null)
  const error = ref('')
  const loaded = ref(false)

  async function refresh(): Promise<void> {
    try {
      const [page, ...byStatus] = await Promise.all([
        fetchDeliveries({ status: status.value || undefined, limit: LOG_PAGE }),
        ...(['pending', 'held', 'failed'] as const).map((s) => fetchDeliveries({ status: s, limit: COUNT_PAGE })),
      ])
      deliveries.value = sortDeliveries(page.deliveries)
      nextCursor.value = page.next_cursor
      const [pending, held, failed] = byStatus.map((r) => ({ n: r.deliveries.length, full: r.next_cursor !== null && r.next_cursor !== undefined }))
      counts.value = { pending: pending!, held: held!, failed: failed! }
      error.value = ''
      loaded.value = true
    } catch (err) {
      error.value = (err as Error).message
    }
  }

  async function more(): Promise<void> {
    if (nextCursor.value === null) return
    const page = await fetchDeliveries({ status: status.value || undefined, limit: LOG_PAGE, cursor: nextCursor.value })
    deliveries.value = mergeDeliveries(deliveries.value, page.deliveries)
    nextCursor.value = page.next_cursor
  }

  async function retry(id: number): Promise<void> {
    // The answer is only {id, status}: the row is read again with the rest of the log.
    await retryDelivery(id)
    await refresh()
  }

  let pending: ReturnType<typeof setTimeout> | null = null
  function soon(): void {
    pending ??= setTimeout(() => {
      pending = null
      void refresh()
    }, REFRESH_COALESCE_MS)
  }
  const realtime = useRealtime()
  realtime.on('case:updated', soon)
  realtime.onResync(soon)
  const poll = setInterval(() => void refresh(), POLL_MS)
  onScopeDispose(() => {
    clearInterval(poll)
    if (pending) clearTimeout(pending)
  })
  watch(status, () => void refresh())

  const setStatus = (s: DeliveryStatus | '') => (status.value = s)

  return { status, setStatus, deliveries, nextCursor, counts, error, loaded, refresh, more, retry }
}
