import type { AttendanceStatus } from '@lintas/shared';

export interface PendingEntry {
  personId: string;
  status: AttendanceStatus;
  note: string | null;
}

/** What sending one session's entries came to. */
export type SendResult =
  | { ok: true }
  /** Network or server trouble: try again later. */
  | { ok: false; retry: true }
  /** The server refused the batch (all or none): retrying the same will not help. */
  | { ok: false; retry: false; codes: string[] };

export type QueueState = 'idle' | 'waiting' | 'saving' | 'retrying' | 'rejected';

interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

type Pending = Record<string, Record<string, PendingEntry>>;

/**
 * Attendance changes not yet saved, per session and person. Kept in memory and in
 * localStorage (so a reload or a dropped connection loses nothing), sent a moment
 * after the last change, and retried with exponential backoff until the server
 * takes them. A later change of the same person replaces the earlier one.
 */
export class AttendanceQueue {
  private pending: Pending;
  private timer: unknown = null;
  private inFlight = false;
  state: QueueState = 'idle';
  attempt = 0;
  nextRetryAt: number | null = null;
  refusedCodes: string[] = [];

  constructor(
    private readonly options: {
      send: (sessionId: string, entries: PendingEntry[]) => Promise<SendResult>;
      onChange?: () => void;
      /** After a successful save of a session, e.g. to refetch it. */
      onSaved?: (sessionId: string) => void;
      storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
      key?: string;
      /** Wait after the last change before sending (ms). */
      debounce?: number;
      baseDelay?: number;
      maxDelay?: number;
      timers?: Timers;
    },
  ) {
    this.pending = this.load();
    if (this.count() > 0) this.state = 'waiting';
  }

  private get timers(): Timers {
    return this.options.timers ?? realTimers;
  }

  private get key(): string {
    return this.options.key ?? 'lintas.attendance.pending';
  }

  private load(): Pending {
    try {
      const raw = this.options.storage?.getItem(this.key);
      const parsed = raw ? (JSON.parse(raw) as Pending) : {};
      return parsed && typeof parsed === 'object' ? parsed : {};
    } catch {
      return {};
    }
  }

  private persist(): void {
    try {
      if (this.count() === 0) this.options.storage?.removeItem(this.key);
      else this.options.storage?.setItem(this.key, JSON.stringify(this.pending));
    } catch {
      // Storage full or blocked: the changes are still in memory.
    }
  }

  private changed(): void {
    this.persist();
    this.options.onChange?.();
  }

  /** The unsaved change of a person in a session, if any. */
  get(sessionId: string, personId: string): PendingEntry | undefined {
    return this.pending[sessionId]?.[personId];
  }

  /** Unsaved changes, of one session or of all. */
  count(sessionId?: string): number {
    if (sessionId) return Object.keys(this.pending[sessionId] ?? {}).length;
    return Object.values(this.pending).reduce((n, s) => n + Object.keys(s).length, 0);
  }

  /** Queues changes and sends them shortly. */
  set(sessionId: string, entries: PendingEntry[]): void {
    if (!entries.length) return;
    const session = (this.pending[sessionId] ??= {});
    for (const e of entries) session[e.personId] = { personId: e.personId, status: e.status, note: e.note?.trim() ? e.note.trim() : null };
    this.refusedCodes = [];
    this.attempt = 0;
    if (!this.inFlight) this.state = 'waiting';
    this.changed();
    this.schedule(this.options.debounce ?? 800);
  }

  /** Drops the unsaved changes (after the server refused them). */
  discard(): void {
    this.pending = {};
    this.refusedCodes = [];
    this.state = 'idle';
    this.cancelTimer();
    this.changed();
  }

  private cancelTimer(): void {
    if (this.timer != null) this.timers.clear(this.timer);
    this.timer = null;
    this.nextRetryAt = null;
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.nextRetryAt = this.timers.now() + ms;
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.nextRetryAt = null;
      void this.flush();
    }, ms);
  }

  /** Sends everything now (the Save button, the browser coming back online). */
  async flush(): Promise<void> {
    if (this.inFlight) return;
    this.cancelTimer();
    const sessions = Object.keys(this.pending).filter((s) => this.count(s) > 0);
    if (!sessions.length) {
      this.state = 'idle';
      this.options.onChange?.();
      return;
    }
    this.inFlight = true;
    this.state = 'saving';
    this.options.onChange?.();
    let retry = false;
    let refused: string[] = [];
    for (const sessionId of sessions) {
      const sent = Object.values(this.pending[sessionId] ?? {}).map((e) => ({ ...e }));
      let result: SendResult;
      try {
        result = await this.options.send(sessionId, sent);
      } catch {
        result = { ok: false, retry: true };
      }
      if (result.ok) {
        // Only what is unchanged since sending is settled; later edits stay queued.
        const session = this.pending[sessionId] ?? {};
        for (const e of sent) {
          const now = session[e.personId];
          if (now && now.status === e.status && now.note === e.note) delete session[e.personId];
        }
        if (!Object.keys(session).length) delete this.pending[sessionId];
        this.persist();
        this.options.onSaved?.(sessionId);
      } else if (result.retry) {
        retry = true;
      } else {
        refused = [...refused, ...result.codes];
      }
    }
    this.inFlight = false;
    if (refused.length) {
      this.refusedCodes = [...new Set(refused)];
      this.state = 'rejected';
    } else if (retry) {
      this.attempt += 1;
      this.state = 'retrying';
      const base = this.options.baseDelay ?? 1000;
      this.schedule(Math.min(this.options.maxDelay ?? 30_000, base * 2 ** (this.attempt - 1)));
    } else if (this.count() > 0) {
      // Changed while saving: send the newer values.
      this.state = 'waiting';
      this.schedule(this.options.debounce ?? 800);
    } else {
      this.attempt = 0;
      this.state = 'idle';
    }
    this.changed();
  }

  dispose(): void {
    this.cancelTimer();
  }
}
