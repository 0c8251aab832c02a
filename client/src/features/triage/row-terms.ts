import type { QueueRow } from '@shared/types/triage.ts'

/**
 * What to highlight in a story's text: the words its department tags matched, the severity
 * signals, the place names, and the words the operator searched for.
 */
export function rowTerms(row: QueueRow, search: string): string[] {
  const terms = row.departments.flatMap((d) => d.terms)
  terms.push(...(row.severity?.signals ?? []))
  if (row.region?.city) terms.push(row.region.city)
  if (row.region?.county) terms.push(row.region.county)
  terms.push(...search.split(/\s+/).filter((w) => w.length > 0))
  return terms
}

/** 济南市历下区, or the province when nothing finer is known. */
export function placeOf(row: QueueRow): string {
  const r = row.region
  if (!r) return ''
  return [r.city, r.county].filter(Boolean).join('') || r.province || ''
}
