import { PROVINCIAL_DUTY_GROUP, type Owner } from './owners.ts'

/** A unit as the ladder needs it: ids are a division code, or `<code>-<dept>` for a department there. */
export interface LadderUnit {
  id: string
  level: 'province' | 'city' | 'county'
  parent_id: string | null
}

export interface LadderStep {
  /** 1 = the next level up (city), 2 = the provincial office. */
  step: 1 | 2
  to: Owner
}

/** The department part of a unit id (`370102-yjj` → `yjj`), null for a place's government. */
export function departmentOf(unitId: string): string | null {
  const at = unitId.indexOf('-')
  return at < 0 ? null : unitId.slice(at + 1)
}

/** The place a unit belongs to: its own code for a government, its parent for a department. */
function placeOf(u: LadderUnit): string {
  return departmentOf(u.id) === null ? u.id : (u.parent_id ?? u.id)
}

/**
 * 属地管理、分级负责: who is told next when a unit does not 签收 in time or lets a deadline pass.
 * A county unit's next level is the same department of its city (the counterpart), or the city
 * government (政府办) where the city has none; above the city is the provincial office's duty
 * group. A city or provincial unit goes straight to the duty group.
 */
export function escalationLadder(unitId: string, units: ReadonlyMap<string, LadderUnit>): LadderStep[] {
  const unit = units.get(unitId)
  if (!unit) return [{ step: 2, to: PROVINCIAL_DUTY_GROUP }]
  if (unit.level !== 'county') return [{ step: 2, to: PROVINCIAL_DUTY_GROUP }]
  const county = units.get(placeOf(unit))
  const cityId = county?.parent_id
  if (!cityId) return [{ step: 2, to: PROVINCIAL_DUTY_GROUP }]
  const dept = departmentOf(unit.id)
  const counterpart = dept !== null && units.has(`${cityId}-${dept}`) ? `${cityId}-${dept}` : cityId
  return [
    { step: 1, to: { owner_type: 'unit', owner_id: counterpart } },
    { step: 2, to: PROVINCIAL_DUTY_GROUP },
  ]
}
