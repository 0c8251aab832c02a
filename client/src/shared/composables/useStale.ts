import { computed } from 'vue'
import { isStale } from '@shared/realtime/stale.ts'
import { formatBeijingHms } from '@shared/time.ts'
import { useRealtime } from './useRealtime.ts'
import { useServerClock } from './useServerClock.ts'

/**
 * Whether the page's data may be old (shared/realtime/stale.ts, the wall's rule), re-judged on
 * the page's one clock tick, and the time of last contact in 北京时间 (server-corrected).
 */
export function useStale() {
  const realtime = useRealtime()
  const { localNow } = useServerClock()
  const stale = computed(() =>
    isStale(
      {
        live: realtime.state.value === 'live',
        down_since_ms: realtime.downSince.value?.getTime() ?? null,
        last_update_ms: realtime.lastUpdateAt.value?.getTime() ?? null,
      },
      localNow.value,
    ),
  )
  const lastUpdate = computed(() => {
    const at = realtime.lastUpdateAt.value
    return at ? formatBeijingHms(new Date(at.getTime() + realtime.clockOffsetMs.value)) : '—'
  })
  return { stale, lastUpdate }
}
