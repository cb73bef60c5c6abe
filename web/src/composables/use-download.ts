import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useErrorText } from './use-error-text';

/** `attachment; filename="x.csv"` → `x.csv`; null when the header names none. */
export function fileNameOf(disposition: string | null): string | null {
  const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  return m ? decodeURIComponent(m[1]!) : null;
}

/**
 * A file from the server, fetched by the page rather than by a bare link, so the page can
 * show how far it has come (the server may take a while to build a large export) and, when
 * it fails, say why in the user's language instead of leaving a broken download behind.
 */
export function useDownload() {
  const { t } = useI18n();
  const { codeText } = useErrorText();
  /** The address being downloaded, or null. */
  const busy = ref<string | null>(null);
  /** Share received (0–1) when the server said how large the file is; null otherwise. */
  const share = ref<number | null>(null);
  const received = ref(0);
  const error = ref('');

  async function download(href: string): Promise<boolean> {
    if (busy.value) return false;
    busy.value = href;
    share.value = null;
    received.value = 0;
    error.value = '';
    try {
      let res: Response;
      try {
        res = await fetch(href, { credentials: 'same-origin' });
      } catch {
        error.value = t('app.networkError');
        return false;
      }
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
        error.value = codeText(body?.error?.code);
        return false;
      }
      const total = Number(res.headers.get('content-length')) || 0;
      const chunks: Uint8Array[] = [];
      const reader = res.body?.getReader();
      if (reader) {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          received.value += value.byteLength;
          if (total) share.value = Math.min(1, received.value / total);
        }
      } else {
        chunks.push(new Uint8Array(await res.arrayBuffer()));
      }
      const blob = new Blob(chunks as BlobPart[], { type: res.headers.get('content-type') ?? 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileNameOf(res.headers.get('content-disposition')) ?? new URL(href, location.href).pathname.split('/').pop() ?? 'lintas';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return true;
    } catch {
      error.value = t('app.networkError');
      return false;
    } finally {
      busy.value = null;
    }
  }

  /** For a link's click: a plain left click downloads here; a modified click (new tab, save as) is the browser's. */
  function onLinkClick(event: MouseEvent, href: string): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void download(href);
  }

  return { busy, share, received, error, download, onLinkClick };
}
