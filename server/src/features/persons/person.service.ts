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
 * Rows looked up or written per statement (a CSV import's batch). Each statement binds
 * a few values whatever its size (the rows as one JSON text, the NIPs looked up as one
 * JSON text or array), so no variable limit applies; 10,000 rows make about 1.5 MB.
 */
export const ROSTER_BATCH = 10_000;

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
  /** Agency codes of rows refused as agency/unknown, sorted, once each. */
  unknownAgencyCodes: string[];
}

/** A row to check and write: its position, what was submitted, and (CSV) whether it had the header's width. */
export interface RosterInputRow {
  row: number;
  person: RawPerson;
  wrongWidth?: boolean;
}

/**
 * Upserts roster rows by NIP without loading them as entities, in one transaction:
 * each batch (at most ROSTER_BATCH rows) is checked and written with one `INSERT …
 * SELECT … ON CONFLICT (nip) DO UPDATE`. Bad rows are reported and never written; on
 * `dryRun` nothing is. An error from the batches (a CSV file that stops being CSV)
 * rolls back whatever was written and is thrown.
 *
 * The database writes one batch while the next is read and checked: node-sqlite3 runs
 * a statement on a pool thread and PostgreSQL in its own process, so parsing and checks
 * cost little time of their own. Statements still run one after another, in input order.
 */
export async function upsertRoster(
  em: SqlEntityManager,
  batches: AsyncIterable<RosterInputRow[]> | Iterable<RosterInputRow[]>,
  dryRun: boolean,
  /** The caller's academy, or null for an admin who may write to any. */
  academyId: number | null = null,
  /**
   * Runs in the transaction after the last chunk is written, so what it writes (an
   * import's outcome) commits with the rows or not at all. Not called when nothing is
   * written (a dry run, no good row).
   */
  beforeCommit?: (tem: SqlEntityManager, result: RosterResult) => Promise<void>,
): Promise<RosterResult> {
  const batch = new RosterBatch(academyId, em.getPlatform().processDateProperty(new Date()));
  const iterator = (async function* () {
    yield* batches;
  })();
  let total = 0;
  /** The next batch, checked on its own (no database); null after the last. */
  const nextChecked = async () => {
    const next = await iterator.next();
    if (next.done) return null;
    total += next.value.length;
    return batch.check(next.value);
  };
  try {
    // Until a batch has rows to write nothing needs the transaction (a dry run never does).
    let first: Chunk | null = null;
    while (!first) {
      const checked = await nextChecked();
      if (!checked) break;
      const chunk = await batch.resolve(em, checked);
      if (chunk.good.length > 0 && !dryRun) first = chunk;
    }
    if (first) {
      const pending = first;
      await writeTransaction(em, async (t) => {
        const tem = t as SqlEntityManager;
        for (let chunk: Chunk | null = pending; chunk; ) {
          const writing = batch.write(tem, chunk);
          // Awaited below; a failure must not count as unhandled meanwhile.
          writing.catch(() => undefined);
          const checked = await nextChecked();
          await writing;
          chunk = checked && (await batch.resolve(tem, checked));
        }
        await beforeCommit?.(tem, batch.result(total));
      });
    }
  } finally {
    // After a failed write, the rest of the file is not read.
    await iterator.return(undefined);
  }
  return batch.result(total);
}

/** Checked rows of one chunk, ready to write: who of them was on a roster before, and their academies. */
interface Chunk {
  good: PersonValues[];
  existed: Map<string, number | null>;
  academies: Set<number>;
}

/** What one roster upsert learns and counts as it goes through its chunks. */
class RosterBatch {
  readonly errors: RosterRowError[] = [];
  /** NIPs of the rows checked so far: a later row with one is a duplicate. */
  private readonly seen = new Set<string>();
  /** Agency codes looked up: the agency's id, or null when the caller may not write to one with that code. */
  private readonly agencies = new Map<string, number | null>();
  private readonly academyOfAgency = new Map<number, number>();
  /** Codes of archived agencies the caller may write to: their rows are refused as object/archived. */
  private readonly archivedAgencies = new Set<string>();
  private readonly unknownCodes = new Set<string>();
  /** Whether anyone of an academy listens for roster webhooks. */
  private readonly listens = new Map<number, boolean>();
  private readonly nips: string[] = [];
  private created = 0;

