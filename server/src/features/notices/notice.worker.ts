import type { MikroORM } from '@mikro-orm/core';
import nodemailer, { type Transporter } from 'nodemailer';
import { isOptionalNotice } from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { backoffDelay } from '../webhooks/webhook.config.js';
import { Session } from '../sessions/session.entity.js';
import type { NoticeConfig } from './notice.config.js';
import { enqueueNotices, sessionAudience } from './notice.outbox.js';
import { renderNotice, type RenderedNotice } from './notice.templates.js';
import { Person } from '../persons/person.entity.js';
import { Notification } from './notification.entity.js';

/** An SMTP failure as a code without personal values, and whether it is final (a 5xx refusal). */
export function smtpFailure(err: unknown): { code: string; permanent: boolean } {
  const e = err as { responseCode?: number; code?: string };
  if (typeof e.responseCode === 'number') return { code: `SMTP_${e.responseCode}`, permanent: e.responseCode >= 500 && e.responseCode < 600 };
  return { code: (typeof e.code === 'string' && /^[A-Z_]{2,30}$/.test(e.code) ? e.code : 'ERROR'), permanent: false };
}

/**
 * Sends the e-mail outbox. Every process runs one; they share the work through the
 * database like the webhook worker: a notice belongs to the sender whose conditional UPDATE
 * moved its `lease` from the value it read (and pushed `nextAttemptAt` past the timeout, so a
 * crashed sender's notice becomes due again). Sending is at least once; the Message-ID fixed
 * at enqueue time is the same on a resend, so mail systems can drop the duplicate.
 * It also writes the reminders of sessions starting within `reminderHours`.
 */
export class NoticeWorker {
  private timer: NodeJS.Timeout | null = null;
  private sweepTimer: NodeJS.Timeout | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  /** The poll or sweep running now: a stop waits for it, so no notice is claimed and then abandoned. */
  private readonly running = new Set<Promise<unknown>>();
  private stopped = false;
  private readonly transport: Transporter | null;

  constructor(private readonly orm: MikroORM, private readonly config: NoticeConfig) {
    this.transport = config.smtpUrl
      ? nodemailer.createTransport(config.smtpUrl, {
        connectionTimeout: config.timeoutMs, greetingTimeout: config.timeoutMs, socketTimeout: config.timeoutMs,
      } as never)
      : null;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
    if (this.config.reminderHours > 0) this.scheduleSweep(0);
  }

  /**
   * Stops polling and waits for the poll under way and the notices in flight to be recorded:
   * a notice claimed by this process is sent and marked, never left under a lease nobody
   * will finish (which would hold it back until the lease runs out).
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.sweepTimer) clearTimeout(this.sweepTimer);
    await Promise.allSettled([...this.running]);
    await Promise.allSettled([...this.inFlight]);
    this.transport?.close();
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.track(this.tick().catch((err) => console.error('notice sender:', err))).finally(() => this.schedule(this.config.pollMs));
    }, ms);
  }

  private scheduleSweep(ms: number): void {
    if (this.stopped) return;
    this.sweepTimer = setTimeout(() => {
      this.track(this.sweepReminders().catch((err) => console.error('notice reminders:', err))).finally(() => this.scheduleSweep(this.config.reminderSweepMs));
    }, ms);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    return work.finally(() => this.running.delete(work));
  }

  /** Claims due notices up to the free concurrency and starts them; returns how many. */
  async tick(now = new Date()): Promise<number> {
    const room = this.config.concurrency - this.inFlight.size;
    if (room <= 0) return 0;
    // Rows are read unmanaged and written with native updates only, as in the webhook worker.
    const due = await this.orm.em.fork().find(Notification, { status: 'PENDING', nextAttemptAt: { $lte: now } }, {
      orderBy: { nextAttemptAt: 'asc', id: 'asc' }, limit: room, connectionType: 'write', disableIdentityMap: true, fields: ['id', 'lease'],
    });
    let started = 0;
    for (const n of due) {
      if (this.stopped) break;
      const lease = n.lease + 1;
      const claimed = await writeTransaction(this.orm.em.fork(), (tem) => tem.nativeUpdate(
        Notification,
        { id: n.id, lease: n.lease, status: 'PENDING' },
        { lease, nextAttemptAt: new Date(now.getTime() + 3 * this.config.timeoutMs + 30_000) },
      ));
      if (claimed !== 1) continue;
      started++;
      const run = this.attempt(n.id, lease)
        .catch((err) => console.error('notice', n.id, err))
        .finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
    }
    return started;
  }

