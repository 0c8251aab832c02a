import type { Department, UnitLevel } from '@shared/types/department.ts'
import type { DepartmentTag, RegionTag, UnitTag } from '@shared/types/item.ts'
import type { Gazetteer } from './gazetteer.ts'

/** Words that make an item a provincial-policy topic (谁主管谁负责 at the provincial level). */
const PROVINCIAL_POLICY = /(省政府|省委|省人大|省政协|全省|我省|省级|省里|省人民政府|省政府办公厅|省直)/

export function isProvincialPolicy(text: string): boolean {
  return PROVINCIAL_POLICY.test(text)
}

/**
 * A department's name after 省: a few characters, no city or county in between, then its suffix.
 * 市 is refused (省…市 names a city) except in 市场 (省市场监管局).
 */
const DEPARTMENT_NAME = /^(?:市场|[^\s市县区，。、！？：:,.!?]){1,10}?(?:厅|委|局|办)/

/**
 * A headline led by a provincial department (省卫生健康委推进…, 山东省教育厅发布…) is that
 * department's own action, even when it names the cities it covers; it is not a city's matter.
 */
export function isLedByProvincialDepartment(title: string, homeName: string): boolean {
  const rest = title.startsWith(homeName) ? title.slice(homeName.length) : title.startsWith('省') ? title.slice(1) : null
  // 省道 (a provincial road) starts many local traffic headlines.
  return rest !== null && !rest.startsWith('道') && DEPARTMENT_NAME.test(rest)
}

function departmentUnit(code: string, placeName: string, dept: Department, level: UnitLevel): UnitTag | null {
  if (!dept.levels.includes(level)) return null
  const name = level === 'province' ? dept.province_name : dept.local_name
  return name ? { id: `${code}-${dept.id}`, name: `${placeName}${name}` } : null
}

/**
 * The suggested first responsible unit (属地管理、分级负责、谁主管谁负责): the lowest level the
 * catalogue has for the place and the competent department — county bureau, county government,
 * city bureau, city government. Provincial-policy topics and items placed only in the province
 * go to the provincial department (or the provincial government without one). Items outside
 * the home province get none: no unit here answers for them.
 */
export function suggestUnit(
  region: RegionTag | null,
  departments: DepartmentTag[],
  catalogue: readonly Department[],
  gazetteer: Gazetteer,
  isProvincial: boolean,
): UnitTag | null {
  const home = gazetteer.home
  if (region && region.province !== home.name) return null
  const dept = catalogue.find((d) => d.id === departments[0]?.id)
  const place = region?.code ? gazetteer.place(region.code) : undefined
  if (!isProvincial && place && place.level !== 'province') {
    if (place.level === 'county') {
      // The city is part of the name: 市中区 alone could be 济南's or 枣庄's.
      const fullName = `${place.city ?? ''}${place.name}`
      const bureau = dept && departmentUnit(place.code, fullName, dept, 'county')
      if (bureau) return bureau
      return { id: place.code, name: `${fullName}人民政府` }
    }
    const bureau = dept && departmentUnit(place.code, place.name, dept, 'city')
    return bureau ?? { id: place.code, name: `${place.name}人民政府` }
  }
  if (!region && !isProvincial) return null
  const provincial = dept && departmentUnit(home.code, home.name, dept, 'province')
  return provincial ?? { id: home.code, name: `${home.name}人民政府` }
}
