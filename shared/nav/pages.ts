import type { Role } from '../types/role.ts'
import { CLIENT_ROUTES, type PageName } from './routes.ts'

/**
 * The pages a person moves between, and who may use each: the routes of shared/nav/routes.ts
 * that carry a navigation label. The navigation shows only these, and the router sends anyone
 * else to their first page; the API's own access table is what protects the data — this only
 * keeps people from landing on pages that would answer 403.
 */
export interface Page {
  path: string
  /** Message key of the link's label, `nav.<name>`. */
  name: PageName
  roles: readonly Role[]
}

export const PAGES: readonly Page[] = CLIENT_ROUTES.flatMap((r) => ('nav' in r ? [{ path: r.path, name: r.nav.name, roles: r.nav.roles }] : []))

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