  private async attempt(id: number, lease: number): Promise<void> {
    const em = this.orm.em.fork();
    const n = await em.findOneOrFail(Notification, id, { connectionType: 'write', disableIdentityMap: true });
    const attempts = n.attempts + 1;
    const finished = (status: Notification['status'], extra: Partial<Notification> = {}) =>
      writeTransaction(this.orm.em.fork(), (tem) => tem.nativeUpdate(Notification, { id, lease }, {
        status, attempts, nextAttemptAt: null, lastErrorCode: null, updatedAt: new Date(),
        // The invitation code is not kept once the message is out (or rendered for the outbox page).
        ...(n.kind === 'INVITATION' ? { data: { ...n.data, invitationCode: null } } : {}),
        ...extra,
      }));
    // A kind turned off after the notice was written is not sent either.
    const person = n.person ? await em.findOne(Person, n.person.id, { fields: ['id', 'noticesOff'] }) : null;
    if (person && isOptionalNotice(n.kind) && (person.noticesOff ?? []).includes(n.kind)) return void (await finished('SKIPPED_OPTED_OUT'));
    let rendered: RenderedNotice;
    try {
      rendered = await renderNotice(em, n, this.config.publicUrl);
    } catch (err) {
      // What it is about is gone (or unreadable): retrying will not help.
      console.error('notice', id, 'could not be rendered:', err);
      return void (await finished('FAILED', { lastErrorCode: 'RENDER' }));
    }
    if (!rendered.to) return void (await finished('SKIPPED_NO_ADDRESS'));
    if (!this.transport) return void (await finished('NOT_SENT_NO_SMTP', { sentTo: rendered.to }));
    try {
      await this.transport.sendMail({
        from: this.config.from, to: rendered.to, subject: rendered.subject, text: rendered.text, html: rendered.html,
        messageId: n.messageId, attachments: rendered.attachments, headers: { 'X-Lintas-Notice': n.kind },
      });
      await finished('SENT', { sentAt: new Date(), sentTo: rendered.to });
    } catch (err) {
      const failure = smtpFailure(err);
      const last = failure.permanent || attempts >= this.config.maxAttempts;
      await writeTransaction(this.orm.em.fork(), (tem) => tem.nativeUpdate(Notification, { id, lease }, {
        status: failure.permanent ? 'BOUNCED' : last ? 'FAILED' : 'PENDING',
        attempts, lastErrorCode: failure.code, updatedAt: new Date(),
        nextAttemptAt: last ? null : new Date(Date.now() + backoffDelay(this.config, attempts)),
        ...(last && n.kind === 'INVITATION' ? { data: { ...n.data, invitationCode: null } } : {}),
      }));
    }
  }

  /**
   * Writes a reminder for each person of each session starting within `reminderHours`,
   * keyed by session, start and person: a moved session reminds again, a repeated sweep
   * (here or in another process) writes nothing twice.
   */
  async sweepReminders(now = new Date()): Promise<number> {
    const em = this.orm.em.fork();
    const sessions = await em.find(Session, {
      status: 'SCHEDULED', startsAt: { $gt: now, $lte: new Date(now.getTime() + this.config.reminderHours * 3600_000) },
    }, { populate: ['cohort'], orderBy: { startsAt: 'asc' }, limit: 1000, connectionType: 'write' });
    const audience = await sessionAudience(em, sessions);
    const keyOf = (s: Session, personId: number) => `reminder:${s.id}:${s.startsAt.getTime()}:${personId}`;
    // Reminders an earlier sweep wrote are skipped here already, so a quiet sweep writes nothing.
    const wanted = sessions.flatMap((s) => (audience.get(s.id) ?? []).map((personId) => keyOf(s, personId)));
    const academies = [...new Set(sessions.map((s) => s.cohort.getEntity().academy.id))];
    const done = new Set<string>();
    for (let i = 0; i < wanted.length; i += 500) {
      const rows = await em.find(Notification, { academy: { $in: academies }, key: { $in: wanted.slice(i, i + 500) } }, { fields: ['key'], connectionType: 'write' });
      for (const r of rows) done.add(r.key);
    }
    let written = 0;
    for (const s of sessions) {
      const people = (audience.get(s.id) ?? []).filter((personId) => !done.has(keyOf(s, personId)));
      if (!people.length) continue;
      await writeTransaction(this.orm.em.fork(), (tem) => enqueueNotices(tem, s.cohort.getEntity().academy.id, people.map((personId) => ({
        kind: 'SESSION_REMINDER', to: { personId }, data: { sessionId: s.id }, key: keyOf(s, personId),
      }))));
      written += people.length;
    }
    return written;
  }
}
