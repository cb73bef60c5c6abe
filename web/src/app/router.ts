import { createRouter, createWebHistory } from 'vue-router';

/** Route components load lazily, one chunk per page. `meta.title` is an i18n key. */
export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: '/roster' },
    { path: '/roster', name: 'roster', component: () => import('../features/roster/RosterPage.vue'), meta: { title: 'roster.title' } },
    { path: '/roster/import', name: 'roster-import', component: () => import('../features/roster/RosterImportPage.vue'), meta: { title: 'import.title' } },
    { path: '/programs', name: 'programs', component: () => import('../features/programs/ProgramListPage.vue'), meta: { title: 'programs.title' } },
    { path: '/programs/:id', name: 'program', component: () => import('../features/programs/ProgramDetailPage.vue'), props: true, meta: { title: 'programs.detailTitle' } },
    { path: '/cohorts', name: 'cohorts', component: () => import('../features/cohorts/CohortListPage.vue'), meta: { title: 'cohorts.title' } },
    { path: '/cohorts/new', name: 'cohort-new', component: () => import('../features/cohorts/CohortNewPage.vue'), meta: { title: 'cohortForm.title' } },
    { path: '/cohorts/:id', name: 'cohort', component: () => import('../features/cohorts/CohortDetailPage.vue'), props: true, meta: { title: 'cohort.title' } },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./NotFoundPage.vue'), meta: { title: 'notFound.title' } },
  ],
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});
