import type { MikroORM } from '@mikro-orm/core';
import { ERROR_CODES } from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import type { Academy } from '../academies/academy.entity.js';
import type { Cohort } from '../cohorts/cohort.entity.js';
import { registryRecord } from '../enrollments/training-history.js';
import type { Person } from '../persons/person.entity.js';
import type { Program } from '../programs/program.entity.js';
import { Certificate, RegistryDelivery } from './certificate.entity.js';
import { PeriodicTask } from '../../periodic-task.js';
import { queueForRegistry } from './certificate.issue.js';
import { registryBackoff, type RegistryConfig } from './registry.config.js';

/**
 * The body pushed for a certificate: the person's NIP and the training record with the
 * registry's own field names (`kursus` or `diklat`, as `Person.trainingHistory` shows it).
 */
export function registryBody(cert: Certificate): Record<string, unknown> {
  const cohort = cert.cohort.getEntity() as Cohort;
  const program = cohort.program.getEntity() as Program;
  const record = registryRecord({
    programKind: program.kind, trainingKind: program.trainingKind, courseName: `${program.name}, ${cohort.name}`, jp: cert.jp,
    institution: (cert.academy.getEntity() as Academy).name, startDate: cohort.startDate, endDate: cohort.endDate, certificateNumber: cert.number,
  });
  return record.kursus
    ? { riwayat: 'kursus', nip: (cert.person.getEntity() as Person).nip, kursus: record.kursus }
    : { riwayat: 'diklat', nip: (cert.person.getEntity() as Person).nip, diklat: record.diklat };
}

interface Answer { httpStatus: number | null; remoteId: string | null; error: string | null }

async function push(config: RegistryConfig, body: Record<string, unknown>, key: string): Promise<Answer> {
  try {
    const res = await fetch(config.url!, {
      method: 'POST',
      headers: {
        'content-type': 'application/json', 'user-agent': 'Lintas-Registry/1', 'idempotency-key': key,
        ...(config.token ? { authorization: `Bearer ${config.token}` } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(config.timeoutMs),
      redirect: 'manual',
    });
    const text = await res.text();
    if (res.status < 200 || res.status >= 300) return { httpStatus: res.status, remoteId: null, error: `${ERROR_CODES.REGISTRY_REJECTED}: HTTP ${res.status}` };
    let id: unknown = null;
    try {
      const json = JSON.parse(text) as { id?: unknown; data?: { id?: unknown } };
      id = json.id ?? json.data?.id ?? null;
    } catch {
      id = null;
    }
    if (typeof id !== 'string' && typeof id !== 'number') return { httpStatus: res.status, remoteId: null, error: `${ERROR_CODES.REGISTRY_REJECTED}: no id in the answer` };
    return { httpStatus: res.status, remoteId: String(id).slice(0, 120), error: null };
  } catch (e) {
    return { httpStatus: null, remoteId: null, error: `${ERROR_CODES.REGISTRY_UNREACHABLE}: ${(e as Error).message}`.slice(0, 500) };
  }
}

/**
 * Pushes new certificates to the registry (REGISTRY_URL), as the webhook worker delivers
 * its outbox: processes share the work through the database (a conditional UPDATE of
 * `lease` claims a row), failures are retried with backoff up to maxAttempts, and the id
 * the registry answers is kept.
 */
export class RegistryWorker {
  /** The poll loop, shared with the other background jobs: stop() waits for the push under way. */
  private readonly task: PeriodicTask;

  constructor(private readonly orm: MikroORM, private readonly config: RegistryConfig) {
    this.task = new PeriodicTask('registry worker', config.pollMs, (stopping) => this.tick(new Date(), stopping));
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** Whether certificates issued while the sync was off have been queued (once per process). */
  private caughtUp = false;

  /** Pushes the due deliveries one by one; returns how many were attempted. */
  async tick(now = new Date(), stopping: () => boolean = () => false): Promise<number> {
    if (!this.caughtUp) {
      await writeTransaction(this.orm.em.fork(), (tem) => queueForRegistry(tem));
      this.caughtUp = true;
    }
    const due = await this.orm.em.fork().find(RegistryDelivery, { status: 'PENDING', nextAttemptAt: { $lte: now } }, {
      orderBy: { nextAttemptAt: 'asc', id: 'asc' }, limit: 20, connectionType: 'write', disableIdentityMap: true,
    });
    let attempted = 0;
    for (const d of due) {
      if (stopping()) break;
      const lease = d.lease + 1;
      const claimed = await writeTransaction(this.orm.em.fork(), (tem) => tem.nativeUpdate(
        RegistryDelivery, { id: d.id, lease: d.lease, status: 'PENDING' }, { lease, nextAttemptAt: new Date(now.getTime() + this.config.timeoutMs + 30_000) },
      ));
      if (claimed !== 1) continue;
      attempted++;
      const cert = await this.orm.em.fork().findOneOrFail(Certificate, d.certificate.id, { populate: ['person', 'cohort', 'cohort.program', 'academy'] });
      const answer = await push(this.config, registryBody(cert), `lintas-certificate-${cert.code}`);
      const number = d.attemptCount + 1;
      const succeeded = answer.error === null;
      const failed = !succeeded && number >= this.config.maxAttempts;
      const finished = new Date();
      await writeTransaction(this.orm.em.fork(), (tem) => tem.nativeUpdate(RegistryDelivery, { id: d.id, lease }, {
        status: succeeded ? 'SUCCEEDED' : failed ? 'FAILED' : 'PENDING',
        attemptCount: number, lastHttpStatus: answer.httpStatus, lastError: answer.error, remoteId: answer.remoteId,
        deliveredAt: succeeded ? finished : null,
        nextAttemptAt: succeeded || failed ? null : new Date(finished.getTime() + registryBackoff(this.config, number)),
        updatedAt: finished,
      }));
    }
    return attempted;
  }
}
