import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router';
import { ensureViewer, homeFor, mfaPending } from '../features/accounts/use-viewer';
import { staffHome } from '../features/setup/use-setup';
import { i18n } from '../i18n';
import { routes, STAFF } from './routes';
import { safeNext } from './safe-next';

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});

function toSignIn(to: RouteLocationNormalized) {
  const next = safeNext(to.fullPath);
  return { path: '/masuk', query: next && next !== '/' ? { next } : {} };
}

/**
 * Signed-out visitors go to /masuk (remembering where they were going); an account
 * that owes its MFA step finishes it there first; each role sees only its own pages.
 */
router.beforeEach(async (to) => {
  let viewer;
  try {
    viewer = await ensureViewer();
  } catch {
    // Server unreachable: let the page render and show its own network error.
    return true;
  }
  if (to.meta.public) {
    if (to.name === 'sign-in' && viewer && !mfaPending(viewer)) return safeNext(to.query.next) ?? homeFor(viewer.role);
    return true;
  }
  if (!viewer) return toSignIn(to);
  if (mfaPending(viewer)) return toSignIn(to);
  // Staff start on the set-up checklist while their academy is not ready, on the roster after.
  if (to.name === 'home') return viewer.role === 'PARTICIPANT' || viewer.role === 'AGENCY_HR' ? homeFor(viewer.role) : await staffHome();
  const roles = to.meta.roles ?? STAFF;
  if (!viewer.role || !roles.includes(viewer.role)) return homeFor(viewer.role);
  return true;
});

/** The tab names the page at once, while it loads; the page may add its data (a cohort code). */
router.afterEach((to, from) => {
  // A change of query only (a filter, a chosen session) keeps the page's own fuller title.
  if (from.matched.length && to.path === from.path) return;
  document.title = to.meta.title ? `${i18n.global.t(to.meta.title)} · Lintas` : 'Lintas';
});
