import { computed, shallowRef, type Ref } from 'vue'
import type { Case, DeadlineCrossing } from '@shared/types/case.ts'
import { orderByUrgency } from '@shared/wall/urgency.ts'
import { fetchCases, MAX_LISTED_CASES, type CaseSummary } from '../api.ts'
import { useRealtime } from './useRealtime.ts'

/** How long a tile stays highlighted after its deadline crossed into due-soon or overdue. */
export const ANNOUNCE_MS = 60_000

export interface Announcement {
  crossing: DeadlineCrossing['crossing']
  /** Local clock, ms. */
  at: number
}

function withoutTimeline(c: Case | CaseSummary): CaseSummary {
  if (!('timeline' in c)) return c
  const rest: Partial<Case> = { ...c }
  delete rest.timeline
  return rest as CaseSummary
}

/**
 * The cases on the wall: loaded in full on every resync, then kept current by case events.
 * At most MAX_LISTED_CASES are kept (closed ones go first), so weeks of events do not grow it.
 */
export function useWallCases(onCrossing: (c: DeadlineCrossing) => void = () => {}) {
  const realtime = useRealtime()
  const cases = shallowRef<CaseSummary[]>([])
  const announcements = shallowRef(new Map<number, Announcement>())
  /** Local ms of the last deadline crossing: the wall reloads for a new build only after a quiet minute. */
  const lastCrossingAt: Ref<number> = shallowRef(0)
  const loaded = shallowRef(false)

  async function resync(): Promise<void> {
    try {
      cases.value = (await fetchCases()).cases
      loaded.value = true
    } catch {
      // The stale banner says the data may be old; the next reconnect or heartbeat gap retries.
    }
  }

  function upsert(c: Case): void {
    const next = cases.value.filter((x) => x.id !== c.id)
    next.unshift(withoutTimeline(c))
    if (next.length > MAX_LISTED_CASES) {
      const closedAt = next.findLastIndex((x) => x.status === 'closed')
      next.splice(closedAt >= 0 ? closedAt : next.length - 1, 1)
    }
    cases.value = next
  }

  function announce({ data }: { data: DeadlineCrossing }): void {
    const map = new Map(announcements.value)
    map.set(data.case_id, { crossing: data.crossing, at: Date.now() })
    announcements.value = map
    lastCrossingAt.value = Date.now()
    onCrossing(data)
  }

  realtime.on('case:created', ({ data }) => upsert(data))
  realtime.on('case:updated', ({ data }) => upsert(data))
  realtime.on('deadline:due_soon', announce)
  realtime.on('deadline:overdue', announce)
  realtime.onResync(() => void resync())

  /** Drops highlights older than ANNOUNCE_MS; called from the page's one clock tick. */
  function expireAnnouncements(localNow: number): void {
    if (announcements.value.size === 0) return
    const kept = [...announcements.value].filter(([, a]) => localNow - a.at < ANNOUNCE_MS)
    if (kept.length !== announcements.value.size) announcements.value = new Map(kept)
  }

  const open = computed(() => orderByUrgency(cases.value.filter((c) => c.status !== 'closed')))
  return { cases, open, loaded, announcements, lastCrossingAt, resync, expireAnnouncements }
}
