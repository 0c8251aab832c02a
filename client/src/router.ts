import { createRouter, createWebHistory } from 'vue-router'
import { ensureSession } from './session.ts'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: '/wall' },
    { path: '/wall', name: 'wall', component: () => import('./views/WallView.vue') },
    { path: '/review', name: 'review', component: () => import('./views/ReviewView.vue') },
    { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { public: true } },
    { path: '/cases/:id(\\d+)', name: 'case', component: () => import('./views/CaseView.vue'), props: (r) => ({ id: Number(r.params.id) }) },
  ],
})

// Every page but the sign-in page needs a session or a kiosk token; without one, ensureSession redirects.
router.beforeEach(async (to) => (to.meta.public ? true : ensureSession()))