  constructor(
    private readonly academyId: number | null,
    private readonly now: unknown,
  ) {}

  /** Checks each row on its own and against the rows before it (no database). */
  check(rows: RosterInputRow[]): { row: number; value: PersonValues }[] {
    const checked: { row: number; value: PersonValues }[] = [];
    for (const { row, person, wrongWidth } of rows) {
      if (wrongWidth) {
        this.errors.push({ row, field: null, code: ERROR_CODES.CSV_MALFORMED, message: 'the row has another number of cells than the header' });
        continue;
      }
      const result = checkPerson(person);
      if (!result.ok) {
        for (const e of result.errors) this.errors.push({ row, ...e });
        continue;
      }
      if (this.seen.has(result.value.nip)) {
        this.errors.push({ row, field: 'nip', code: ERROR_CODES.NIP_DUPLICATE, message: 'this NIP appears on an earlier row of the same import' });
        continue;
      }
      this.seen.add(result.value.nip);
      checked.push({ row, value: result.value });
    }
    return checked;
  }

  /** Checks rows against the database: an agency the caller may write to, and no other academy's person. */
  async resolve(em: SqlEntityManager, checked: { row: number; value: PersonValues }[]): Promise<Chunk> {
    // Agencies the caller may write to: an academy's own, or any for admins (academyId null).
    const codes = [...new Set(checked.map((c) => c.value.agencyCode))].filter((c) => !this.agencies.has(c));
    for (let i = 0; i < codes.length; i += CHUNK) {
      const some = codes.slice(i, i + CHUNK);
      for (const code of some) this.agencies.set(code, null);
      for (const a of await em.find(Agency, { code: { $in: some }, ...(this.academyId === null ? {} : { academy: this.academyId }) })) {
        this.agencies.set(a.code, a.id);
        if (a.archivedAt) this.archivedAgencies.add(a.code);
        if (a.academy) this.academyOfAgency.set(a.id, a.academy.id);
      }
    }
    // People already on a roster: updated when they are the caller's, refused when another academy's.
    const existed = new Map<string, number | null>();
    // Archived people are restored before an import changes them.
    const archived = new Set<string>();
    if (checked.length > 0) {
      for (const r of await rosterOwners(em, checked.map((c) => c.value.nip))) {
        existed.set(r.nip, r.academy_id === null ? null : Number(r.academy_id));
        if (r.archived_at !== null) archived.add(r.nip);
      }
    }
    const good: PersonValues[] = [];
    const academies = new Set<number>();
    for (const { row, value } of checked) {
      const agency = this.agencies.get(value.agencyCode);
      if (agency == null) {
        this.unknownCodes.add(value.agencyCode);
        this.errors.push({ row, field: 'agencyCode', code: ERROR_CODES.AGENCY_UNKNOWN, message: 'no agency you may write to has this agency code' });
      } else if (this.archivedAgencies.has(value.agencyCode)) {
        this.errors.push({ row, field: 'agencyCode', code: ERROR_CODES.ARCHIVED, message: 'the agency is archived; restore it first' });
      } else if (this.academyId !== null && existed.has(value.nip) && existed.get(value.nip) !== this.academyId) {
        this.errors.push({ row, field: 'nip', code: ERROR_CODES.OTHER_ROSTER, message: "this NIP is on another academy's roster" });
      } else if (archived.has(value.nip)) {
        this.errors.push({ row, field: 'nip', code: ERROR_CODES.ARCHIVED, message: 'this person is archived; restore them first' });
      } else {
        good.push(value);
        this.nips.push(value.nip);
        if (!existed.has(value.nip)) this.created++;
        const academy = this.academyOfAgency.get(agency);
        if (academy !== undefined) academies.add(academy);
      }
    }
    return { good, existed, academies };
  }

