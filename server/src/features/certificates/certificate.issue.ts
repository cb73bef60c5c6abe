import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { COMPLETED_STATUS } from '@lintas/shared';
import { isPostgres } from '../../db/dialect.js';
import { writeTransaction } from '../../db/write-queue.js';
import { registryConfig } from './registry.config.js';
import { newCertificateCode } from './certificate.code.js';
import type { CertificateModule } from './certificate.entity.js';

/**
 * The modules of a cohort and their JP (its scheduled sessions), the snapshot a certificate
 * keeps. One statement.
 */
async function moduleSnapshot(em: EntityManager, cohortId: number): Promise<CertificateModule[]> {
  const rows = await (em as SqlEntityManager).execute<{ code: string; title: string; jp: number | string | null }[]>(
    `select m.code, m.title, sum(s.jp) as jp from session s join training_module m on m.id = s.module_id
     where s.cohort_id = ? and s.status = 'SCHEDULED' group by m.id, m.code, m.title order by min(s.starts_at), m.code`, [cohortId], 'all');
  return rows.map((r) => ({ code: r.code, title: r.title, jp: Number(r.jp ?? 0) }));
}

/**
 * Issues a certificate to each enrolment just completed (`enrollmentIds`, numbered already),
 * inside the closing transaction: one INSERT … SELECT for all of them, each with its own
 * random code, the cohort's JP and module snapshot; and, when the registry sync is on, one
 * more for their outbox rows. Constant statements whatever the number of completers.
 */
export async function issueCertificates(em: EntityManager, cohortId: number, enrollmentIds: readonly number[]): Promise<void> {
  if (enrollmentIds.length === 0) return;
  const sqlEm = em as SqlEntityManager;
  const pg = isPostgres(em);
  const modules = await moduleSnapshot(em, cohortId);
  const jp = modules.reduce((sum, m) => sum + m.jp, 0);
  const now = em.getPlatform().processDateProperty(new Date());
  const pairs = JSON.stringify(enrollmentIds.map((id) => [id, newCertificateCode()]));
  const codes = pg
    ? `(select (x->>0)::int as eid, x->>1 as code from json_array_elements(cast(? as json)) x)`
    : `(select cast(json_extract(value, '$[0]') as integer) as eid, json_extract(value, '$[1]') as code from json_each(?))`;
  await sqlEm.execute(
    `insert into certificate (created_at, updated_at, academy_id, cohort_id, enrollment_id, person_id, number, code, jp, modules, issued_at)
     select ?, ?, c.academy_id, e.cohort_id, e.id, e.person_id, e.certificate_number, k.code, ?, ${pg ? 'cast(? as jsonb)' : '?'}, ?
     from ${codes} k
     join enrollment e on e.id = k.eid
     join cohort c on c.id = e.cohort_id
     where e.certificate_number is not null and not exists (select 1 from certificate x where x.enrollment_id = e.id)`,
    [now, now, jp, JSON.stringify(modules), now, pairs], 'run');
  if (registryConfig().url) await queueForRegistry(em, cohortId);
}

/**
 * Puts certificates into the registry outbox, once each: those of a cohort just closed, or,
 * with no cohort, every valid certificate not queued yet — what was issued while the sync
 * was off, queued when it is turned on. One INSERT … SELECT; returns how many were queued.
 */
export async function queueForRegistry(em: EntityManager, cohortId: number | null = null): Promise<number> {
  const now = em.getPlatform().processDateProperty(new Date());
  const res = await (em as SqlEntityManager).execute(
    `insert into registry_delivery (certificate_id, status, attempt_count, lease, next_attempt_at, created_at, updated_at)
     select x.id, 'PENDING', 0, 0, ?, ?, ? from certificate x
     where ${cohortId === null ? 'x.revoked_at is null' : 'x.cohort_id = ?'} and not exists (select 1 from registry_delivery r where r.certificate_id = x.id)`,
    [now, now, now, ...(cohortId === null ? [] : [cohortId])], 'run');
  return Number((res as { affectedRows?: number }).affectedRows ?? 0);
}

/**
 * Issues the certificates closing would have issued, for enrolments completed before
 * certificates existed (or whose close was interrupted): per closed cohort, the completers
 * with a certificate number and no certificate, in one transaction each. Idempotent.
 * Returns how many certificates were issued.
 */
export async function backfillCertificates(em: EntityManager): Promise<number> {
  const rows = await (em as SqlEntityManager).execute<{ cohort_id: number; id: number }[]>(
    `select e.cohort_id, e.id from enrollment e join cohort c on c.id = e.cohort_id
     where c.status = 'CLOSED' and e.status = ? and e.certificate_number is not null
       and not exists (select 1 from certificate x where x.enrollment_id = e.id)
     order by e.cohort_id, e.id`, [COMPLETED_STATUS], 'all');
  const byCohort = new Map<number, number[]>();
  for (const r of rows) byCohort.set(Number(r.cohort_id), [...(byCohort.get(Number(r.cohort_id)) ?? []), Number(r.id)]);
  for (const [cohortId, ids] of byCohort) await writeTransaction(em.fork(), (tem) => issueCertificates(tem, cohortId, ids));
  return rows.length;
}
