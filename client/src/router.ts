import { createRouter, createWebHistory, type RouteComponent, type RouteLocationNormalized, type RouteRecordRaw } from 'vue-router'
import { CLIENT_ROUTES, type ClientRoute, type ClientRouteView } from '@shared/nav/routes.ts'
import { homeFor, mayOpen } from '@shared/nav/pages.ts'
import { ensureSession, signedIn } from './shared/session.ts'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** false: the page stands alone, without the shared navigation (the wall, sign-in). */
    nav?: boolean
  }
}

/** Each route's view; a route added to shared/nav/routes.ts without one does not compile. */
const VIEWS: Record<Exclude<ClientRouteView, 'admin'>, RouteComponent | (() => Promise<unknown>)> = {
  home: () => import('./features/wall/WallView.vue'),
  wall: () => import('./features/wall/WallView.vue'),
  triage: () => import('./features/triage/TriageView.vue'),
  review: () => import('./features/review/ReviewView.vue'),
  checks: () => import('./features/review/ChecksView.vue'),
  todo: () => import('./features/todo/TodoView.vue'),
  cases: () => import('./features/cases/CasesView.vue'),
  case: () => import('./features/case/CaseView.vue'),
  'admin-sources': () => import('./features/admin/SourcesView.vue'),
  'admin-departments': () => import('./features/admin/DepartmentsView.vue'),
  'admin-units': () => import('./features/admin/UnitsView.vue'),
  'admin-users': () => import('./features/admin/UsersView.vue'),
  'admin-policy': () => import('./features/admin/PolicyView.vue'),
  'admin-notifications': () => import('./features/notify/NotificationsView.vue'),
  'my-notifications': () => import('./features/notify/MyNotificationsView.vue'),
  account: () => import('./features/account/AccountView.vue'),
  login: () => import('./features/login/LoginView.vue'),
}

function toRecord(r: ClientRoute): RouteRecordRaw {
  if (r.redirect) return { path: r.path, redirect: r.redirect }
  const meta = { ...(r.public ? { public: true } : {}), ...(r.chrome === false ? { nav: false } : {}) }
  const record = { path: r.path, name: r.view, component: VIEWS[r.view as keyof typeof VIEWS] as RouteComponent, meta }
  // The case page takes its id as a number.
  return r.view === 'case' ? { ...record, props: (to: RouteLocationNormalized) => ({ id: Number(to.params.id) }) } : record
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    ...CLIENT_ROUTES.map(toRecord),
    // Anything else: a page in words, with the way back, instead of the server's JSON 404.
    { path: '/:unknown(.*)*', name: 'not-found', component: () => import('./features/not-found/NotFoundView.vue') },
  ],
})

// Every page but the sign-in page needs a session or a kiosk token; without one, ensureSession
// redirects. A role that may not use a page lands on its own first page instead of a wall of 403s.
router.beforeEach(async (to) => {
  if (to.meta.public) return true
  if (!(await ensureSession())) return false
  const role = signedIn.value?.role ?? 'display'
  if (to.path === '/') return homeFor(role)
  return mayOpen(role, to.path) ? true : homeFor(role)
})
