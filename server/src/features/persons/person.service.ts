import type { SqlEntityManager } from '@mikro-orm/knex';
import { ERROR_CODES, type ErrorCode } from '@lintas/shared';
import { writeTransaction } from '../../db/write-queue.js';
import { Agency } from '../academies/agency.entity.js';
import { checkPerson, type PersonValues, type RawPerson } from './person.rules.js';

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

  const codes = [...new Set(checked.map((c) => c.value.agencyCode))];
  const agencies = new Map<string, number>();
  for (let i = 0; i < codes.length; i += CHUNK) {
    const found = await em.find(Agency, { code: { $in: codes.slice(i, i + CHUNK) } }, { fields: ['id', 'code'] });
    for (const a of found) agencies.set(a.code, a.id);
  }
  const good = checked.filter(({ row, value }) => {
    if (agencies.has(value.agencyCode)) return true;
    errors.push({ row, field: 'agencyCode', code: ERROR_CODES.AGENCY_UNKNOWN, message: 'no agency has this agency code' });
    return false;
  });
  errors.sort((a, b) => a.row - b.row);

  const knex = em.getKnex();
  const platform = em.getPlatform();
  const now = platform.processDateProperty(new Date());
  let created = 0;
  const write = async (tem: SqlEntityManager) => {
    for (let i = 0; i < good.length; i += CHUNK) {
      const chunk = good.slice(i, i + CHUNK).map((g) => g.value);
      const existing: { nip: string }[] = await tem.execute(
        knex('person').select('nip').whereIn('nip', chunk.map((p) => p.nip)),
      );
      created += chunk.length - existing.length;
      if (dryRun) continue;
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
    }
  };
  if (good.length > 0) await (dryRun ? write(em) : writeTransaction(em, (tem) => write(tem as SqlEntityManager)));
  return {
    total: rows.length,
    valid: good.length,
    created,
    updated: good.length - created,
    errors,
    nips: good.map((g) => g.value.nip),
  };
}

