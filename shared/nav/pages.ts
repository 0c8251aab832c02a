import type { Role } from '../types/role.ts'

/**
 * The pages a person moves between, and who may use each. The navigation shows only these, and
 * the router sends anyone else to their first page; the API's own access table is what protects
 * the data — this only keeps people from landing on pages that would answer 403.
 */
export interface Page {
  path: string
  /** Message key of the link's label, `nav.<name>`. */
  name: 'todo' | 'wall' | 'triage' | 'cases' | 'review' | 'sources' | 'departments' | 'units' | 'users' | 'policy' | 'notifications' | 'myNotifications'
  roles: readonly Role[]
}

export const PAGES: readonly Page[] = [
  { path: '/todo', name: 'todo', roles: ['unit'] },
  { path: '/wall', name: 'wall', roles: ['admin', 'operator', 'reviewer', 'display'] },
  { path: '/triage', name: 'triage', roles: ['admin', 'operator'] },
  { path: '/cases', name: 'cases', roles: ['admin', 'operator', 'unit', 'reviewer'] },
  { path: '/review', name: 'review', roles: ['admin', 'operator', 'reviewer'] },
  { path: '/admin/sources', name: 'sources', roles: ['admin'] },
  { path: '/admin/departments', name: 'departments', roles: ['admin'] },
  { path: '/admin/units', name: 'units', roles: ['admin', 'operator'] },
  { path: '/admin/users', name: 'users', roles: ['admin'] },
  { path: '/admin/policy', name: 'policy', roles: ['admin', 'operator', 'reviewer'] },
  { path: '/admin/notifications', name: 'notifications', roles: ['admin'] },
  // Every account that signs in may subscribe itself; a wall display token has no person to tell.
  { path: '/me/notifications', name: 'myNotifications', roles: ['admin', 'operator', 'unit', 'reviewer'] },
]

export function pagesFor(role: Role): Page[] {
  return PAGES.filter((p) => p.roles.includes(role))
}

/** Whether a role may open a path; paths not listed (a case's own page, sign-in) are left to the API. */
export function mayOpen(role: Role, path: string): boolean {
  const page = PAGES.find((p) => path === p.path)
  return !page || page.roles.includes(role)
}

/**
 * Each role's own first page: the work it signs in to do. The wall is the situation room's screen,
 * not anyone's desk, so only a display lands there.
 */
const HOME: Readonly<Record<Role, string>> = {
  admin: '/cases',
  operator: '/triage',
  reviewer: '/review',
  unit: '/todo',
  display: '/wall',
}

/** Where a role lands after signing in, or when it opens a page it may not use. */
export function homeFor(role: Role): string {
  const home = HOME[role]
  return mayOpen(role, home) ? home : (pagesFor(role)[0]?.path ?? '/wall')
}
