import { shallowReadonly, shallowRef } from 'vue'
import type { Catalogue, Department } from '@shared/api/catalogue.ts'
import type { Source } from '@shared/api/sources.ts'
import { fetchSources, getJson } from '../../shared/api.ts'
import { useUnits } from '../../shared/composables/useUnits.ts'

/** The choices the filters and the open-case dialog offer: departments, sources, cities and units. */
export function useTriageOptions() {
  const departments = shallowRef<Department[]>([])
  const sources = shallowRef<Source[]>([])
  const { units } = useUnits()

  // Each list is optional: without it the filter offers only "all" and the dialog the suggested unit.
  void getJson<Catalogue>('/api/departments').then((r) => (departments.value = r.departments), () => undefined)
  void fetchSources().then((r) => (sources.value = r.sources), () => undefined)

  return { departments: shallowReadonly(departments), sources: shallowReadonly(sources), units }
}
