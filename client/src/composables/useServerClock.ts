import { computed, onScopeDispose, ref } from 'vue'
import { useRealtime } from './useRealtime.ts'

const TICK_MS = 250
const localNow = ref(Date.now())
let timer: ReturnType<typeof setInterval> | null = null
let users = 0

/**
 * One timer for the whole page drives every clock and countdown: the time shown is the
 * server's (local clock + offset measured at connect), so a wall with a wrong clock is still right.
 */
export function useServerClock() {
  const { clockOffsetMs } = useRealtime()
  if (users++ === 0) timer = setInterval(() => (localNow.value = Date.now()), TICK_MS)
  onScopeDispose(() => {
    if (--users === 0 && timer) {
      clearInterval(timer)
      timer = null
    }
  })
  const now = computed(() => new Date(localNow.value + clockOffsetMs.value))
  return { now }
}
