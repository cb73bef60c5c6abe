import { watchEffect } from 'vue';

/** Sets `<title>` to the page's own name, kept current when the language or data change. */
export function usePageTitle(title: () => string | null | undefined): void {
  watchEffect(() => {
    const own = title();
    document.title = own ? `${own} · Lintas` : 'Lintas';
  });
}
