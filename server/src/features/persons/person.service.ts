import type { SqlEntityManager } from '@mikro-orm/knex';
import { ERROR_CODES, type ErrorCode } from '@lintas/shared';
import { executeBound } from '../../db/bound-sql.js';
import { isPostgres } from '../../db/dialect.js';
import { writeTransaction } from '../../db/write-queue.js';
import { Agency } from '../academies/agency.entity.js';
import { checkPerson, type PersonValues, type RawPerson } from './person.rules.js';
import { anyoneListens, emitEvents } from '../webhooks/webhook.outbox.js';
import { personsEvent } from '../webhooks/webhook.events.js';

/** Agency codes looked up per query. */
const CHUNK = 400;
/**
 * Rows looked up or written per statement. Each statement binds a few values whatever
 * its size (one JSON text on SQLite, one array per column on PostgreSQL), so no variable
 * limit applies; 10,000 rows keep one statement's text around 1 MB.
 */
const BULK = 10_000;

export interface RosterRowError {
  /** Position of the row: its index in a CSV (the resolver turns it into the line), from 1 in an input list. */
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
 * then written in chunks of `INSERT … SELECT … ON CONFLICT (nip) DO UPDATE`, all
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
  const existing = new Map<string, number | null>();
  for (let i = 0; i < checked.length; i += BULK) {
    for (const r of await rosterOwners(em, checked.slice(i, i + BULK).map((c) => c.value.nip))) {
      existing.set(r.nip, r.academy_id === null ? null : Number(r.academy_id));
    }
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
    for (let i = 0; i < good.length; i += BULK) {
      const chunk = good.slice(i, i + BULK).map((g) => g.value);
      const written = await upsertPersons(tem, chunk, agencies, now, listening);
      if (listening) await emitRosterChunk(tem, written, existing, academyOfAgency);
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

/** The columns an import writes, in the order of a row's values below (then `created_at`, `updated_at`). */
const COLUMNS = ['nip', 'name', 'employment_type', 'position_type', 'eselon', 'eselon_group', 'job_title', 'agency_id', 'birth_date', 'gender', 'generation'] as const;
/** PostgreSQL type of each column's array. */
const PG_TYPES = ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'int', 'date', 'text', 'text'] as const;
/** What a re-import replaces: everything but the NIP and when the person was created. */
const MERGE = [...COLUMNS.slice(1), 'updated_at'].map((c) => `${c} = excluded.${c}`).join(', ');
const INSERT_INTO = `insert into person (${COLUMNS.join(', ')}, created_at, updated_at)`;
/**
 * The upsert of a chunk. SQLite reads the rows from one bound JSON array of arrays
 * (`json_each`; the `where true` keeps the `on conflict` clause from being read as a
 * join's); PostgreSQL from one bound array per column (`unnest`). Rows keep their order,
 * so ids are handed out in input order.
 */
const UPSERT = {
  sqlite: `${INSERT_INTO} select ${COLUMNS.map((_, i) => `value ->> ${i}`).join(', ')}, ?, ? from json_each(?) where true on conflict (nip) do update set ${MERGE}`,
  postgresql: `${INSERT_INTO} select *, cast(? as timestamptz), cast(? as timestamptz) from unnest(${PG_TYPES.map((t) => `cast(? as ${t}[])`).join(', ')}) on conflict (nip) do update set ${MERGE}`,
};
const OWNERS = 'select p.nip, a.academy_id from person p join agency a on a.id = p.agency_id where p.nip';

/** The academy of each person on a roster among these NIPs (null for an agency without one). */
function rosterOwners(em: SqlEntityManager, nips: string[]): Promise<{ nip: string; academy_id: number | string | null }[]> {
  return isPostgres(em)
    ? executeBound(em, `${OWNERS} = any(cast(? as text[]))`, [nips])
    : executeBound(em, `${OWNERS} in (select value from json_each(?))`, [JSON.stringify(nips)]);
}

/** Upserts one chunk of checked rows in one statement; with `returning`, answers the rows written. */
function upsertPersons(
  tem: SqlEntityManager, chunk: PersonValues[], agencies: Map<string, number>, now: unknown, returning: boolean,
): Promise<WrittenPerson[]> {
  const suffix = returning ? ' returning id, nip, agency_id' : '';
  const row = (p: PersonValues) => [
    p.nip, p.name, p.employmentType, p.positionType, p.eselon, p.eselonGroup, p.jobTitle, agencies.get(p.agencyCode)!,
    p.birthDate, p.gender, p.generation,
  ];
  if (isPostgres(tem)) {
    const rows = chunk.map(row);
    return executeBound(tem, UPSERT.postgresql + suffix, [now, now, ...COLUMNS.map((_, c) => rows.map((r) => r[c]))]);
  }
  return executeBound(tem, UPSERT.sqlite + suffix, [now, now, JSON.stringify(chunk.map(row))]);
}

interface WrittenPerson {
  id: number | string;
  nip: string;
  agency_id: number | string;
}

/**
 * Webhook events of one written chunk, in its transaction: people new to the roster
 * as `person.imported`, people already on it as `person.changed`, per academy.
 */
async function emitRosterChunk(tem: SqlEntityManager, rows: WrittenPerson[], existedBefore: Map<string, unknown>, academyOfAgency: Map<number, number>): Promise<void> {
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
