import type { LocationQuery } from 'vue-router'
import { fromBeijingInput } from '@shared/format/beijing-input.ts'
import { LEVELS, type Level } from '@shared/types/case.ts'
import type { QueueSort } from '@shared/types/triage.ts'

/**
 * The queue's view as the URL holds it, so a filtered view can be shared and reloaded. Times stay
 * as the 北京时间 the operator typed (`2026-03-01T08:00`), readable in the link.
 */
export interface TriageFilters {
  sort: QueueSort
  state: 'untriaged' | 'watch'
  dept: string
  city: string
  county: string
  source: string
  level: Level | ''
  q: string
  since: string
  until: string
}

export const EMPTY_FILTERS: TriageFilters = { sort: 'newest', state: 'untriaged', dept: '', city: '', county: '', source: '', level: '', q: '', since: '', until: '' }

const one = (v: LocationQuery[string] | undefined): string => (typeof v === 'string' ? v.trim().slice(0, 100) : '')

/** Unknown or broken values fall back to "no filter" rather than breaking the page. */
export function filtersFromQuery(query: LocationQuery): TriageFilters {
  const level = one(query.level)
  const source = one(query.source)
  return {
    sort: one(query.sort) === 'severe' ? 'severe' : 'newest',
    state: one(query.state) === 'watch' ? 'watch' : 'untriaged',
    dept: one(query.dept),
    city: one(query.city),
    county: one(query.county),
    source: /^\d+$/.test(source) ? source : '',
    level: (LEVELS as readonly string[]).includes(level) ? (level as Level) : '',
    q: one(query.q),
    since: fromBeijingInput(one(query.since)) ? one(query.since) : '',
    until: fromBeijingInput(one(query.until)) ? one(query.until) : '',
  }
}

/** Only what differs from the default goes into the link. */
export function filtersToQuery(f: TriageFilters): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(f) as [keyof TriageFilters, string][]) if (v && v !== EMPTY_FILTERS[k]) out[k] = v
  return out
}

/** The API's query for this view (without paging). */
export function apiParams(f: TriageFilters): URLSearchParams {
  const p = new URLSearchParams({ sort: f.sort, state: f.state })
  if (f.dept) p.set('department', f.dept)
  if (f.city) p.set('city', f.city)
  if (f.county) p.set('county', f.county)
  if (f.source) p.set('source_id', f.source)
  if (f.level) p.set('level', f.level)
  if (f.q) p.set('q', f.q)
  const since = fromBeijingInput(f.since)
  const until = fromBeijingInput(f.until)
  if (since) p.set('since', since)
  if (until) p.set('until', until)
  return p
}
