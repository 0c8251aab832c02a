import type { ReviewCaseInput } from './types.ts'

export interface UnitShare {
  unit_id: string
  deadlines: ReviewCaseInput['deadlines']
  flags: ReviewCaseInput['flags']
}

/**
 * A case's deadlines and flags split by the unit each is counted for (its stored `unit_id`,
 * decided by shared/policy/responsibility.ts; the case's unit when absent), so a forwarded case
 * credits the receiving unit with the clocks it carried and the original unit with its own.
 * Units in order of first appearance, deadlines before flags.
 */
export function sharesByUnit(c: ReviewCaseInput): UnitShare[] {
  const shares = new Map<string, { unit_id: string; deadlines: ReviewCaseInput['deadlines'][number][]; flags: ReviewCaseInput['flags'][number][] }>()
  const share = (unit: string | undefined) => {
    const id = unit ?? c.unit_id
    return shares.get(id) ?? shares.set(id, { unit_id: id, deadlines: [], flags: [] }).get(id)!
  }
  for (const d of c.deadlines) share(d.unit_id).deadlines.push(d)
  for (const f of c.flags) share(f.unit_id).flags.push(f)
  return [...shares.values()]
}
