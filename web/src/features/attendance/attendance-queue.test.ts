import { describe, expect, it } from 'vitest';
import { AttendanceQueue, type PendingEntry, type SendResult } from './attendance-queue';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

function fakeTimers() {
  let now = 0;
  const due: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  return {
    set(fn: () => void, ms: number) {
      const id = next++;
      due.push({ at: now + ms, fn, id });
      return id;
    },
    clear(id: unknown) {
      const i = due.findIndex((d) => d.id === id);
      if (i >= 0) due.splice(i, 1);
    },
    now: () => now,
    /** Runs the timers due within `ms` (one at a time, in order). */
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        due.sort((a, b) => a.at - b.at);
        const first = due[0];
        if (!first || first.at > until) break;
        due.shift();
        now = first.at;
        first.fn();
        await new Promise((r) => setTimeout(r, 0));
      }
      now = until;
    },
  };
}

describe('AttendanceQueue', () => {
  it('keeps changes through a dropped connection, backs off, and clears them once saved', async () => {
    const storage = memoryStorage();
    const timers = fakeTimers();
    const outcomes: SendResult[] = [{ ok: false, retry: true }, { ok: false, retry: true }, { ok: true }];
    const calls: PendingEntry[][] = [];
    const queue = new AttendanceQueue({
      storage,
      timers,
      debounce: 500,
      baseDelay: 1000,
      send: async (_s, entries) => {
        calls.push(entries);
        return outcomes.shift()!;
      },
    });
    queue.set('s1', [{ personId: 'p1', status: 'PRESENT', note: null }]);
    queue.set('s1', [{ personId: 'p2', status: 'SICK', note: ' surat dokter ' }]);
    expect(queue.count()).toBe(2);
    expect(JSON.parse(storage.data.get('lintas.attendance.pending')!).s1.p2.note).toBe('surat dokter');

    await timers.advance(500);
    expect(calls).toHaveLength(1);
    expect(queue.state).toBe('retrying');
    expect(queue.count()).toBe(2);
    await timers.advance(999);
    expect(calls).toHaveLength(1);
    await timers.advance(1);
    expect(calls).toHaveLength(2);
    // Second failure: twice as long.
    await timers.advance(1999);
    expect(calls).toHaveLength(2);
    await timers.advance(1);
    expect(calls).toHaveLength(3);
    expect(queue.state).toBe('idle');
    expect(queue.count()).toBe(0);
    expect(storage.data.has('lintas.attendance.pending')).toBe(false);
  });

  it('restores unsaved changes from storage after a reload', () => {
    const storage = memoryStorage();
    const send = async (): Promise<SendResult> => ({ ok: false, retry: true });
    const first = new AttendanceQueue({ storage, timers: fakeTimers(), send });
    first.set('s1', [{ personId: 'p1', status: 'LATE', note: null }]);
    const second = new AttendanceQueue({ storage, timers: fakeTimers(), send });
    expect(second.get('s1', 'p1')?.status).toBe('LATE');
    expect(second.state).toBe('waiting');
  });

  it('keeps a change made while the previous one was being saved', async () => {
    const timers = fakeTimers();
    let release!: () => void;
    const queue = new AttendanceQueue({
      timers,
      debounce: 100,
      send: () => new Promise<SendResult>((r) => (release = () => r({ ok: true }))),
    });
    queue.set('s1', [{ personId: 'p1', status: 'PRESENT', note: null }]);
    await timers.advance(100);
    queue.set('s1', [{ personId: 'p1', status: 'ABSENT', note: null }]);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(queue.get('s1', 'p1')?.status).toBe('ABSENT');
    expect(queue.state).toBe('waiting');
  });

  it('stops retrying a batch the server refuses, and says why', async () => {
    const timers = fakeTimers();
    const queue = new AttendanceQueue({ timers, debounce: 10, send: async () => ({ ok: false, retry: false, codes: ['attendance/not-enrolled'] }) });
    queue.set('s1', [{ personId: 'p9', status: 'PRESENT', note: null }]);
    await timers.advance(10);
    expect(queue.state).toBe('rejected');
    expect(queue.refusedCodes).toEqual(['attendance/not-enrolled']);
    expect(queue.count()).toBe(1);
    queue.discard();
    expect(queue.count()).toBe(0);
  });
});
