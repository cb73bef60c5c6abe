import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { startServer, type Client, type RunningServer } from '../support/server.js';
import { FIXTURE_PASSWORD, gid, reportFixture, type FixtureIds } from '../support/report-fixture.js';
import { gainFixture, type GainFixtureIds } from '../support/gain-fixture.js';
import { nip } from '../support/roster.js';

/**
 * Issue 20, parts 6–8 against the report fixture and its additions (test/support/gain-fixture.ts,
 * where the pairs and the verdicts are counted by hand): JPT classes in the roster import and
 * in the reports' eselon groups, the learning gain and its export, the pass verdict.
 */
let server: RunningServer;
let ids: FixtureIds;
let more: GainFixtureIds;
let org: Client;
let participant: Client;

beforeAll(async () => {
  server = await startServer({ seed: 'none' });
  ids = await reportFixture(server.databaseUrl);
  more = await gainFixture(server.databaseUrl, ids);
  org = await server.signIn('org@fix.test', FIXTURE_PASSWORD);
  participant = await server.signIn('197001012000011001', FIXTURE_PASSWORD);
}, 90_000);
afterAll(() => server?.stop());

const GAIN = 'eselonGroup generation paired meanPre meanPost meanGain crossed crossedRate';

describe('learning gain', () => {
  it('pairs PRE and POST per person and cohort, by eselon group × generation, as counted by hand', async () => {
    const res = await org.gql(`query { assessmentGain { ${GAIN} } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.assessmentGain).toEqual([
      // p1: C1 60 → 80 (crossed), C2 70 → 70 (already at the line: not a crossing).
      { eselonGroup: 'II', generation: 'GEN_X', paired: 2, meanPre: 65, meanPost: 75, meanGain: 10, crossed: 1, crossedRate: 0.5 },
      // p3: C1 75 → 65, a fall.
      { eselonGroup: 'III', generation: 'GEN_X', paired: 1, meanPre: 75, meanPost: 65, meanGain: -10, crossed: 0, crossedRate: 0 },
      // p4: C2 50 → 72.
      { eselonGroup: 'IV', generation: 'GEN_Y', paired: 1, meanPre: 50, meanPost: 72, meanGain: 22, crossed: 1, crossedRate: 1 },
      // p6: C1 65 → 69, short of the line. p5 has a PRE only: no pair.
      { eselonGroup: 'PELAKSANA', generation: 'GEN_Y', paired: 1, meanPre: 65, meanPost: 69, meanGain: 4, crossed: 0, crossedRate: 0 },
    ]);
  });

  it('narrows like the participation reports: a cohort, a province', async () => {
    const c1 = (await org.gql(`query($f: ReportFilter) { assessmentGain(filter: $f) { eselonGroup paired meanGain crossed } }`, { f: { cohortId: gid('Cohort', ids.c1) } })).data.assessmentGain;
    expect(c1).toEqual([
      { eselonGroup: 'II', paired: 1, meanGain: 20, crossed: 1 },
      { eselonGroup: 'III', paired: 1, meanGain: -10, crossed: 0 },
      { eselonGroup: 'PELAKSANA', paired: 1, meanGain: 4, crossed: 0 },
    ]);
    // Province Q holds p3 (and p5, unpaired) only.
    const q = (await org.gql(`query($f: ReportFilter) { assessmentGain(filter: $f) { eselonGroup paired } }`, { f: { province: 'Q' } })).data.assessmentGain;
    expect(q).toEqual([{ eselonGroup: 'III', paired: 1 }]);
    // Another academy's organizer sees none of it.
    const other = await server.signIn('org@other.test', FIXTURE_PASSWORD);
    expect((await other.gql(`query { assessmentGain { paired } }`)).data.assessmentGain).toEqual([]);
  });

  it('is exported as CSV and XLSX with the numbers of the API', async () => {
    const api = (await org.gql(`query { assessmentGain { ${GAIN} } }`)).data.assessmentGain;
    const res = await fetch(`${server.url}/exports/assessment-gain.csv`, { headers: org.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="lintas-assessment-gain.csv"');
    const rows: string[][] = parse(Buffer.from(await res.arrayBuffer()), { bom: true });
    expect(rows[0]).toEqual(['Kelompok eselon', 'Generasi', 'Pasangan pra–pasca', 'Rata-rata skor pra', 'Rata-rata skor pasca', 'Rata-rata peningkatan (poin)', 'Melewati ambang 70', 'Persentase melewati ambang']);
    expect(rows.slice(1).map(([g, gen, ...n]) => [g, gen, ...n.map(Number)]))
      .toEqual(api.map((r: any) => [r.eselonGroup, r.generation, r.paired, r.meanPre, r.meanPost, r.meanGain, r.crossed, r.crossedRate]));

    const x = await fetch(`${server.url}/exports/assessment-gain.xlsx?lang=en`, { headers: org.headers });
    expect(x.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await x.arrayBuffer());
    const values = book.worksheets.flatMap((ws) => ws.getSheetValues().flat().filter((v) => v != null).map(String));
    expect(values).toContain('Mean gain (points)');
    expect(values).toContain('-10');
    expect(values).toContain('22');
    // Reports are for organizers: a participant is refused.
    expect((await fetch(`${server.url}/exports/assessment-gain.csv`, { headers: participant.headers })).status).toBe(403);
  });
});

describe('pass verdict', () => {
  const VERDICT = 'passVerdict { code sessionsNeeded jpNeeded sessionsRemaining }';
  const enrolment = (id: number) => org.gql(`query($id: ID!) { node(id: $id) { ... on Enrollment { ${VERDICT} } } }`, { id: gid('Enrollment', id) });

  it('on track, attend 2 more sessions (8 JP), can no longer pass', async () => {
    expect((await enrolment(more.e5p4)).data.node.passVerdict).toEqual({ code: 'ON_TRACK', sessionsNeeded: 1, jpNeeded: 4, sessionsRemaining: 2 });
    expect((await enrolment(more.e5p1)).data.node.passVerdict).toEqual({ code: 'ATTEND_MORE', sessionsNeeded: 2, jpNeeded: 8, sessionsRemaining: 2 });
    expect((await enrolment(more.e5p6)).data.node.passVerdict).toEqual({ code: 'CANNOT_PASS', sessionsNeeded: 0, jpNeeded: 0, sessionsRemaining: 2 });
  });

  it('the participant reads their own on Jadwal Saya; a finished cohort passed', async () => {
    const res = await participant.gql(`{ viewer { person { enrollments(first: 10) { nodes { cohort { code } ${VERDICT} } } } } }`);
    expect(res.errors).toBeUndefined();
    const byCode = Object.fromEntries(res.data.viewer.person.enrollments.nodes.map((n: any) => [n.cohort.code, n.passVerdict]));
    expect(byCode.C5).toEqual({ code: 'ATTEND_MORE', sessionsNeeded: 2, jpNeeded: 8, sessionsRemaining: 2 });
    expect(byCode.C1).toEqual({ code: 'PASSED', sessionsNeeded: 0, jpNeeded: 0, sessionsRemaining: 0 });
  });

  it("is in the organizer's attendance warnings", async () => {
    const res = await org.gql(`query($c: ID!) { attendanceWarnings(cohortId: $c) { kind person { name } verdict { code sessionsNeeded jpNeeded } } }`, { c: gid('Cohort', more.c5) });
    expect(res.errors).toBeUndefined();
    const below = res.data.attendanceWarnings.filter((w: any) => w.kind === 'BELOW_THRESHOLD').map((w: any) => [w.person.name, w.verdict]);
    expect(below).toEqual(expect.arrayContaining([
      ['Orang 001', { code: 'ATTEND_MORE', sessionsNeeded: 2, jpNeeded: 8 }],
      ['Orang 006', { code: 'CANNOT_PASS', sessionsNeeded: 0, jpNeeded: 0 }],
    ]));
    expect(below).toHaveLength(2);
  });
});

describe('JPT classes', () => {
  const IMPORT = 'mutation($csv: String!) { importPersons(csv: $csv) { created validRows rowErrors { row field code } errors { code } } }';
  const SPELLINGS: [string, string, string, string][] = [
    // position_type, eselon cell, expected class, expected group
    ['STRUKTURAL', 'JPT Utama', 'JPT_UTAMA', 'I'],
    ['STRUKTURAL', 'JPT MADYA', 'JPT_MADYA', 'I'],
    ['STRUKTURAL', 'Jabatan Pimpinan Tinggi Pratama', 'JPT_PRATAMA', 'II'],
    ['JPT', 'jpt  pratama', 'JPT_PRATAMA', 'II'],
    ['STRUKTURAL', 'ADMINISTRATOR', 'ADMINISTRATOR', 'III'],
    ['ADMINISTRATOR', '', 'ADMINISTRATOR', 'III'],
    ['STRUKTURAL', 'pengawas', 'PENGAWAS', 'IV'],
    ['PENGAWAS', 'IVb', 'PENGAWAS', 'IV'],
  ];
  const nips = SPELLINGS.map((_, i) => nip('1972-05-0' + (i + 1), '1998-03', 'MALE', 40 + i));

  it('imports every spelling, keeps the class and counts it in eselon groups I–IV', async () => {
    const before = (await org.gql('{ participationByEselon { group roster } }')).data.participationByEselon;
    const csv = ['nip,name,employment_type,position_type,eselon,job_title,agency_code',
      ...SPELLINGS.map(([type, cell], i) => `${nips[i]},Pejabat ${i},PNS,${type},${cell},Kepala,FIX-A1`)].join('\n');
    const res = await org.gql(IMPORT, { csv });
    expect(res.data.importPersons).toMatchObject({ created: SPELLINGS.length, rowErrors: [], errors: [] });
    const people = (await org.gql('{ persons(first: 50) { nodes { nip positionType positionClass eselon eselonGroup } } }')).data.persons.nodes;
    for (const [i, [, , cls, group]] of SPELLINGS.entries()) {
      expect(people.find((p: any) => p.nip === nips[i]), `row ${i}`).toMatchObject({ positionType: 'STRUKTURAL', positionClass: cls, eselonGroup: group });
    }
    // An eselon given next to the class stays as given.
    expect(people.find((p: any) => p.nip === nips[7]).eselon).toBe('IVb');
    const after = (await org.gql('{ participationByEselon { group roster } }')).data.participationByEselon;
    const grew = Object.fromEntries(after.map((g: any, i: number) => [g.group, g.roster - before[i].roster]));
    expect(grew).toEqual({ I: 2, II: 2, III: 2, IV: 2, JF: 0, PELAKSANA: 0 });
  });

  it('refuses a class that contradicts the eselon, or a class on a functional post, without writing', async () => {
    const bad = nip('1973-01-01', '1999-01', 'FEMALE', 60);
    const csv = ['nip,name,employment_type,position_type,eselon,job_title,agency_code',
      `${bad},Salah Kelas,PNS,STRUKTURAL,JPT Kepala,Kepala,FIX-A1`,
      `${nip('1973-01-02', '1999-01', 'FEMALE', 61)},Salah Kelas,PNS,PENGAWAS,IIa,Kepala,FIX-A1`,
      `${nip('1973-01-03', '1999-01', 'FEMALE', 62)},Salah Kelas,PNS,FUNGSIONAL,Administrator,Analis,FIX-A1`].join('\n');
    const res = await org.gql(IMPORT, { csv });
    expect(res.data.importPersons.created).toBe(0);
    expect(res.data.importPersons.rowErrors.map((e: any) => [e.row, e.field, e.code])).toEqual([
      [2, 'eselon', 'input/invalid-value'], [3, 'eselon', 'person/eselon-mismatch'], [4, 'eselon', 'person/eselon-mismatch'],
    ]);
    expect(JSON.stringify(res)).not.toContain(bad);
  });

  it('createPerson and updatePerson take the class; a new eselon alone drops it', async () => {
    const agency = gid('Agency', ids.a1);
    const made = await org.gql('mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { id version positionClass eselon eselonGroup } errors { code } } }', {
      i: { nip: nip('1969-09-09', '1995-01', 'MALE', 70), name: 'Kepala Badan', employmentType: 'PNS', positionType: 'STRUKTURAL', jptClass: 'JPT_MADYA', agencyId: agency },
    });
    expect(made.data.createPerson.errors).toEqual([]);
    const p = made.data.createPerson.person;
    expect(p).toMatchObject({ positionClass: 'JPT_MADYA', eselon: 'Ib', eselonGroup: 'I' });
    const UPDATE = 'mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { person { version positionClass eselon eselonGroup } errors { code } } }';
    const toAdmin = await org.gql(UPDATE, { i: { id: p.id, version: p.version, jptClass: 'ADMINISTRATOR' } });
    expect(toAdmin.data.updatePerson).toMatchObject({ errors: [], person: { positionClass: 'ADMINISTRATOR', eselon: 'IIIa', eselonGroup: 'III' } });
    const toEselon = await org.gql(UPDATE, { i: { id: p.id, version: toAdmin.data.updatePerson.person.version, eselon: 'IIb' } });
    expect(toEselon.data.updatePerson).toMatchObject({ errors: [], person: { positionClass: null, eselon: 'IIb', eselonGroup: 'II' } });
  });
});
