import { computed, ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { orderByUrgency } from '@shared/wall/urgency.ts'
import { getJson, MAX_LISTED_CASES, type CaseSummary } from '../../shared/api.ts'
import { filterProblems, filtersFromQuery, filtersToQuery, type CaseFilters } from './filters.ts'
import { useWallCases } from '../../shared/composables/useWallCases.ts'

function listQuery(f: CaseFilters): string {
  return new URLSearchParams({ ...filtersToQuery(f), limit: String(MAX_LISTED_CASES) }).toString()
}

/**
 * The cases index: filters live in the URL (a link or a reload shows the same list), the list is
 * the server's answer to them, reloaded on every case event, and shown most urgent first.
 */
export function useCasesIndex() {
  const route = useRoute()
  const router = useRouter()
  const applied = computed(() => filtersFromQuery(route.query))
  /** What the form shows: kept as typed, even when it is refused. */
  const draft = ref<CaseFilters>(applied.value)
  const problems = computed(() => filterProblems(draft.value))

  const list = useWallCases(undefined, {
    load: async () => (await getJson<{ cases: CaseSummary[] }>(`/api/cases?${listQuery(applied.value)}`)).cases,
    reloadOnChange: true,
  })

  /** Puts the form's filters into the URL unless the page itself can see they are wrong. */
  function apply(): void {
    if (Object.keys(problems.value).length > 0) return
    void router.replace({ query: filtersToQuery(draft.value) })
  }

  watch(
    () => route.fullPath,
    () => {
      draft.value = filtersFromQuery(route.query)
      void list.resync()
    },
  )
  void list.resync()

  const sorted = computed(() => orderByUrgency(list.cases.value))
  const csvUrl = computed(() => `/api/cases.csv?${listQuery(applied.value)}`)
  return { draft, problems, apply, cases: sorted, loaded: list.loaded, error: list.error, csvUrl, reset: () => void router.replace({ query: {} }) }
}
