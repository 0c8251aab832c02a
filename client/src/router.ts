import { createRouter, createWebHistory } from 'vue-router'
import { homeFor, mayOpen } from '@shared/nav/pages.ts'
import { ensureSession, signedIn } from './session.ts'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** false: the page stands alone, without the shared navigation (the wall, sign-in). */
    nav?: boolean
  }
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    // '/' is each role's own first page; the guard below sends it there once it knows the role.
    { path: '/', name: 'home', component: () => import('./views/WallView.vue'), meta: { nav: false } },
    { path: '/wall', name: 'wall', component: () => import('./views/WallView.vue'), meta: { nav: false } },
    { path: '/triage', name: 'triage', component: () => import('./views/TriageView.vue') },
    { path: '/review', name: 'review', component: () => import('./views/ReviewView.vue') },
    { path: '/todo', name: 'todo', component: () => import('./views/TodoView.vue') },
    { path: '/cases', name: 'cases', component: () => import('./views/CasesView.vue') },
    { path: '/cases/:id(\\d+)', name: 'case', component: () => import('./views/CaseView.vue'), props: (r) => ({ id: Number(r.params.id) }) },
    { path: '/admin/sources', name: 'admin-sources', component: () => import('./views/admin/SourcesView.vue') },
    { path: '/admin/departments', name: 'admin-departments', component: () => import('./views/admin/DepartmentsView.vue') },
    { path: '/admin/units', name: 'admin-units', component: () => import('./views/admin/UnitsView.vue') },
    { path: '/admin/users', name: 'admin-users', component: () => import('./views/admin/UsersView.vue') },
    { path: '/admin/policy', name: 'admin-policy', component: () => import('./views/admin/PolicyView.vue') },
    { path: '/admin/notifications', name: 'admin-notifications', component: () => import('./views/admin/NotificationsView.vue') },
    { path: '/me/notifications', name: 'my-notifications', component: () => import('./views/MyNotificationsView.vue') },
    { path: '/account', name: 'account', component: () => import('./views/AccountView.vue') },
    { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { public: true, nav: false } },
    // The admin pages' common prefix on its own opens the first one the role may use.
    { path: '/admin', redirect: '/admin/sources' },
    // Anything else: a page in words, with the way back, instead of the server's JSON 404.
    { path: '/:unknown(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
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
