import { shallowReadonly, shallowRef } from 'vue'
import type { TriageCounts } from '@shared/types/triage.ts'
import { fetchTriageCounts } from './api.ts'
import { useRealtime } from '../../shared/composables/useRealtime.ts'

/** The numbers at the top of the page: read once, then pushed by the server on every change. */
export function useTriageCounts() {
  const realtime = useRealtime()
  const counts = shallowRef<TriageCounts | null>(null)
  let lastSeq = 0

  async function load(): Promise<void> {
    try {
      counts.value = await fetchTriageCounts()
    } catch {
      // The next triage:counts event fills them in.
    }
  }

  realtime.on('triage:counts', ({ seq, data }) => {
    // Events can overtake each other's handlers only in order; an older one never replaces a newer.
    if (seq < lastSeq) return
    lastSeq = seq
    counts.value = data
  })
  realtime.onResync(() => void load())
  void load()
  return { counts: shallowReadonly(counts) }
}
