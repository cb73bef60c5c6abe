import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lintas/shared';
import { tokenClient } from '../support/auth.js';
import { cohortWithSession, peopleByName, wibAt, wibDay } from '../support/communities.js';
import { newAcademy } from '../support/new-academy.js';
import { startServer, type Client, type RunningServer } from '../support/server.js';

/**
 * Every JP counted, over HTTP on an empty install: external learning records entered by an
 * organizer, imported from CSV (a preview with per-row errors, never half-written) or pushed
 * by an integrator holding learning:write; jpCompliance and a person's page sum Lintas
 * sessions, micro-learning and external records by source; the same learning never twice.
 */
let server: RunningServer;
let org: Client;
let admin: Client;
let people: Record<string, { id: string; nip: string }>;
let cohort: { cohortId: string; sessionId: string };
const year = Number(wibDay(0).slice(0, 4));

const ADD = 'mutation($i: AddExternalLearningRecordInput!) { addExternalLearningRecord(input: $i) { record { id source title startDate endDate jp evidenceUrl createdBy person { name } } errors { field code message } } }';
const IMPORT = 'mutation($csv: String!, $dry: Boolean) { importLearningRecords(csv: $csv, dryRun: $dry) { dryRun totalRows validRows created rowErrors { row field code message } errors { field code } } }';
const JP = 'query($id: ID!, $y: Int) { node(id: $id) { ... on Person { jpEarned(year: $y) { lintas microLearning external total } } } }';
const COMPLIANCE = 'query($y: Int!) { jpCompliance(year: $y) { bySource { source jp people } byEselon { group roster reached } } }';
const RECORDS = 'query($p: ID) { externalLearningRecords(first: 50, personId: $p) { totalCount nodes { title jp person { name } } } }';

const record = (over: Record<string, unknown> = {}) => ({
  personId: people['Bambang Uji Baru']!.id, source: 'ASN Unggul', title: 'Literasi Data untuk Pimpinan', startDate: wibDay(-3), endDate: wibDay(-2), jp: 6,
  evidenceUrl: 'https://asn-unggul.example.test/sertifikat/123', ...over,
});

beforeAll(async () => {
  server = await startServer({ seed: 'none' });
  ({ admin } = await newAcademy(server));
  org = server;
  people = await peopleByName(org);
  // Bambang attends a 4-JP session of a Lintas cohort this year (present): 4 JP from LINTAS.
  cohort = await cohortWithSession(org, 'DLA-JP-01', -6, [people['Bambang Uji Baru']!.id, people['Hendra Uji Baru']!.id], { startsAt: wibAt(-5, 9), endsAt: wibAt(-5, 12) }, 'Kepemimpinan Digital Angkatan Uji');
  const rec = (await org.gql('mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { errors { code } } }', {
    s: cohort.sessionId, e: [{ personId: people['Bambang Uji Baru']!.id, status: 'PRESENT' }],
  })).data.recordAttendance;
  expect(rec.errors).toEqual([]);
}, 180_000);
afterAll(() => server?.stop());

