import { computed, shallowReadonly, shallowRef } from 'vue'
import { fetchUnits, type UnitOption } from '../api.ts'

let loaded: Promise<UnitOption[]> | null = null

/**
 * The unit directory (over 5,000 units: province, cities, counties, their departments), fetched
 * once per page load and shared by every view that names or picks units. Views work without it
 * (pickers empty, ids instead of names); a failed load is tried again by the next view.
 */
export function useUnits() {
  const units = shallowRef<UnitOption[]>([])
  const unitNames = computed(() => new Map(units.value.map((u) => [u.id, u.name])))
  loaded ??= fetchUnits().then((r) => r.units)
  loaded.then(
    (list) => (units.value = list),
    () => (loaded = null),
  )
  return { units: shallowReadonly(units), unitNames }
}
