import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { MikroORM } from '@mikro-orm/core';
import { WEBHOOK_HEADERS } from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { backoffDelay, type WebhookConfig } from './webhook.config.js';
import { WebhookDelivery, type StoredAttempt, type WebhookEvent } from './webhook-delivery.entity.js';
import { signatureHeader } from './webhook.signature.js';
import { guardedLookup, isPrivateAddress } from './webhook.url.js';

/** The JSON body of an event: the same bytes on every attempt and redelivery. */
export function webhookBody(event: WebhookEvent): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    academyId: toGlobalId('Academy', event.academy.id),
    data: event.data,
  });
}

interface Answer {
  httpStatus: number | null;
  error: string | null;
}

/** One POST with a hard timeout; redirects are not followed (a 3xx is a failed attempt). */
export function postWebhook(url: string, body: string, headers: Record<string, string>, config: WebhookConfig): Promise<Answer> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (!config.allowPrivate && isIP(host) && isPrivateAddress(host)) return resolve({ httpStatus: null, error: 'the address is private' });
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    let settled = false;
    const done = (answer: Answer) => {
      if (!settled) {
        settled = true;
        resolve(answer);
      }
    };
    const req = send(target, {
      method: 'POST',
      headers: { ...headers, 'content-length': Buffer.byteLength(body).toString() },
      lookup: guardedLookup(config.allowPrivate) as never,
      timeout: config.timeoutMs,
    }, (res: IncomingMessage) => {
      // The answer's body is read and dropped; only the status matters.
      res.on('data', () => undefined);
      res.on('end', () => {
        const ok = res.statusCode! >= 200 && res.statusCode! < 300;
        done({ httpStatus: res.statusCode ?? null, error: ok ? null : `HTTP ${res.statusCode}` });
      });
      res.on('error', (err) => done({ httpStatus: res.statusCode ?? null, error: err.message }));
    });
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer within ${config.timeoutMs} ms`));
    }, config.timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('timeout', () => req.destroy(new Error(`no answer within ${config.timeoutMs} ms`)));
    req.on('error', (err: NodeJS.ErrnoException) => done({ httpStatus: null, error: (err.message || err.code || 'request failed').slice(0, 500) }));
    req.end(body);
  });
}

/**
 * Delivers the outbox. Every process runs one; they share the work through the
 * database: a delivery belongs to the worker whose conditional UPDATE moved its
 * `lease` from the value it read (and pushed `nextAttemptAt` past the timeout, so a
 * crashed worker's delivery becomes due again). Delivery is at least once; receivers
 * de-duplicate by the event id.
 */
export class WebhookWorker {
  private timer: NodeJS.Timeout | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;

  constructor(private readonly orm: MikroORM, private readonly config: WebhookConfig) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops polling and waits for the attempts in flight to be recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.allSettled([...this.inFlight]);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.tick().catch((err) => console.error('webhook worker:', err)).finally(() => this.schedule(this.config.pollMs));
    }, ms);
  }

  /** Claims due deliveries up to the free concurrency and starts them; returns how many. */
  async tick(now = new Date()): Promise<number> {
    const room = this.config.concurrency - this.inFlight.size;
    if (room <= 0) return 0;
    // Rows are read unmanaged and written with native updates only: a flush of loaded
    // entities would write their stale values back over another worker's claim.
    const due = await this.orm.em.fork().find(WebhookDelivery, { status: 'PENDING', nextAttemptAt: { $lte: now }, subscription: { active: true } }, {
      orderBy: { nextAttemptAt: 'asc', id: 'asc' }, limit: room, connectionType: 'write', disableIdentityMap: true,
    });
    let started = 0;
    for (const delivery of due) {
      const lease = delivery.lease + 1;
      const claimed = await writeTransaction(this.orm.em.fork(), (tem) => tem.nativeUpdate(
        WebhookDelivery,
        { id: delivery.id, lease: delivery.lease, status: 'PENDING' },
        { lease, nextAttemptAt: new Date(now.getTime() + this.config.timeoutMs + 30_000) },
      ));
      if (claimed !== 1) continue;
      started++;
      // A failure here (say the subscription was deleted meanwhile) must not take the process down;
      // the claim expires and the delivery is tried again or is gone.
      const run = this.attempt(delivery.id, lease)
        .catch((err) => console.error('webhook delivery', delivery.id, err))
        .finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
    }
    return started;
  }

  private async attempt(deliveryId: number, lease: number): Promise<void> {
    const delivery = await this.orm.em.fork().findOneOrFail(WebhookDelivery, deliveryId, { populate: ['event', 'subscription'], connectionType: 'write', disableIdentityMap: true });
    const event = delivery.event.getEntity();
    const subscription = delivery.subscription.getEntity();
    const number = delivery.attemptCount + 1;
    const body = webhookBody(event);
    const timestamp = Math.floor(Date.now() / 1000);
    const previous = subscription.activePreviousSecret();
    const started = Date.now();
    const answer = await postWebhook(subscription.url, body, {
      'content-type': 'application/json',
      'user-agent': 'Lintas-Webhooks/1',
      [WEBHOOK_HEADERS.id]: event.id,
      [WEBHOOK_HEADERS.type]: event.type,
      [WEBHOOK_HEADERS.timestamp]: String(timestamp),
      [WEBHOOK_HEADERS.signature]: signatureHeader(previous ? [subscription.secret, previous] : [subscription.secret], timestamp, body),
      [WEBHOOK_HEADERS.attempt]: String(number),
    }, this.config);
    const finished = new Date();
    const record: StoredAttempt = {
      number, attemptedAt: new Date(started).toISOString(), httpStatus: answer.httpStatus, durationMs: finished.getTime() - started, error: answer.error,
    };
    const succeeded = answer.error === null;
    const failed = !succeeded && number >= this.config.maxAttempts;
    await writeTransaction(this.orm.em.fork(), (tem) => tem.nativeUpdate(WebhookDelivery, { id: deliveryId, lease }, {
      status: succeeded ? 'SUCCEEDED' : failed ? 'FAILED' : 'PENDING',
      attemptCount: number,
      attempts: [...delivery.attempts, record],
      lastHttpStatus: answer.httpStatus,
      lastError: answer.error,
      deliveredAt: succeeded ? finished : null,
      nextAttemptAt: succeeded || failed ? null : new Date(finished.getTime() + backoffDelay(this.config, number)),
      updatedAt: finished,
    }));
  }
}
