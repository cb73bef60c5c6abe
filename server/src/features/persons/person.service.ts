import type { SqlEntityManager } from '@mikro-orm/knex';
import { ERROR_CODES, type ErrorCode } from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { Agency } from '../academies/agency.entity.js';
import { checkPerson, type PersonValues, type RawPerson } from './person.rules.js';
import { anyoneListens, emitEvents } from '../webhooks/webhook.outbox.js';
import { personsEvent } from '../webhooks/webhook.events.js';

/** Rows written per statement: well under SQLite's variable limit, large enough to be fast. */
const CHUNK = 400;

export interface RosterRowError {
  /** Line in the CSV, or index in the input list. */
  row: number;
  field: keyof RawPerson | null;
  code: ErrorCode;
  message: string;
}

export interface RosterResult {
  total: number;
  valid: number;
  created: number;
  updated: number;
  errors: RosterRowError[];
  /** NIPs written, in input order (for callers that return the people). */
  nips: string[];
}

/**
 * Upserts roster rows by NIP without loading them as entities: rows are checked,
 * then written in chunks of multi-row `INSERT … ON CONFLICT (nip) DO UPDATE`, all
 * in one transaction. Bad rows are reported and never written; on `dryRun` nothing is.
 */
export async function upsertRoster(
  em: SqlEntityManager,
  rows: { row: number; person: RawPerson; wrongWidth?: boolean }[],
  dryRun: boolean,
  /** The caller's academy, or null for an admin who may write to any. */
  academyId: number | null = null,
): Promise<RosterResult> {
  const errors: RosterRowError[] = [];
  const checked: { row: number; value: PersonValues }[] = [];
  const seen = new Set<string>();
  for (const { row, person, wrongWidth } of rows) {
    if (wrongWidth) {
      errors.push({ row, field: null, code: ERROR_CODES.CSV_MALFORMED, message: 'the row has another number of cells than the header' });
      continue;
    }
    const result = checkPerson(person);
    if (!result.ok) {
      for (const e of result.errors) errors.push({ row, ...e });
      continue;
    }
    if (seen.has(result.value.nip)) {
      errors.push({ row, field: 'nip', code: ERROR_CODES.NIP_DUPLICATE, message: 'this NIP appears on an earlier row of the same import' });
      continue;
    }
    seen.add(result.value.nip);
    checked.push({ row, value: result.value });
  }

  // Agencies the caller may write to: an academy's own, or any for admins (academyId null).
  const codes = [...new Set(checked.map((c) => c.value.agencyCode))];
  const agencies = new Map<string, number>();
  const academyOfAgency = new Map<number, number>();
  for (let i = 0; i < codes.length; i += CHUNK) {
    const where = { code: { $in: codes.slice(i, i + CHUNK) }, ...(academyId === null ? {} : { academy: academyId }) };
    for (const a of await em.find(Agency, where)) {
      agencies.set(a.code, a.id);
      if (a.academy) academyOfAgency.set(a.id, a.academy.id);
    }
  }
  // People already on a roster: updated when they are the caller's, refused when another academy's.
  const knex = em.getKnex();
  const existing = new Map<string, number | null>();
  for (let i = 0; i < checked.length; i += CHUNK) {
    const rowsFound: { nip: string; academy_id: number | null }[] = await em.execute(
      knex('person as p').join('agency as a', 'a.id', 'p.agency_id').select('p.nip', 'a.academy_id')
        .whereIn('p.nip', checked.slice(i, i + CHUNK).map((c) => c.value.nip)),
    );
    for (const r of rowsFound) existing.set(r.nip, r.academy_id === null ? null : Number(r.academy_id));
  }
  const good = checked.filter(({ row, value }) => {
    if (!agencies.has(value.agencyCode)) {
      errors.push({ row, field: 'agencyCode', code: ERROR_CODES.AGENCY_UNKNOWN, message: 'no agency you may write to has this agency code' });
      return false;
    }
    if (academyId !== null && existing.has(value.nip) && existing.get(value.nip) !== academyId) {
      errors.push({ row, field: 'nip', code: ERROR_CODES.OTHER_ROSTER, message: "this NIP is on another academy's roster" });
      return false;
    }
    return true;
  });
  errors.sort((a, b) => a.row - b.row);
  const created = good.filter((g) => !existing.has(g.value.nip)).length;

  const now = em.getPlatform().processDateProperty(new Date());
  const write = async (tem: SqlEntityManager) => {
    const academies = [...new Set(good.map((g) => academyOfAgency.get(agencies.get(g.value.agencyCode)!)))].filter((a): a is number => a !== undefined);
    const listening = await anyoneListens(tem, academies, ['person.imported', 'person.changed']);
    for (let i = 0; i < good.length; i += CHUNK) {
      const chunk = good.slice(i, i + CHUNK).map((g) => g.value);
      await tem.execute(
        knex('person')
          .insert(chunk.map((p) => ({
            nip: p.nip, name: p.name, employment_type: p.employmentType, position_type: p.positionType,
            eselon: p.eselon, eselon_group: p.eselonGroup, job_title: p.jobTitle, agency_id: agencies.get(p.agencyCode),
            birth_date: p.birthDate, gender: p.gender, generation: p.generation, created_at: now, updated_at: now,
          })))
          .onConflict('nip')
          .merge(['name', 'employment_type', 'position_type', 'eselon', 'eselon_group', 'job_title', 'agency_id',
            'birth_date', 'gender', 'generation', 'updated_at']),
      );
      if (listening) await emitRosterChunk(tem, chunk.map((p) => p.nip), existing, academyOfAgency);
    }
  };
  if (good.length > 0 && !dryRun) await writeTransaction(em, (tem) => write(tem as SqlEntityManager));
  return {
    total: rows.length,
    valid: good.length,
    created,
    updated: good.length - created,
    errors,
    nips: good.map((g) => g.value.nip),
  };
}


/**
 * Webhook events of one written chunk, in its transaction: people new to the roster
 * as `person.imported`, people already on it as `person.changed`, per academy.
 */
async function emitRosterChunk(tem: SqlEntityManager, nips: string[], existedBefore: Map<string, unknown>, academyOfAgency: Map<number, number>): Promise<void> {
  const rows: { id: number; nip: string; agency_id: number }[] = await tem.execute(tem.getKnex()('person').select('id', 'nip', 'agency_id').whereIn('nip', nips));
  const groups = new Map<number, { imported: number[]; changed: number[] }>();
  for (const r of rows) {
    const academy = academyOfAgency.get(Number(r.agency_id));
    if (academy === undefined) continue;
    const group = groups.get(academy) ?? { imported: [], changed: [] };
    (existedBefore.has(r.nip) ? group.changed : group.imported).push(Number(r.id));
    groups.set(academy, group);
  }
  for (const [academy, { imported, changed }] of groups) {
    await emitEvents(tem, academy, [
      ...(imported.length ? [personsEvent('person.imported', imported)] : []),
      ...(changed.length ? [personsEvent('person.changed', changed)] : []),
    ]);
  }
}
