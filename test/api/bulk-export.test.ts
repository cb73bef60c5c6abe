import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { DEMO, startServer, type Client, type RunningServer } from '../support/server.js';
import { adminClient, tokenClient } from '../support/auth.js';

/**
 * Bulk export end to end over HTTP: start → poll → download → parse, compared with what
 * the GraphQL queries show the same caller; tenancy and rights; signed links that expire;
 * a crash and a restart of the server process; two processes sharing the work.
 */
const files = mkdtempSync(join(tmpdir(), 'lintas-bulk-files-'));
const ENV = {
  LINTAS_DATA_DIR: files,
  LINTAS_EXPORT_BATCH_SIZE: '200',
  LINTAS_EXPORT_BATCH_PAUSE_MS: '30',
  LINTAS_EXPORT_POLL_MS: '200',
  LINTAS_EXPORT_LEASE_SECONDS: '3',
  LINTAS_EXPORT_URL_TTL_SECONDS: '4',
};
let server: RunningServer;
let org: Client;
let sulsel: Client;

const START = `mutation($k: BulkExportKind!, $f: BulkExportFormat, $filter: BulkExportFilter) {
  startBulkExport(kind: $k, format: $f, filter: $filter) { bulkOperation { id status kind format } errors { field code } } }`;
const OP = 'query($id: ID!) { bulkOperation(id: $id) { id status kind format rowsWritten totalRows progress errorCode url urlExpiresAt expiresAt } }';

async function start(c: Client, kind: string, format: 'JSONL' | 'CSV' = 'JSONL', filter: Record<string, unknown> | null = null): Promise<string> {
  const res = await c.gql(START, { k: kind, f: format, filter });
  expect(res.errors).toBeUndefined();
  expect(res.data.startBulkExport.errors).toEqual([]);
  expect(res.data.startBulkExport.bulkOperation).toMatchObject({ status: 'QUEUED', kind, format });
  return res.data.startBulkExport.bulkOperation.id;
}

