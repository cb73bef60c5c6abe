import { useMutation } from '@urql/vue';
import { computed, onBeforeUnmount, onMounted, ref } from 'vue';
import { useErrorText } from '../../composables/use-error-text';
import { graphql } from '../../gql';
import { AttendanceQueue, type PendingEntry, type SendResult } from './attendance-queue';

const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {
    recordAttendance(sessionId: $sessionId, entries: $entries) {
      attendances { id status note recordedBy }
      errors { field code }
    }
  }
`);

/**
 * The attendance page's unsaved changes: kept on the device, sent in batches, sent again
 * when back online; `tick` moves whenever the queue changes so computed rows follow it.
 */
export function useAttendanceQueue(onSaved: (sessionId: string) => void) {
  const { codeText } = useErrorText();
  const record = useMutation(RecordAttendanceMutation);
  const tick = ref(0);
  async function send(sid: string, entries: PendingEntry[]): Promise<SendResult> {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return { ok: false, retry: true };
    const res = await record.executeMutation({ sessionId: sid, entries }, { requestPolicy: 'network-only' });
    if (res.error) {
      if (res.error.networkError || !res.error.graphQLErrors.length) return { ok: false, retry: true };
      const code = res.error.graphQLErrors[0]?.extensions?.code;
      if (code === 'server/internal' || code === 'INTERNAL_SERVER_ERROR') return { ok: false, retry: true };
      return { ok: false, retry: false, codes: res.error.graphQLErrors.map((e) => String(e.extensions?.code ?? 'server/internal')) };
    }
    const errs = res.data?.recordAttendance.errors ?? [];
    if (errs.length) return { ok: false, retry: false, codes: errs.map((e) => e.code) };
    return { ok: true };
  }
  const queue = new AttendanceQueue({
    send,
    storage: typeof localStorage === 'undefined' ? null : localStorage,
    onChange: () => tick.value++,
    onSaved,
  });
  const pendingCount = computed(() => (tick.value, queue.count()));
  const queueState = computed(() => (tick.value, queue.state));
  const refused = computed(() => (tick.value, queue.refusedCodes.map(codeText)));
  const retrySeconds = ref(0);
  const countdown = setInterval(() => {
    const at = queue.nextRetryAt;
    retrySeconds.value = at && queue.state === 'retrying' ? Math.max(0, Math.ceil((at - Date.now()) / 1000)) : 0;
  }, 500);
  function onOnline() {
    if (queue.count() && queue.state !== 'rejected') void queue.flush();
  }
  function onBeforeUnload(e: BeforeUnloadEvent) {
    // The changes are in localStorage too, but say so before the tab closes.
    if (queue.count()) e.preventDefault();
  }
  onMounted(() => {
    window.addEventListener('online', onOnline);
    window.addEventListener('beforeunload', onBeforeUnload);
    if (queue.count()) void queue.flush();
  });
  onBeforeUnmount(() => {
    window.removeEventListener('online', onOnline);
    window.removeEventListener('beforeunload', onBeforeUnload);
    clearInterval(countdown);
    queue.dispose();
  });
  return { queue, tick, pendingCount, queueState, refused, retrySeconds };
}