describe('an external learning record', () => {
  it('is entered by an organizer and counts in the year of its end, by source', async () => {
    const added = (await org.gql(ADD, { i: record() })).data.addExternalLearningRecord;
    expect(added.errors).toEqual([]);
    expect(added.record).toMatchObject({ source: 'ASN Unggul', jp: 6, person: { name: 'Bambang Uji Baru' } });
    expect(added.record.createdBy).toMatch(/^account:/);
    expect((await org.gql(JP, { id: people['Bambang Uji Baru']!.id, y: year })).data.node.jpEarned).toEqual({ lintas: 4, microLearning: 0, external: 6, total: 10 });
    // Other years are untouched.
    expect((await org.gql(JP, { id: people['Bambang Uji Baru']!.id, y: year - 1 })).data.node.jpEarned.total).toBe(0);
  });

  it('that repeats Lintas learning or a record already kept is refused: never counted twice', async () => {
    // The cohort's code, name or program name as the title, at overlapping dates, for a person seated there.
    for (const title of ['DLA-JP-01', 'kepemimpinan digital angkatan uji', 'Digital Leadership Academy']) {
      expect((await org.gql(ADD, { i: record({ title, startDate: wibDay(-6), endDate: wibDay(-4) }) })).data.addExternalLearningRecord.errors.map((e: any) => [e.field, e.code]))
        .toEqual([['title', ERROR_CODES.LEARNING_RECORD_DUPLICATE]]);
    }
    // Linked to the cohort by id, whatever the title.
    expect((await org.gql(ADD, { i: record({ title: 'Pelatihan kepemimpinan', cohortId: cohort.cohortId, startDate: wibDay(-6), endDate: wibDay(-6) }) })).data.addExternalLearningRecord.errors.map((e: any) => e.code))
      .toEqual([ERROR_CODES.LEARNING_RECORD_DUPLICATE]);
    // The same record again.
    expect((await org.gql(ADD, { i: record() })).data.addExternalLearningRecord.errors.map((e: any) => e.code)).toEqual([ERROR_CODES.LEARNING_RECORD_DUPLICATE]);
    // Not overlapping the cohort's dates, or another person not seated there: not a duplicate.
    expect((await org.gql(ADD, { i: record({ title: 'DLA-JP-01', startDate: wibDay(-40), endDate: wibDay(-39), jp: 2 }) })).data.addExternalLearningRecord.errors).toEqual([]);
    // Dates and JP are checked.
    expect((await org.gql(ADD, { i: record({ title: 'Tanggal salah', startDate: '2026-02-30', endDate: wibDay(-2) }) })).data.addExternalLearningRecord.errors.map((e: any) => [e.field, e.code]))
      .toEqual([['startDate', ERROR_CODES.LEARNING_RECORD_DATES]]);
    expect((await org.gql(ADD, { i: record({ title: 'Terbalik', startDate: wibDay(-2), endDate: wibDay(-3), jp: 0 }) })).data.addExternalLearningRecord.errors.map((e: any) => [e.field, e.code]))
      .toEqual([['jp', ERROR_CODES.OUT_OF_RANGE], ['endDate', ERROR_CODES.LEARNING_RECORD_DATES]]);
  });

  it('that becomes a duplicate later (the person enrolled afterwards) is left out of the sum', async () => {
    const rina = people['Rina Uji Baru']!.id;
    expect((await org.gql(ADD, { i: record({ personId: rina, title: 'Analitik Data Kesehatan', startDate: wibDay(-20), endDate: wibDay(-18), jp: 8 }) })).data.addExternalLearningRecord.errors).toEqual([]);
    expect((await org.gql(JP, { id: rina, y: year })).data.node.jpEarned).toEqual({ lintas: 0, microLearning: 0, external: 8, total: 8 });
    // A Lintas cohort of that name at those dates, Rina seated: Lintas counts it (her attendance), the record no more.
    await cohortWithSession(org, 'ADK-01', -20, [rina], { startsAt: wibAt(-19, 9), endsAt: wibAt(-19, 10) }, 'Analitik Data Kesehatan');
    expect((await org.gql(JP, { id: rina, y: year })).data.node.jpEarned).toEqual({ lintas: 0, microLearning: 0, external: 0, total: 0 });
  });
});

describe('jpCompliance', () => {
  it('sums the three sources per person, shows them by source, and counts who reached 20 JP on the total', async () => {
    const before = (await org.gql(COMPLIANCE, { y: year })).data.jpCompliance;
    expect(before.bySource).toEqual([
      { source: 'LINTAS', jp: 4, people: 1 }, { source: 'MICRO_LEARNING', jp: 0, people: 0 }, { source: 'EXTERNAL', jp: 8, people: 1 },
    ]);
    expect(before.byEselon.find((g: any) => g.group === 'II')).toEqual({ group: 'II', roster: 2, reached: 0 });
    // 4 (Lintas) + 6 + 2 (external) + 10 more external = 22: Bambang reaches 20 JP.
    expect((await org.gql(ADD, { i: record({ title: 'Keamanan Siber Dasar', jp: 10 }) })).data.addExternalLearningRecord.errors).toEqual([]);
    const after = (await org.gql(COMPLIANCE, { y: year })).data.jpCompliance;
    expect(after.byEselon.find((g: any) => g.group === 'II')).toEqual({ group: 'II', roster: 2, reached: 1 });
    expect(after.bySource.find((s: any) => s.source === 'EXTERNAL')).toEqual({ source: 'EXTERNAL', jp: 18, people: 1 });
    // The list below 20 JP no longer has him.
    const below = (await org.gql(`query($y: Int!) { jpCompliance(year: $y) { below(first: 50) { nodes { name } } } }`, { y: year })).data.jpCompliance.below.nodes.map((p: any) => p.name);
    expect(below).not.toContain('Bambang Uji Baru');
    expect(below).toContain('Hendra Uji Baru');
  });
});

