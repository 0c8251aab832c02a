import { computed, onScopeDispose, ref, type Ref } from 'vue'
import { useRealtime } from './useRealtime.ts'

/** A few ms past the second boundary, so the shown second has certainly turned. */
const TICK_SLACK_MS = 15
const localNow = ref(Date.now())
let timer: ReturnType<typeof setTimeout> | null = null
let users = 0
let offset: Readonly<Ref<number>> | null = null

/** One timeout, re-armed for the next whole second of server time: one wake-up per second for the whole page. */
function tick(): void {
  localNow.value = Date.now()
  const serverMs = localNow.value + (offset?.value ?? 0)
  timer = setTimeout(tick, 1000 - (((serverMs % 1000) + 1000) % 1000) + TICK_SLACK_MS)
}

/**
 * One timer for the whole page drives every clock and countdown: the time shown is the
 * server's (local clock + offset measured at connect), so a wall with a wrong clock is still right.
 * `localNow` is the machine's own clock, for "how long since the last event" questions.
 */
export function useServerClock() {
  const { clockOffsetMs } = useRealtime()
  offset = clockOffsetMs
  if (users++ === 0) tick()
  onScopeDispose(() => {
    if (--users === 0 && timer) {
      clearTimeout(timer)
      timer = null
    }
  })
  const now = computed(() => new Date(localNow.value + clockOffsetMs.value))
  return { now, localNow: computed(() => localNow.value) }
}
