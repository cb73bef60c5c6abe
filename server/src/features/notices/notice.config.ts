import { envInt } from '../../config.js';
/** Sending settings; every timing is configurable so tests run in milliseconds. */
export interface NoticeConfig {
  /** Run the sender in this process (LINTAS_NOTICE_WORKER=0 turns it off). */
  worker: boolean;
  /** `smtp://user:pass@host:port` (or `smtps://`); null: notices are rendered and kept as NOT_SENT_NO_SMTP. */
  smtpUrl: string | null;
  /** The From header (SMTP_FROM). */
  from: string;
  /** The address links in e-mails start with (LINTAS_PUBLIC_URL), without a trailing slash. */
  publicUrl: string;
  /** How often the sender looks for due notices. */
  pollMs: number;
  /** An SMTP conversation must finish within this. */
  timeoutMs: number;
  /** Attempts per notice before it is FAILED. */
  maxAttempts: number;
  /** Delay before the 2nd attempt; doubles each time up to backoffMaxMs, with jitter. */
  backoffMs: number;
  backoffMaxMs: number;
  /** Notices in flight at once per process. */
  concurrency: number;
  /** Hours before a session its reminder is written (LINTAS_REMINDER_HOURS, default 24; 0 turns reminders off). */
  reminderHours: number;
  /** How often each process looks for sessions to remind of (LINTAS_REMINDER_SWEEP_MS, default 5 minutes). */
  reminderSweepMs: number;
}


export function noticeConfig(env: NodeJS.ProcessEnv = process.env): NoticeConfig {
  const port = env.PORT || '4000';
  return {
    worker: env.LINTAS_NOTICE_WORKER !== '0',
    smtpUrl: env.SMTP_URL?.trim() || null,
    from: env.SMTP_FROM?.trim() || 'Lintas <no-reply@lintas.invalid>',
    publicUrl: (env.LINTAS_PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, ''),
    pollMs: envInt(env.LINTAS_NOTICE_POLL_MS, 2000, 10),
    timeoutMs: envInt(env.LINTAS_NOTICE_TIMEOUT_MS, 30_000, 50),
    maxAttempts: envInt(env.LINTAS_NOTICE_MAX_ATTEMPTS, 8, 1),
    backoffMs: envInt(env.LINTAS_NOTICE_BACKOFF_MS, 60_000, 1),
    backoffMaxMs: envInt(env.LINTAS_NOTICE_BACKOFF_MAX_MS, 6 * 3600_000, 1),
    concurrency: envInt(env.LINTAS_NOTICE_CONCURRENCY, 4, 1),
    reminderHours: Number.isFinite(Number(env.LINTAS_REMINDER_HOURS)) && env.LINTAS_REMINDER_HOURS ? Math.max(0, Number(env.LINTAS_REMINDER_HOURS)) : 24,
    reminderSweepMs: envInt(env.LINTAS_REMINDER_SWEEP_MS, 300_000, 10),
  };
}
