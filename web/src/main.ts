import urql from '@urql/vue';
import { createApp } from 'vue';
import App from './app/App.vue';
import { router } from './app/router';
import { safeNext } from './app/safe-next';
import { client, setAuthErrorHandler } from './app/urql-client';
import { reloadViewer, setViewer } from './features/accounts/use-viewer';
import { i18n } from './i18n';
import './app/styles.css';
import './app/styles-pages.css';

// A session that lapses mid-work (or an MFA step still owed) sends the user to
// sign in, and back to the page they were on afterwards.
setAuthErrorHandler(async (code) => {
  const current = router.currentRoute.value;
  if (current.meta.public) return;
  if (code === 'auth/unauthenticated') setViewer(null);
  else await reloadViewer().catch(() => null);
  const next = safeNext(current.fullPath);
  await router.replace({ path: '/masuk', query: next ? { next } : {} });
});

createApp(App).use(i18n).use(router).use(urql, client).mount('#app');
