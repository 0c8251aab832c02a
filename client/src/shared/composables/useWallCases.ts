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

export interface CaseListOptions {
  /** What to load on a resync: the wall loads every case, the cases index its filtered list. */
  load?: () => Promise<CaseSummary[]>
  /** A filtered list cannot tell whether a changed case still matches its filters: it reloads instead of patching the case in. */
  reloadOnChange?: boolean
}

/**
 * The cases on the wall (or a filtered list of them): loaded in full on every resync, then kept current by case events.
 * At most MAX_LISTED_CASES are kept (closed ones go first), so weeks of events do not grow it.
 */
export function useWallCases(onCrossing: (c: DeadlineCrossing) => void = () => {}, opts: CaseListOptions = {}) {
  const realtime = useRealtime()
  const load = opts.load ?? (async () => (await fetchCases()).cases)
  const cases = shallowRef<CaseSummary[]>([])
  /** Why the last load failed, or null. */
  const error = shallowRef<string | null>(null)
  const announcements = shallowRef(new Map<number, Announcement>())
  /** Local ms of the last deadline crossing: the wall reloads for a new build only after a quiet minute. */
  const lastCrossingAt: Ref<number> = shallowRef(0)
  const loaded = shallowRef(false)

  let loading = false
  let again = false
  /** One load at a time; a resync asked for meanwhile runs once more afterwards, so the last answer is the latest. */
  async function resync(): Promise<void> {
    if (loading) {
      again = true
      return
    }
    loading = true
    try {
      do {
        again = false
        cases.value = await load()
        loaded.value = true
        error.value = null
      } while (again)
    } catch (e) {
      // The stale banner says the data may be old; the next reconnect or heartbeat gap retries.
      error.value = (e as Error).message
    } finally {
      loading = false
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

  const changed = (c: Case) => (opts.reloadOnChange ? void resync() : upsert(c))
  realtime.on('case:created', ({ data }) => changed(data))
  realtime.on('case:updated', ({ data }) => changed(data))
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
  return { cases, open, loaded, error, announcements, lastCrossingAt, resync, expireAnnouncements }
}