async function poll(c: Client, id: string, until: (op: any) => boolean = (op) => ['COMPLETED', 'FAILED'].includes(op.status), ms = 60_000): Promise<any> {
  const deadline = Date.now() + ms;
  for (;;) {
    const op = (await c.gql(OP, { id })).data?.bulkOperation;
    if (op && until(op)) return op;
    if (Date.now() > deadline) throw new Error(`bulk operation did not get there: ${JSON.stringify(op)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function finished(c: Client, id: string): Promise<any> {
  const op = await poll(c, id);
  expect(op).toMatchObject({ status: 'COMPLETED', errorCode: null, progress: 1 });
  expect(op.rowsWritten).toBe(op.totalRows);
  return op;
}

/** Downloads through the signed link only (no cookie, no token) and parses the file. */
async function rows(op: any): Promise<Record<string, any>[]> {
  const res = await fetch(op.url);
  expect(res.status).toBe(200);
  const text = await res.text();
  if (op.format === 'CSV') {
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    return parse(text, { columns: true, skip_empty_lines: true }) as Record<string, any>[];
  }
  expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

/** Every node of a connection, page by page. */
async function all(c: Client, query: string, pick: (data: any) => any, variables: Record<string, unknown> = {}): Promise<any[]> {
  const out: any[] = [];
  let after: string | null = null;
  for (;;) {
    const res = await c.gql(query, { ...variables, after });
    expect(res.errors).toBeUndefined();
    const conn = pick(res.data);
    out.push(...conn.nodes);
    if (!conn.pageInfo.hasNextPage) return out;
    after = conn.pageInfo.endCursor;
  }
}

const PERSONS = `query($after: String, $filter: PersonFilter) { persons(first: 100, after: $after, filter: $filter) {
  pageInfo { hasNextPage endCursor } nodes { id nip name employmentType positionType eselon eselonGroup generation jobTitle birthDate gender agency { id code } } } }`;
const asExported = (p: any) => ({
  id: p.id, nip: p.nip, name: p.name, employmentType: p.employmentType, positionType: p.positionType, eselon: p.eselon, eselonGroup: p.eselonGroup,
  generation: p.generation, jobTitle: p.jobTitle, agencyId: p.agency.id, agencyCode: p.agency.code, birthDate: p.birthDate, gender: p.gender,
});
/** CSV has no null: an empty cell stands for it. */
const csvOf = (r: Record<string, any>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)]));
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

beforeAll(async () => {
  server = await startServer({ seed: 'demo', env: ENV });
  org = await server.signIn(...DEMO.organizerBabel);
  sulsel = await server.signIn(...DEMO.organizerSulsel);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(files, { recursive: true, force: true });
});

describe('the roster in bulk', () => {
  it('JSON Lines: the same people and fields as `persons` shows the organizer', async () => {
    const filter = { eselonGroups: ['II'] };
    const op = await finished(org, await start(org, 'PERSONS', 'JSONL', filter));
    const exported = await rows(op);
    const listed = await all(org, PERSONS, (d) => d.persons, { filter });
    expect(listed.length).toBeGreaterThan(5);
    expect(exported.sort(byId)).toEqual(listed.map(asExported).sort(byId));
    // Personal fields are visible to the person's own academy.
    expect(exported.every((r) => /^\d{18}$/.test(r.nip) && r.birthDate)).toBe(true);
  });

  it('CSV through a roster:write token: NIP masked and birth date withheld exactly as the query shows that token', async () => {
    const token = await tokenClient(server, org, ['roster:write']);
    const filter = { eselonGroups: ['I', 'II'] };
    const op = await finished(token, await start(token, 'PERSONS', 'CSV', filter));
    const exported = await rows(op);
    const listed = await all(token, PERSONS, (d) => d.persons, { filter });
    expect(exported.sort(byId)).toEqual(listed.map(asExported).map(csvOf).sort(byId));
    expect(exported.every((r) => !/^\d{18}$/.test(r.nip) && r.birthDate === '' && r.gender === '')).toBe(true);
  });

  it('writes the whole roster in keyset pages: as many rows as `persons` counts, each person once', async () => {
    const total = (await org.gql('{ persons(first: 1) { totalCount } }')).data.persons.totalCount;
    const op = await finished(org, await start(org, 'PERSONS'));
    const exported = await rows(op);
    expect(op.totalRows).toBe(total);
    expect(exported).toHaveLength(total);
    expect(new Set(exported.map((r) => r.id)).size).toBe(total);
  });
});

describe('tenancy and rights', () => {
  it("an organizer's export holds only their academy; another's operation is invisible to them", async () => {
    const babelIds = new Set((await all(org, PERSONS, (d) => d.persons, { filter: { eselonGroups: ['II'] } })).map((p) => p.id));
    const id = await start(sulsel, 'PERSONS');
    const op = await finished(sulsel, id);
    const exported = await rows(op);
    const total = (await sulsel.gql('{ persons(first: 1) { totalCount } }')).data.persons.totalCount;
    expect(exported).toHaveLength(total);
    expect(exported.filter((r) => babelIds.has(r.id))).toEqual([]);
    expect((await org.gql(OP, { id })).data.bulkOperation).toBeNull();
    const mine = (await org.gql('{ bulkOperations(first: 50) { totalCount nodes { id } } }')).data.bulkOperations;
    expect(mine.nodes.map((n: any) => n.id)).not.toContain(id);
    expect((await sulsel.gql('{ bulkOperations(first: 50) { nodes { id } } }')).data.bulkOperations.nodes.map((n: any) => n.id)).toContain(id);
  });

  it('takes the rights of the equivalent queries per kind', async () => {
    const attendance = await tokenClient(server, org, ['attendance:read']);
    const refused = await attendance.gql(START, { k: 'PERSONS' });
    expect(refused.errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
    expect((await attendance.gql(START, { k: 'TRAINING_HISTORY' })).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
    expect((await attendance.gql(START, { k: 'ATTENDANCE', filter: { from: '2026-01-01', to: '2026-01-31' } })).data.startBulkExport.errors).toEqual([]);
    const roster = await tokenClient(server, org, ['roster:read']);
    expect((await roster.gql(START, { k: 'ATTENDANCE' })).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
    expect((await server.client().gql(START, { k: 'PERSONS' })).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.UNAUTHENTICATED);
  });

  it("refuses a filter naming another academy's cohort, and a date that is not one", async () => {
    const babelCohort = (await org.gql('{ cohort(code: "DLA-2026-01") { id } }')).data.cohort.id;
    const res = await sulsel.gql(START, { k: 'ENROLLMENTS', filter: { cohortId: babelCohort, from: '2026-02-30' } });
    expect(res.data.startBulkExport).toEqual({ bulkOperation: null, errors: [{ field: 'filter.from', code: ERROR_CODES.INVALID_VALUE }, { field: 'filter.cohortId', code: ERROR_CODES.NOT_FOUND }] });
  });
});

describe('enrolments and attendance', () => {
  it("ENROLLMENTS as CSV: a cohort's enrolments as the cohort query shows them", async () => {
    const cohort = (await org.gql('{ cohort(code: "DLA-2026-01") { id } }')).data.cohort.id;
    const op = await finished(org, await start(org, 'ENROLLMENTS', 'CSV', { cohortId: cohort }));
    const exported = await rows(op);
    const listed = (await org.gql(`query($c: ID!) { node(id: $c) { ... on Cohort { code enrollments(first: 100) { nodes {
      id status waitlistPosition certificateNumber person { id nip name } } } } } }`, { c: cohort })).data.node;
    expect(exported.map((r) => ({ id: r.id, cohortId: r.cohortId, cohortCode: r.cohortCode, personId: r.personId, nip: r.nip, personName: r.personName, status: r.status, waitlistPosition: r.waitlistPosition, certificateNumber: r.certificateNumber })).sort(byId))
      .toEqual(listed.enrollments.nodes.map((e: any) => csvOf({
        id: e.id, cohortId: cohort, cohortCode: listed.code, personId: e.person.id, nip: e.person.nip, personName: e.person.name,
        status: e.status, waitlistPosition: e.waitlistPosition, certificateNumber: e.certificateNumber,
      })).sort(byId));
  });

  it("ATTENDANCE of a cohort: every record of its sessions, as `Session.attendances` shows them", async () => {
    const cohort = (await org.gql('{ cohort(code: "DLA-2026-01") { id } }')).data.cohort.id;
    const op = await finished(org, await start(org, 'ATTENDANCE', 'JSONL', { cohortId: cohort }));
    const exported = await rows(op);
    const res = await org.gql(`query($c: ID!) { node(id: $c) { ... on Cohort { sessions(first: 40) { pageInfo { hasNextPage } nodes { id startsAt
      attendances(first: 25) { totalCount nodes { id status recordedBy person { id nip } } } } } } } }`, { c: cohort });
    expect(res.errors).toBeUndefined();
    expect(res.data.node.sessions.pageInfo.hasNextPage).toBe(false);
    const sessions = res.data.node.sessions.nodes;
    for (const s of sessions) expect(s.attendances.nodes).toHaveLength(s.attendances.totalCount);
    const listed = sessions.flatMap((s: any) => s.attendances.nodes.map((a: any) => ({ id: a.id, sessionId: s.id, startsAt: s.startsAt, status: a.status, recordedBy: a.recordedBy, personId: a.person.id, nip: a.person.nip })));
    expect(listed.length).toBeGreaterThan(20);
    expect(exported.map((r) => ({ id: r.id, sessionId: r.sessionId, startsAt: r.startsAt, status: r.status, recordedBy: r.recordedBy, personId: r.personId, nip: r.nip })).sort(byId)).toEqual(listed.sort(byId));
  });

  it('ATTENDANCE of a year: only sessions starting in the period (read in WIB)', async () => {
    const op = await finished(org, await start(org, 'ATTENDANCE', 'CSV', { from: '2026-01-01', to: '2026-06-30' }));
    const exported = await rows(op);
    expect(exported.length).toBeGreaterThan(0);
    for (const r of exported) {
      expect(Date.parse(r.startsAt)).toBeGreaterThanOrEqual(Date.parse('2026-01-01T00:00:00+07:00'));
      expect(Date.parse(r.startsAt)).toBeLessThan(Date.parse('2026-07-01T00:00:00+07:00'));
    }
    const later = await rows(await finished(org, await start(org, 'ATTENDANCE', 'CSV', { from: '2026-07-01' })));
    expect(later.filter((r) => exported.some((e) => e.id === r.id))).toEqual([]);
  });
});

describe('training history in the registry shape', () => {
  const HISTORY = `query($nip: String!) { person(nip: $nip) { id nip name trainingHistory { enrollmentId courseName trainingKind siasnJenisDiklatId jp
    institution startDate endDate year certificateNumber cohortCode } } }`;

  it('gives a completed enrolment a stable certificate number and shows it as a course record, in bulk too', async () => {
    const program = (await org.gql('{ programs(first: 10) { nodes { id code name trainingKind modules(first: 1) { nodes { id } } } } }')).data.programs.nodes.find((p: any) => p.code === 'PKP');
    expect(program.trainingKind).toBe('STRUKTURAL');
    const d = '2027-08-02';
    const c = (await org.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } errors { code } } }', {
      i: { programId: program.id, code: 'PKP-UJI-RIWAYAT', name: 'PKP Angkatan Uji Riwayat', startDate: d, endDate: d, capacity: 10 },
    })).data.createCohort.cohort.id;
    const people = (await org.gql('{ persons(first: 3, filter: { eselonGroups: [IV] }) { nodes { id nip } } }')).data.persons.nodes;
    expect((await org.gql('mutation($c: ID!, $p: [ID!]!) { enroll(input: { cohortId: $c, personIds: $p }) { errors { code } } }', { c, p: people.map((p: any) => p.id) })).data.enroll.errors).toEqual([]);
    const s = (await org.gql('mutation($c: ID!, $ops: [ScheduleOperationInput!]!) { applySchedule(cohortId: $c, operations: $ops, force: true) { sessions { id jp } errors { code } } }', {
      c, ops: [{ moduleId: program.modules.nodes[0].id, startsAt: `${d}T01:00:00Z`, endsAt: `${d}T04:00:00Z` }],
    })).data.applySchedule.sessions[0];
    await org.gql('mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { errors { code } } }', {
      s: s.id, e: people.map((p: any, i: number) => ({ personId: p.id, status: i === 2 ? 'ABSENT' : 'PRESENT' })),
    });
    for (const status of ['OPEN', 'RUNNING', 'CLOSED']) await org.gql('mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { errors { code } } }', { i: { id: c, status } });

    const [a, b, absent] = await Promise.all(people.map(async (p: any) => (await org.gql(HISTORY, { nip: p.nip })).data.person));
    const rec = (x: any) => x.trainingHistory.find((t: any) => t.cohortCode === 'PKP-UJI-RIWAYAT');
    expect(rec(absent)).toBeUndefined();
    expect(rec(a)).toMatchObject({
      courseName: `${program.name}, PKP Angkatan Uji Riwayat`, trainingKind: 'STRUKTURAL', siasnJenisDiklatId: 1, jp: s.jp,
      institution: 'BKPSDMD Provinsi Kepulauan Bangka Belitung', startDate: d, endDate: d, year: 2027,
    });
    const numbers = [rec(a).certificateNumber, rec(b).certificateNumber];
    expect(numbers.every((n) => /^BKPSDMD-BABEL\/PKP\/2027\/\d+$/.test(n))).toBe(true);
    expect(new Set(numbers).size).toBe(2);
    // Stable: read again, the same numbers; the enrolment carries it too.
    expect(rec((await org.gql(HISTORY, { nip: a.nip })).data.person).certificateNumber).toBe(numbers[0]);

    // The bulk kind holds the same records, with the person's columns.
    const op = await finished(org, await start(org, 'TRAINING_HISTORY', 'JSONL', { cohortId: c }));
    const exported = await rows(op);
    expect(exported.sort((x, y) => x.enrollmentId.localeCompare(y.enrollmentId))).toEqual(
      [a, b].map((p) => ({
        personId: p.id, nip: p.nip, personName: p.name, ...rec(p),
        // The registry's own names: PKP is structural leadership training, a riwayat diklat; dates DD-MM-YYYY.
        registryRecord: 'diklat', namaKursus: null, jenisKursusId: null, tahunKursus: null, tanggalKursus: null, tanggalSelesaiKursus: null, nomorSertipikat: null,
        latihanStrukturalId: '6', nomor: rec(p).certificateNumber, tahun: 2027, tanggal: '02-08-2027', tanggalSelesai: '02-08-2027', jumlahJam: s.jp,
        institusiPenyelenggara: 'BKPSDMD Provinsi Kepulauan Bangka Belitung',
      })).sort((x, y) => x.enrollmentId.localeCompare(y.enrollmentId)),
    );
  });

  it("the seeded closed cohorts' completions have numbers too, one sequence per academy, program and year", async () => {
    const op = await finished(org, await start(org, 'TRAINING_HISTORY', 'CSV', { from: '2026-01-01', to: '2026-12-31' }));
    const exported = await rows(op);
    expect(exported.length).toBeGreaterThan(5);
    const dla = exported.filter((r) => r.cohortCode === 'DLA-2026-01').map((r) => r.certificateNumber).sort((x, y) => Number(x.split('/')[3]) - Number(y.split('/')[3]));
    expect(dla.length).toBeGreaterThan(0);
    expect(dla).toEqual(dla.map((_n, i) => `BKPSDMD-BABEL/DLA/2026/${i + 1}`));
    expect(new Set(exported.map((r) => r.certificateNumber)).size).toBe(exported.length);
    expect(exported.every((r) => r.trainingKind && Number(r.siasnJenisDiklatId) > 0 && Number(r.jp) > 0 && r.institution)).toBe(true);
  });
});

describe('download links', () => {
  it('refuse a tampered signature and expire; a fresh link is handed out on asking again', async () => {
    const op = await finished(org, await start(org, 'PERSONS', 'JSONL', { eselonGroups: ['I'] }));
    expect(Date.parse(op.urlExpiresAt)).toBeLessThanOrEqual(Date.now() + 5_000);
    const tampered = op.url.replace(/signature=([^&]+)/, (_m: string, s: string) => `signature=${s.slice(0, -2)}xx`);
    expect((await fetch(tampered)).status).toBe(403);
    const longer = op.url.replace(/expires=(\d+)/, (_m: string, e: string) => `expires=${Number(e) + 3600}`);
    expect((await fetch(longer)).status).toBe(403);
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(op.urlExpiresAt) - Date.now()) + 1_200));
    const gone = await fetch(op.url);
    expect(gone.status).toBe(410);
    expect((await gone.json()).error.code).toBe(ERROR_CODES.EXPORT_EXPIRED);
    const again = (await org.gql(OP, { id: op.id })).data.bulkOperation;
    expect(again.url).not.toBe(op.url);
    expect((await fetch(again.url)).status).toBe(200);
  });
});

describe('a restart of the server', () => {
  it('keeps a finished export downloadable and resumes one that was running when the process died', async () => {
    const done = await finished(org, await start(org, 'PERSONS', 'CSV', { eselonGroups: ['I', 'II'] }));
    const before = await rows(done);

    const total = (await org.gql('{ persons(first: 1) { totalCount } }')).data.persons.totalCount;
    const id = await start(org, 'PERSONS', 'JSONL');
    const midway = await poll(org, id, (op) => op.status === 'RUNNING' && op.rowsWritten > 0, 30_000);
    expect(midway.rowsWritten).toBeLessThan(total);
    await server.restart('SIGKILL');

    // State survived: the same rows (or more) are recorded, and it finishes in the new process.
    const after = (await org.gql(OP, { id })).data.bulkOperation;
    expect(['QUEUED', 'RUNNING', 'COMPLETED']).toContain(after.status);
    expect(after.rowsWritten).toBeGreaterThanOrEqual(midway.rowsWritten);
    const op = await finished(org, id);
    const exported = await rows(op);
    expect(exported).toHaveLength(total);
    expect(new Set(exported.map((r) => r.id)).size).toBe(total);

    // A graceful restart: the finished one is still there and still downloads.
    await server.restart('SIGTERM');
    const still = (await org.gql(OP, { id: done.id })).data.bulkOperation;
    expect(still.status).toBe('COMPLETED');
    expect(await rows(still)).toEqual(before);
  }, 240_000);

  it('hands a running export back on a graceful stop, and the next process finishes it', async () => {
    const total = (await org.gql('{ persons(first: 1) { totalCount } }')).data.persons.totalCount;
    const id = await start(org, 'PERSONS', 'CSV');
    await poll(org, id, (op) => op.status === 'RUNNING' && op.rowsWritten > 0, 30_000);
    await server.restart('SIGTERM');
    const exported = await rows(await finished(org, id));
    expect(exported).toHaveLength(total);
    expect(new Set(exported.map((r) => r.id)).size).toBe(total);
  }, 180_000);
});

describe('two server processes on one database', () => {
  // Several processes are the PostgreSQL set-up; SQLite is one process with one writer queue (DESIGN.md).
  it.runIf(process.env.LINTAS_TEST_DIALECT === 'postgresql')('run each export exactly once', async () => {
    const second = await startServer({ databaseUrl: server.databaseUrl, env: ENV });
    try {
      const ids = [];
      for (let i = 0; i < 6; i++) ids.push(await start(i % 2 ? org : sulsel, 'PERSONS', i % 3 ? 'JSONL' : 'CSV', { eselonGroups: ['I', 'II', 'III'] }));
      for (const [i, id] of ids.entries()) await finished(i % 2 ? org : sulsel, id);
      const admin = await adminClient(server);
      const events = (await admin.client.gql('{ auditEvents(first: 100) { nodes { action targetType targetId } } }')).data.auditEvents.nodes
        .filter((e: any) => e.action === 'bulk-export.completed');
      for (const id of ids) {
        const local = Buffer.from(id, 'base64url').toString().split(':')[1];
        expect(events.filter((e: any) => e.targetId === local)).toHaveLength(1);
      }
    } finally {
      await second.stop();
    }
  }, 180_000);
});
