import type { CatalogueUpgrade } from '@shared/api/catalogue.ts'
import type { Department, DepartmentTerm } from '@shared/types/department.ts'

/**
 * What a new release's default catalogue changed in a stored one (新版本词表并入): per department, the terms added,
 * reweighted and dropped, the exclusions added and dropped, and the departments added whole.
 */
export interface CatalogueChanges {
  departmentsAdded: string[]
  departments: { id: string; termsAdded: string[]; termsReweighted: string[]; termsDropped: string[]; exclusionsAdded: string[]; exclusionsDropped: string[]; renamed: boolean }[]
  /** Terms the default adds that did not fit under a department's limit of terms (shared/api/catalogue.ts). */
  termsSkipped: string[]
}

export const MAX_TERMS = 500

/** The changes in the few figures the admin is told (shared/api/catalogue.ts). */
export function upgradeSummary(at: string, from: number | null, to: number, c: CatalogueChanges): CatalogueUpgrade {
  const count = (key: 'termsAdded' | 'termsReweighted' | 'termsDropped') => c.departments.reduce((n, d) => n + d[key].length, 0)
  return { at, from, to, departments_added: c.departmentsAdded, terms_added: count('termsAdded'), terms_reweighted: count('termsReweighted'), terms_dropped: count('termsDropped'), terms_skipped: c.termsSkipped.length }
}

export const isEmptyChange = (c: CatalogueChanges): boolean => c.departmentsAdded.length === 0 && c.departments.length === 0 && c.termsSkipped.length === 0

/**
 * Brings a new release's default catalogue into the stored one without undoing an admin's edits: a three-way merge
 * against the default the stored catalogue last took in (`base`). What the default changed since `base` is applied
 * where the stored entry still holds the base's value; what an admin changed — a weight, a term removed, a name —
 * stays. A department the default no longer lists is kept: units and cases hang on it, and only an admin removes it.
 *
 * With no `base` (an installation seeded before the stored catalogue remembered its default) an admin's removal
 * cannot be told from a term the older default lacked, so only additions are made: new departments and new terms.
 */
export function upgradeCatalogue(stored: readonly Department[], base: readonly Department[] | null, next: readonly Department[]): { catalogue: Department[]; changes: CatalogueChanges } {
  const baseById = new Map((base ?? []).map((d) => [d.id, d]))
  const storedIds = new Set(stored.map((d) => d.id))
  const changes: CatalogueChanges = { departmentsAdded: [], departments: [], termsSkipped: [] }
  const catalogue = stored.map((d) => {
    const fresh = next.find((n) => n.id === d.id)
    if (!fresh) return d
    const merged = mergeDepartment(d, base ? (baseById.get(d.id) ?? null) : null, fresh, base !== null)
    if (merged.change) changes.departments.push(merged.change)
    changes.termsSkipped.push(...merged.skipped)
    return merged.department
  })
  for (const [at, d] of next.entries()) {
    // Removed by an admin after the base took it in: stays removed.
    if (storedIds.has(d.id) || baseById.has(d.id)) continue
    // In the default's order: after the nearest department before it that the catalogue holds.
    const before = next.slice(0, at).reverse().find((p) => catalogue.some((c) => c.id === p.id))
    catalogue.splice(before ? catalogue.findIndex((c) => c.id === before.id) + 1 : 0, 0, structuredClone(d))
    changes.departmentsAdded.push(d.id)
  }
  return { catalogue, changes }
}

function mergeDepartment(stored: Department, base: Department | null, next: Department, baseKnown: boolean) {
  const weightOf = (terms: readonly DepartmentTerm[]) => new Map(terms.map((t) => [t.text, t.weight]))
  const storedW = weightOf(stored.terms)
  const baseW = weightOf(base?.terms ?? [])
  const nextW = weightOf(next.terms)
  const termsAdded: string[] = []
  const termsReweighted: string[] = []
  const termsDropped: string[] = []
  const skipped: string[] = []
  const terms: DepartmentTerm[] = []
  for (const t of stored.terms) {
    const was = baseW.get(t.text)
    const now = nextW.get(t.text)
    // Untouched by the admin since the base: follows the default, out or reweighted.
    if (was !== undefined && was === t.weight && now === undefined) { termsDropped.push(t.text); continue }
    if (was !== undefined && was === t.weight && now !== undefined && now !== t.weight) { terms.push({ text: t.text, weight: now }); termsReweighted.push(t.text); continue }
    terms.push(t)
  }
  for (const t of next.terms) {
    if (storedW.has(t.text) || baseW.has(t.text)) continue
    if (terms.length >= MAX_TERMS) { skipped.push(`${next.id}:${t.text}`); continue }
    terms.push({ ...t })
    termsAdded.push(t.text)
  }
  const baseX = new Set(base?.exclusions ?? [])
  const nextX = new Set(next.exclusions)
  const exclusionsDropped = stored.exclusions.filter((x) => baseX.has(x) && !nextX.has(x))
  const exclusionsAdded = next.exclusions.filter((x) => !stored.exclusions.includes(x) && !baseX.has(x))
  const exclusions = [...stored.exclusions.filter((x) => !exclusionsDropped.includes(x)), ...exclusionsAdded]
  // Names and levels follow the default only where the admin left the base's.
  const follows = <K extends 'province_name' | 'local_name' | 'levels'>(key: K): Department[K] =>
    baseKnown && base && JSON.stringify(stored[key]) === JSON.stringify(base[key]) ? structuredClone(next[key]) : stored[key]
  const department: Department = { ...stored, province_name: follows('province_name'), local_name: follows('local_name'), levels: follows('levels'), terms, exclusions }
  const renamed = JSON.stringify([department.province_name, department.local_name, department.levels]) !== JSON.stringify([stored.province_name, stored.local_name, stored.levels])
  const changed = renamed || termsAdded.length + termsReweighted.length + termsDropped.length + exclusionsAdded.length + exclusionsDropped.length > 0
  return { department, skipped, change: changed ? { id: stored.id, termsAdded, termsReweighted, termsDropped, exclusionsAdded, exclusionsDropped, renamed } : null }
}