describe('importLearningRecords', () => {
  const header = 'nip,source,title,start_date,end_date,jp,evidence_url';
  it('previews with per-row errors and writes nothing until every row passes, then writes them all', async () => {
    const count = async () => (await org.gql(RECORDS, {})).data.externalLearningRecords.totalCount;
    const before = await count();
    const hendra = people['Hendra Uji Baru']!.nip;
    const unknown = '199001012015031099';
    const csv = [header,
      `${hendra},LAN Corpu,Manajemen Risiko,${wibDay(-30)},${wibDay(-29)},4,https://lan.example.test/1`,
      `${unknown},LAN Corpu,Manajemen Risiko,${wibDay(-30)},${wibDay(-29)},4,`,
      `${hendra},LAN Corpu,Etika Data,${wibDay(-10)},2026-13-01,4,`,
      `${hendra},LAN Corpu,Manajemen Risiko,${wibDay(-30)},${wibDay(-29)},4,`,
    ].join('\n');
    const preview = (await org.gql(IMPORT, { csv, dry: true })).data.importLearningRecords;
    expect(preview).toMatchObject({ dryRun: true, totalRows: 4, validRows: 1, created: 0, errors: [] });
    expect(preview.rowErrors.map((e: any) => [e.row, e.field, e.code])).toEqual([
      [3, 'nip', ERROR_CODES.NOT_FOUND], [4, 'end_date', ERROR_CODES.LEARNING_RECORD_DATES], [5, 'title', ERROR_CODES.LEARNING_RECORD_DUPLICATE],
    ]);
    // No message repeats a NIP.
    for (const e of preview.rowErrors) expect(e.message).not.toContain(unknown);
    // Not a preview, but rows fail: nothing is written.
    const refused = (await org.gql(IMPORT, { csv })).data.importLearningRecords;
    expect(refused).toMatchObject({ dryRun: false, created: 0 });
    expect(await count()).toBe(before);
    const good = [header.replace(',evidence_url', ';').replace(/,/g, ';').replace(/;$/, ''),
      `${hendra};LAN Corpu;Manajemen Risiko;${wibDay(-30)};${wibDay(-29)};4`,
      `${hendra};ASN Unggul;Etika Data;${wibDay(-10)};${wibDay(-9)};3`].join('\n');
    const done = (await org.gql(IMPORT, { csv: good })).data.importLearningRecords;
    expect(done).toMatchObject({ totalRows: 2, validRows: 2, created: 2, rowErrors: [], errors: [] });
    expect(await count()).toBe(before + 2);
    expect((await org.gql(JP, { id: people['Hendra Uji Baru']!.id, y: year })).data.node.jpEarned.external).toBe(7);
    // A file without a required column is refused whole.
    expect((await org.gql(IMPORT, { csv: 'nip,title\n1,x' })).data.importLearningRecords.errors).toEqual([{ field: 'csv.source', code: ERROR_CODES.CSV_MISSING_COLUMN }]);
  });
});

describe('an integrator', () => {
  it('pushes records with learning:write only, by NIP, never echoed', async () => {
    const reader = await tokenClient(server, org, ['reports:read']);
    const writer = await tokenClient(server, org, ['learning:write']);
    const push = { nip: people['Sari Uji Baru']!.nip, source: 'SIASN', title: 'Kursus Data Terbuka', startDate: wibDay(-15), endDate: wibDay(-15), jp: 2 };
    expect((await reader.gql(ADD, { i: push })).errors?.[0]?.extensions?.code).toBe(ERROR_CODES.FORBIDDEN);
    const pushed = (await writer.gql(ADD, { i: push })).data.addExternalLearningRecord;
    expect(pushed.errors).toEqual([]);
    expect(pushed.record.createdBy).toMatch(/^token:/);
    const missing = (await writer.gql(ADD, { i: { ...push, nip: '198001012005011999' } })).data.addExternalLearningRecord;
    expect(missing.errors.map((e: any) => [e.field, e.code])).toEqual([['nip', ERROR_CODES.NOT_FOUND]]);
    expect(JSON.stringify(missing)).not.toContain('198001012005011999');
    // The reports token reads the records; another academy's token sees none.
    expect((await reader.gql(RECORDS, { p: people['Sari Uji Baru']!.id })).data.externalLearningRecords.nodes).toEqual([{ title: 'Kursus Data Terbuka', jp: 2, person: { name: 'Sari Uji Baru' } }]);
    // Another academy's organizer sees none of them, and cannot name this academy's people.
    const other = (await admin.gql('mutation($i: CreateAcademyInput!) { createAcademy(input: $i) { academy { id } errors { code } } }', { i: { code: 'LAIN-JP', name: 'Akademi Lain' } })).data.createAcademy;
    expect((await admin.gql('mutation($i: CreateAccountInput!) { createAccount(input: $i) { errors { code } } }', {
      i: { email: 'lain@jp-lain.test', name: 'Lain', role: 'ORGANIZER', academyId: other.academy.id, password: 'penyelenggara-lain-2026!' },
    })).data.createAccount.errors).toEqual([]);
    const stranger = await server.signIn('lain@jp-lain.test', 'penyelenggara-lain-2026!');
    expect((await stranger.gql(RECORDS, {})).data.externalLearningRecords.totalCount).toBe(0);
    expect((await stranger.gql(ADD, { i: push })).data.addExternalLearningRecord.errors.map((e: any) => e.code)).toEqual([ERROR_CODES.NOT_FOUND]);
  });
});