  /** Writes a chunk in the transaction, with its webhook events. */
  async write(tem: SqlEntityManager, { good, existed, academies }: Chunk): Promise<void> {
    if (good.length === 0) return;
    // Asked once for the academies not asked about before; a yes for any of them stands for all of them (events
    // are only written for subscriptions that exist, so a yes too many costs a RETURNING and a lookup, no more).
    const unasked = [...academies].filter((a) => !this.listens.has(a));
    if (unasked.length > 0) {
      const answer = await anyoneListens(tem, unasked, ['person.imported', 'person.changed']);
      for (const a of unasked) this.listens.set(a, answer);
    }
    const listening = [...academies].some((a) => this.listens.get(a));
    const written = await upsertPersons(tem, good, this.agencies, this.now, listening);
    if (listening) await emitRosterChunk(tem, written, existed, this.academyOfAgency);
  }

  result(total: number): RosterResult {
    this.errors.sort((a, b) => a.row - b.row);
    return {
      total, valid: this.nips.length, created: this.created, updated: this.nips.length - this.created, errors: this.errors, nips: this.nips,
      unknownAgencyCodes: [...this.unknownCodes].sort(),
    };
  }
}

/** The columns an import writes, in the order of a row's values below (then `created_at`, `updated_at`). */
const COLUMNS = ['nip', 'name', 'employment_type', 'position_type', 'eselon', 'eselon_group', 'job_title', 'agency_id', 'birth_date', 'gender', 'generation', 'position_class'] as const;
/** PostgreSQL type of each column. */
const PG_TYPES = ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'int', 'date', 'text', 'text', 'text'] as const;
/** What a re-import replaces: everything but the NIP and when the person was created. */
const MERGE = [...[...COLUMNS.slice(1), 'updated_at'].map((c) => `${c} = excluded.${c}`), 'version = person.version + 1'].join(', ');
const INSERT_INTO = `insert into person (${COLUMNS.join(', ')}, created_at, updated_at)`;
/**
 * The upsert of a chunk, whose rows are bound as one JSON array of arrays: SQLite
 * reads it with `json_each` (the `where true` keeps the `on conflict` clause from being
 * read as a join's), PostgreSQL with `jsonb_array_elements`. JSON.stringify is native;
 * node-postgres would escape an array of 10,000 values one by one in JavaScript, between
 * two statements. Rows keep their order, so ids are handed out in input order.
 */
const UPSERT = {
  sqlite: `${INSERT_INTO} select ${COLUMNS.map((_, i) => `value ->> ${i}`).join(', ')}, ?, ? from json_each(?) where true on conflict (nip) do update set ${MERGE}`,
  postgresql: `${INSERT_INTO} select ${PG_TYPES.map((t, i) => `cast(r ->> ${i} as ${t})`).join(', ')}, cast(? as timestamptz), cast(? as timestamptz) from jsonb_array_elements(cast(? as jsonb)) r on conflict (nip) do update set ${MERGE}`,
};
const OWNERS = 'select p.nip, a.academy_id, p.archived_at from person p join agency a on a.id = p.agency_id where p.nip';

/** The academy of each person on a roster among these NIPs (null for an agency without one). */
function rosterOwners(em: SqlEntityManager, nips: string[]): Promise<{ nip: string; academy_id: number | string | null; archived_at: unknown }[]> {
  return isPostgres(em)
    ? executeBound(em, `${OWNERS} = any(cast(? as text[]))`, [nips])
    : executeBound(em, `${OWNERS} in (select value from json_each(?))`, [JSON.stringify(nips)]);
}

/** Upserts one chunk of checked rows in one statement; with `returning`, answers the rows written. */
function upsertPersons(
  tem: SqlEntityManager, chunk: PersonValues[], agencies: Map<string, number | null>, now: unknown, returning: boolean,
): Promise<WrittenPerson[]> {
  const suffix = returning ? ' returning id, nip, agency_id' : '';
  const row = (p: PersonValues) => [
    p.nip, p.name, p.employmentType, p.positionType, p.eselon, p.eselonGroup, p.jobTitle, agencies.get(p.agencyCode)!,
    p.birthDate, p.gender, p.generation, p.positionClass,
  ];
  return executeBound(tem, (isPostgres(tem) ? UPSERT.postgresql : UPSERT.sqlite) + suffix, [now, now, JSON.stringify(chunk.map(row))]);
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
