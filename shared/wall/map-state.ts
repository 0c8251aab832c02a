import { stateAt } from '../policy/deadlines.ts'
import type { Deadline } from '../types/case.ts'
import { cityCodeOf } from './urgency.ts'

/**
 * What a city's colour on the wall map says: the worst open clock of its open cases. A duty officer
 * reads red as "something here is late now", so the colour follows clocks only, never item volume
 * (a busy news day is not a late answer).
 */
export type CityClock = 'overdue' | 'due_soon' | 'pending' | 'met' | 'none'
/** Worst first; the legend lists them in this order. */
export const CITY_CLOCKS: readonly CityClock[] = ['overdue', 'due_soon', 'pending', 'met', 'none']

export interface MapCase {
  unit: { id: string }
  deadlines: readonly Deadline[]
}

export interface CityState {
  worst: CityClock
  /** Open cases of the city (the number printed on it). */
  cases: number
  /** Of those, how many have a clock overdue now. */
  overdue: number
}

function caseClock(c: MapCase, now: string): CityClock {
  let worst: CityClock = 'met'
  for (const d of c.deadlines) {
    if (d.met_at) continue
    const { state } = stateAt(d, now)
    const clock: CityClock = state === 'overdue' ? 'overdue' : state === 'due_soon' ? 'due_soon' : 'pending'
    if (CITY_CLOCKS.indexOf(clock) < CITY_CLOCKS.indexOf(worst)) worst = clock
  }
  return worst
}

/** Per Shandong city code: the worst clock among the given open cases at `now`. Cities with none are absent. */
export function cityStates(openCases: readonly MapCase[], now: Date): Map<string, CityState> {
  const at = now.toISOString()
  const out = new Map<string, CityState>()
  for (const c of openCases) {
    const code = cityCodeOf(c.unit.id)
    if (!code) continue
    const clock = caseClock(c, at)
    const prev = out.get(code) ?? { worst: 'none' as CityClock, cases: 0, overdue: 0 }
    out.set(code, {
      worst: CITY_CLOCKS.indexOf(clock) < CITY_CLOCKS.indexOf(prev.worst) ? clock : prev.worst,
      cases: prev.cases + 1,
      overdue: prev.overdue + (clock === 'overdue' ? 1 : 0),
    })
  }
  return out
}
