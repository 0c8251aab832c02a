import { getJson, sendJson } from '../../shared/api.ts'
import type { UnitContactPatch } from '@shared/api/units.ts'

export interface UnitNode {
  id: string
  name: string
  level: 'province' | 'city' | 'county'
  parent_id: string | null
  duty_phone: string | null
  contact_person: string | null
}

export const fetchUnitTree = () => getJson<{ units: UnitNode[] }>('/api/units')
export const patchUnitContacts = (id: string, change: UnitContactPatch) => sendJson<UnitNode>('PATCH', `/api/units/${encodeURIComponent(id)}`, change)

/** Departments are `<place>-<dept>`; places are bare division codes. */
export const isDepartment = (u: { id: string }) => u.id.includes('-')

export interface UnitIndex {
  byId: Map<string, UnitNode>
  /** Places first (by code), then departments (by name), under each parent. */
  children: Map<string | null, UnitNode[]>
}

export function indexUnits(units: readonly UnitNode[]): UnitIndex {
  const byId = new Map(units.map((u) => [u.id, u]))
  const children = new Map<string | null, UnitNode[]>()
  for (const u of units) {
    const parent = u.parent_id && byId.has(u.parent_id) ? u.parent_id : null
    const list = children.get(parent) ?? []
    list.push(u)
    children.set(parent, list)
  }
  for (const list of children.values()) {
    list.sort((a, b) => Number(isDepartment(a)) - Number(isDepartment(b)) || (isDepartment(a) ? a.name.localeCompare(b.name, 'zh-CN') : a.id.localeCompare(b.id)))
  }
  return { byId, children }
}

/** `山东省 › 济南市`: the places above a unit, for search results shown out of the tree. */
export function pathOf(index: UnitIndex, unit: UnitNode): string[] {
  const out: string[] = []
  let id = unit.parent_id
  // Real chains are three deep; the bound stops a corrupt cycle.
  for (let hops = 0; id && hops < 10; hops++) {
    const u = index.byId.get(id)
    if (!u) break
    out.unshift(u.name)
    id = u.parent_id
  }
  return out
}

export const MAX_SEARCH_RESULTS = 200

/** Units whose name contains the text, or whose code starts with it; places before departments. */
export function searchUnits(units: readonly UnitNode[], text: string): { found: UnitNode[]; more: number } {
  const q = text.trim()
  if (q === '') return { found: [], more: 0 }
  const hits = units.filter((u) => u.name.includes(q) || u.id.startsWith(q)).sort((a, b) => Number(isDepartment(a)) - Number(isDepartment(b)) || a.id.localeCompare(b.id))
  return { found: hits.slice(0, MAX_SEARCH_RESULTS), more: Math.max(0, hits.length - MAX_SEARCH_RESULTS) }
}
