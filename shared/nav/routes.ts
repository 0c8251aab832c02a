import type { Role } from '../types/role.ts'

/**
 * Every address of the client, written once: the client's router takes its paths from here (and
 * must give each a view, by `view`), the navigation takes the entries with a `nav` label, and
 * the server answers each with index.html so a reload or a kiosk link works (server/web/).
 * Any other address is the 404 page in words.
 */
export interface ClientRoute {
  /** vue-router's path; a parameter may carry a pattern in brackets (`:id(\\d+)`). */
  path: string
  /** The view the router shows (and the route's name). */
  view: string
  /** Reachable without signing in. */
  public?: boolean
  /** false: the page stands alone, without the shared navigation (the wall, sign-in). */
  chrome?: boolean
  /** Opens another route instead (the admin pages' common prefix). */
  redirect?: string
  /** A link in the navigation: the message key of its label (`nav.<name>`) and who may use the page. */
  nav?: { name: string; roles: readonly Role[] }
}

const OFFICE_AND_REVIEW = ['admin', 'operator', 'reviewer'] as const

// In the navigation's order.
export const CLIENT_ROUTES = [
  // '/' is each role's own first page; the router sends it there once it knows the role.
  { path: '/', view: 'home', chrome: false },
  { path: '/todo', view: 'todo', nav: { name: 'todo', roles: ['unit'] } },
  { path: '/wall', view: 'wall', chrome: false, nav: { name: 'wall', roles: ['admin', 'operator', 'reviewer', 'display'] } },
  { path: '/triage', view: 'triage', nav: { name: 'triage', roles: ['admin', 'operator'] } },
  { path: '/cases', view: 'cases', nav: { name: 'cases', roles: ['admin', 'operator', 'unit', 'reviewer'] } },
  { path: '/cases/:id(\\d+)', view: 'case' },
  { path: '/review', view: 'review', nav: { name: 'review', roles: OFFICE_AND_REVIEW } },
  // 不定期检查 is the reviewing office's own work (the API lets only these two record it).
  { path: '/review/checks', view: 'checks', nav: { name: 'checks', roles: ['admin', 'reviewer'] } },
  { path: '/admin/sources', view: 'admin-sources', nav: { name: 'sources', roles: ['admin'] } },
  { path: '/admin/departments', view: 'admin-departments', nav: { name: 'departments', roles: ['admin'] } },
  { path: '/admin/units', view: 'admin-units', nav: { name: 'units', roles: ['admin', 'operator'] } },
  { path: '/admin/users', view: 'admin-users', nav: { name: 'users', roles: ['admin'] } },
  { path: '/admin/policy', view: 'admin-policy', nav: { name: 'policy', roles: OFFICE_AND_REVIEW } },
  { path: '/admin/notifications', view: 'admin-notifications', nav: { name: 'notifications', roles: ['admin'] } },
  // Every account that signs in may subscribe itself; a wall display token has no person to tell.
  { path: '/me/notifications', view: 'my-notifications', nav: { name: 'myNotifications', roles: ['admin', 'operator', 'unit', 'reviewer'] } },
  { path: '/account', view: 'account' },
  { path: '/login', view: 'login', public: true, chrome: false },
  // The admin pages' common prefix on its own opens the first one the role may use.
  { path: '/admin', view: 'admin', redirect: '/admin/sources' },
] as const satisfies readonly ClientRoute[]

export type ClientRouteView = (typeof CLIENT_ROUTES)[number]['view']
type NavEntry = Extract<(typeof CLIENT_ROUTES)[number], { nav: object }>
export type PageName = NavEntry['nav']['name']

/** The route paths as the server's router writes them: without the client's parameter patterns. */
export function serverPathOf(route: Pick<ClientRoute, 'path'>): string {
  return route.path.replace(/\([^)]*\)/g, '')
}

/** Prefixes that belong to programs (the API, the socket, the built assets): their 404 stays JSON. */
export const PROGRAM_PREFIXES = ['api', 'socket.io', 'assets'] as const
const PROGRAM_ADDRESS = new RegExp(`^/(${PROGRAM_PREFIXES.map((p) => p.replace('.', '\\.')).join('|')})(/|$)`)

/** Whether a missing address should answer the 404 page in words (a person's browser) rather than JSON. */
export function isPageRequest(method: string, url: string, accept: string | undefined): boolean {
  return method === 'GET' && !PROGRAM_ADDRESS.test(url) && (accept ?? '').includes('text/html')
}
