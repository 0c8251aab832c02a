import type { ReviewGrouping, ReviewUnit } from './types.ts'

/** Department codes (the part after `-` in a unit id) that name the same kind of department at different levels (厅 / 局). */
const DEPARTMENT_KINDS: Record<string, { key: string; name: string }> = {
  bgt: { key: 'general_office', name: '政府办公厅（室）' },
  wjw: { key: 'health', name: '卫生健康部门' },
  jyt: { key: 'education', name: '教育部门' },
  jyj: { key: 'education', name: '教育部门' },
  yjt: { key: 'emergency', name: '应急管理部门' },
  yjj: { key: 'emergency', name: '应急管理部门' },
  xcb: { key: 'propaganda', name: '宣传部门' },
  wxb: { key: 'cyberspace', name: '网信部门' },
  txglj: { key: 'telecom', name: '通信管理部门' },
}

const LEVEL_NAMES: Record<ReviewUnit['level'], string> = { province: '省级', city: '市级', county: '县级' }
const GOVERNMENT = { key: 'government', name: '人民政府' }

/** The city a unit answers under: itself for a city, its parent city for a county or city department; 370000 (省直) for provincial units. */
function cityOf(unit: ReviewUnit, units: ReadonlyMap<string, ReviewUnit>): ReviewUnit {
  let current: ReviewUnit | undefined = unit
  for (let hops = 0; current && hops < 4; hops++) {
    if (current.level === 'city' && !current.id.includes('-')) return current
    if (current.level === 'province' && current.parent_id === null) return current
    current = current.parent_id ? units.get(current.parent_id) : undefined
  }
  return unit
}

/**
 * The group a unit falls in.
 * - `unit`: the responsible unit (第一责任主体) itself.
 * - `city`: the city it belongs to (a county or a city department counts under its city); provincial units under 山东省 (省直).
 * - `department`: the kind of department (卫生健康, 教育, 应急管理 …, 厅 and 局 alike); place governments as 人民政府.
 * - `level`: the unit's administrative level (省级 / 市级 / 县级).
 */
export function groupOf(unitId: string, by: ReviewGrouping, units: ReadonlyMap<string, ReviewUnit>): { key: string; name: string } {
  const unit = units.get(unitId)
  if (!unit) return { key: unitId, name: unitId }
  switch (by) {
    case 'unit':
      return { key: unit.id, name: unit.name }
    case 'city': {
      const city = cityOf(unit, units)
      return { key: city.id, name: city.parent_id === null ? `${city.name}（省直）` : city.name }
    }
    case 'department': {
      const code = unit.id.split('-')[1]
      if (code === undefined) return GOVERNMENT
      return DEPARTMENT_KINDS[code] ?? { key: code, name: code }
    }
    case 'level':
      return { key: unit.level, name: LEVEL_NAMES[unit.level] }
  }
}
