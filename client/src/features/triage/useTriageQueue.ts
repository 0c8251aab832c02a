import type { Ref } from 'vue'
import { fetchQueue, QUEUE_PAGE_SIZE } from './api.ts'
import type { TriageFilters } from './filters.ts'
import { createTriageQueue } from './triage-queue-state.ts'
import { useRealtime } from '../../shared/composables/useRealtime.ts'

export { queueOrder } from './triage-queue-state.ts'

/** The live triage queue of one view, reading the API and hearing the page's one socket. */
export function useTriageQueue(filters: Readonly<Ref<TriageFilters>>) {
  const realtime = useRealtime()
  return createTriageQueue(filters, { fetchQueue, pageSize: QUEUE_PAGE_SIZE, on: realtime.on, onResync: realtime.onResync })
}
