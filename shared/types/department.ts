/** The administrative levels a department catalogue entry can exist at. */
export type UnitLevel = 'province' | 'city' | 'county'

/** One term that points to a department; `weight` is added once per field it appears in. */
export interface DepartmentTerm {
  text: string
  weight: number
}

/**
 * One entry of the department catalogue: a provincial department and its city/county
 * counterparts. Ids are the short pinyin initials used in unit ids (`yjj` → `370100-yjj`).
 */
export interface Department {
  id: string
  /** The provincial department's name without the province, e.g. 应急管理厅. */
  province_name: string
  /** The city/county counterpart's name without the place, e.g. 应急管理局. */
  local_name: string
  levels: UnitLevel[]
  terms: DepartmentTerm[]
  /** If any of these appears, the department is not suggested (e.g. 演练 for a fire term). */
  exclusions: string[]
}
