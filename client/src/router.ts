import { createRouter, createWebHistory } from 'vue-router'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: '/wall' },
    { path: '/wall', name: 'wall', component: () => import('./views/WallView.vue') },
    { path: '/review', name: 'review', component: () => import('./views/ReviewView.vue') },
    { path: '/cases/:id(\\d+)', name: 'case', component: () => import('./views/CaseView.vue'), props: (r) => ({ id: Number(r.params.id) }) },
  ],
})
