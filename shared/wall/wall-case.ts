import type { Case } from '../types/case.ts'

type CaseLike = Omit<Case, 'timeline'> & { timeline?: Case['timeline'] }

/**
 * What a kiosk (display token) is told of a case: what the wall renders — title, level, units,
 * deadlines and their states — and nothing of who did what. The timeline (actors, notes, reasons),
 * the linked items, the clock-start reason (an operator's note) and who met each deadline (an
 * account name) are emptied; the shape stays a case's, so the wall's one case type reads it and
 * the API's schemas hold.
 */
export function toWallCase<C extends CaseLike>(c: C): C {
  const deadlines = c.deadlines.map((d) => ({ ...d, met_by: null }))
  return { ...c, items: [], clock_start_reason: null, deadlines, ...(c.timeline ? { timeline: [] } : {}) }
}
