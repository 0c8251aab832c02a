import { computed, ref } from 'vue'
import { unitOnTimeWeeks } from '@shared/review/unit-weeks.ts'
import { awaitingList, deadlineLists } from '@shared/todo/unit-todo.ts'
import { getJson, MAX_LISTED_CASES, postCaseEvent, type CaseSummary } from '../../shared/api.ts'
import { t } from '../../i18n/messages.ts'
import { signedIn } from '../../shared/session.ts'
import { useRealtime } from '../../shared/composables/useRealtime.ts'
import { useServerClock } from '../../shared/composables/useServerClock.ts'
import { useWallCases } from '../../shared/composables/useWallCases.ts'

async function listCases(filter: string): Promise<CaseSummary[]> {
  return (await getJson<{ cases: CaseSummary[] }>(`/api/cases?${filter}&limit=${MAX_LISTED_CASES}`)).cases
}

/**
 * A unit account's 待办: the server's `awaiting_ack` list (转办 to my unit, not yet 签收) and its
 * `mine` list (what my unit answers for), each reloaded on every case event and deadline
 * crossing; the 即将到期 / 已超时 split follows the page's one server clock, second by second.
 */
export function useUnitTodo() {
  const { now } = useServerClock()
  const { clockOffsetMs } = useRealtime()
  const unitId = computed(() => signedIn.value?.unit_id ?? '')
  let reloadAll = (): void => {}
  const forwarded = useWallCases(() => reloadAll(), { load: () => listCases('awaiting_ack=true'), reloadOnChange: true })
  const mine = useWallCases(() => reloadAll(), { load: () => listCases('mine=true'), reloadOnChange: true })
  reloadAll = () => {
    void forwarded.resync()
    void mine.resync()
  }
  reloadAll()

  const awaiting = computed(() => awaitingList(forwarded.cases.value))
  const lists = computed(() => deadlineLists(mine.cases.value, now.value))
  // Judged at the page's own server time, like the countdowns: a 签收 filed a second ago counts now.
  const rates = computed(() => unitOnTimeWeeks(mine.cases.value, unitId.value, now.value))

  /** Case id → the 签收 under way, or why it was refused (in words). */
  const acking = ref(new Set<number>())
  const ackErrors = ref(new Map<number, string>())
  async function acknowledge(caseId: number): Promise<void> {
    acking.value = new Set(acking.value).add(caseId)
    const errors = new Map(ackErrors.value)
    errors.delete(caseId)
    ackErrors.value = errors
    try {
      // Filed at the moment of the tap, in the server's time: the 签收 is when the person signs.
      await postCaseEvent(caseId, { type: 'acknowledged', at: new Date(Date.now() + clockOffsetMs.value).toISOString(), unit_id: unitId.value })
      await Promise.all([forwarded.resync(), mine.resync()])
    } catch (err) {
      ackErrors.value = new Map(ackErrors.value).set(caseId, t('todo.ackFailed', { message: err instanceof Error ? err.message : String(err) }))
    } finally {
      const next = new Set(acking.value)
      next.delete(caseId)
      acking.value = next
    }
  }

  const loaded = computed(() => forwarded.loaded.value && mine.loaded.value)
  const error = computed(() => forwarded.error.value ?? mine.error.value)
  return { now, unitId, awaiting, upcoming: computed(() => lists.value.upcoming), overdue: computed(() => lists.value.overdue), rates, acknowledge, acking, ackErrors, loaded, error }
}
