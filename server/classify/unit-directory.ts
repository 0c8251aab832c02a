import type { Department } from '@shared/types/department.ts'
import type { Gazetteer } from './gazetteer.ts'

/** A unit the tagging can suggest, in the shape the cases concern stores. */
export interface DirectoryUnit {
  id: string
  name: string
  level: 'province' | 'city' | 'county'
  parent_id: string | null
  code: string
}

/**
 * Every unit `suggestUnit` can name, with the same ids and names: the home province's
 * government, its cities and counties, and each catalogue department at the levels it exists
 * at. Cases refuse unknown units, so the directory must cover every suggestion.
 */
export function unitDirectory(gazetteer: Gazetteer, catalogue: readonly Department[]): DirectoryUnit[] {
  const home = gazetteer.home
  const units: DirectoryUnit[] = [{ id: home.code, name: home.name, level: 'province', parent_id: null, code: home.code }]
  const departmentsAt = (code: string, placeName: string, level: DirectoryUnit['level']) => {
    for (const dept of catalogue) {
      if (!dept.levels.includes(level)) continue
      const name = level === 'province' ? dept.province_name : dept.local_name
      if (name) units.push({ id: `${code}-${dept.id}`, name: `${placeName}${name}`, level, parent_id: code, code })
    }
  }
  departmentsAt(home.code, home.name, 'province')
  for (const city of gazetteer.homeCities) {
    units.push({ id: city.code, name: city.name, level: 'city', parent_id: home.code, code: city.code })
    departmentsAt(city.code, city.name, 'city')
  }
  for (const county of gazetteer.homeCounties) {
    const fullName = `${county.city ?? ''}${county.name}`
    units.push({ id: county.code, name: fullName, level: 'county', parent_id: county.cityCode, code: county.code })
    departmentsAt(county.code, fullName, 'county')
  }
  return units
}
