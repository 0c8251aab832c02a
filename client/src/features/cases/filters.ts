import type { LocationQuery } from 'vue-router'
import { CASE_STATUSES, LEVELS, type CaseStatus, type Level } from '@shared/types/case.ts'

/** Tri-state switches: '' means either. */
export type YesNo = '' | 'true' | 'false'

/** The index's filters exactly as the URL and GET /api/cases spell them; '' is "not set". */
export interface CaseFilters {
  /** Keyword in the title or a unit's name. */
  q: string
  status: CaseStatus | ''
  level: Level | ''
  unit_id: string
  city: string
  overdue: YesNo
  due_within_h: string
  drill: YesNo
  supervised: YesNo
  opened_from: string
  opened_to: string
}

export const FILTER_KEYS = ['q', 'status', 'level', 'unit_id', 'city', 'overdue', 'due_within_h', 'drill', 'supervised', 'opened_from', 'opened_to'] as const satisfies readonly (keyof CaseFilters)[]

export const MAX_DUE_WITHIN_H = 720
/** GET /api/cases refuses longer keywords. */
export const MAX_KEYWORD_LENGTH = 100

export function emptyFilters(): CaseFilters {
  return { q: '', status: '', level: '', unit_id: '', city: '', overdue: '', due_within_h: '', drill: '', supervised: '', opened_from: '', opened_to: '' }
}

const one = (v: LocationQuery[string] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''))
const pick = <T extends string>(v: string, allowed: readonly T[]): T | '' => ((allowed as readonly string[]).includes(v) ? (v as T) : '')
const yesNo = (v: string): YesNo => pick(v, ['true', 'false'] as const)

/**
 * Filters from a link. Values the page offers no choice for are dropped rather than sent, so an
 * edited link shows an honest, wider list instead of an error; free values (hours, days) go to the
 * server as typed and the field shows why the server refused them.
 */
export function filtersFromQuery(q: LocationQuery): CaseFilters {
  const s = (k: keyof CaseFilters) => one(q[k]).trim()
  return {
    q: s('q'),
    status: pick(s('status'), CASE_STATUSES),
    level: pick(s('level'), LEVELS),
    unit_id: s('unit_id'),
    city: s('city'),
    overdue: yesNo(s('overdue')),
    due_within_h: s('due_within_h'),
    drill: yesNo(s('drill')),
    supervised: yesNo(s('supervised')),
    opened_from: s('opened_from'),
    opened_to: s('opened_to'),
  }
}

/** Only the filters that are set, for the URL and the API alike. */
export function filtersToQuery(f: CaseFilters): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of FILTER_KEYS) if (f[k] !== '') out[k] = f[k]
  return out
}

export type FilterProblem = 'dueWithin' | 'period'

/** What the page refuses before asking the server, keyed by the field the message goes beside. */
export function filterProblems(f: CaseFilters): Partial<Record<'due_within_h' | 'opened_to', FilterProblem>> {
  const out: Partial<Record<'due_within_h' | 'opened_to', FilterProblem>> = {}
  if (f.due_within_h !== '') {
    const n = Number(f.due_within_h)
    if (!/^\d+$/.test(f.due_within_h) || n < 1 || n > MAX_DUE_WITHIN_H) out.due_within_h = 'dueWithin'
  }
  if (f.opened_from && f.opened_to && f.opened_from > f.opened_to) out.opened_to = 'period'
  return out
}
