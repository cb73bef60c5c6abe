import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { startServer, type Client, type RunningServer } from '../support/server.js';
import { tokenClient } from '../support/auth.js';
import { FIXTURE_PASSWORD, gid, reportFixture, type FixtureIds } from '../support/report-fixture.js';

/**
 * The attendance sheet against the fixture counted by hand (test/support/report-fixture.ts),
 * and every export parsed back (CSV with csv-parse, XLSX with exceljs) and compared with
 * what GraphQL answers for the same filter; who may download what.
 */
let server: RunningServer;
let ids: FixtureIds;
let org: Client;
let otherOrg: Client;
let participant: Client;
const tokens = {} as Record<'reports' | 'attendance' | 'schedule', Client>;

beforeAll(async () => {
  server = await startServer({ seed: 'none' });
  ids = await reportFixture(server.databaseUrl);
  org = await server.signIn('org@fix.test', FIXTURE_PASSWORD);
  otherOrg = await server.signIn('org@other.test', FIXTURE_PASSWORD);
  participant = await server.signIn('197001012000011001', FIXTURE_PASSWORD);
  tokens.reports = await tokenClient(server, org, ['reports:read']);
  tokens.attendance = await tokenClient(server, org, ['attendance:read']);
  tokens.schedule = await tokenClient(server, org, ['schedule:read']);
}, 90_000);
afterAll(() => server?.stop());

const COUNTS = 'present late excused sick officialDuty absent notRecorded';
const SHEET = `query($id: ID!) { cohortAttendanceSheet(cohortId: $id) {
  cohort { code }
  sessions { id startsAt endsAt jp moduleTitle totals { ${COUNTS} } }
  rows { person { name nip } enrollmentStatus cells { sessionId status } counts { ${COUNTS} } jpScheduled jpEarned jpExempt attendanceRate completionRate meetsThreshold completed }
} }`;
const none = { present: 0, late: 0, excused: 0, sick: 0, officialDuty: 0, absent: 0, notRecorded: 0 };

async function download(path: string, client: Client = org): Promise<{ status: number; type: string; disposition: string; body: Buffer }> {
  const res = await fetch(`${server.url}${path}`, { headers: client.headers });
  return { status: res.status, type: res.headers.get('content-type') ?? '', disposition: res.headers.get('content-disposition') ?? '', body: Buffer.from(await res.arrayBuffer()) };
}

function csv(body: Buffer): string[][] {
  return parse(body, { bom: true }) as string[][];
}

/** A sheet's header (the frozen row), its data rows as values, and the label/value lines above it. */
async function xlsx(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book.worksheets.map((sheet) => {
    const headerRow = sheet.views[0]?.state === 'frozen' ? (sheet.views[0] as { ySplit: number }).ySplit : 0;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    const rows: unknown[][] = [];
    for (let n = headerRow + 1; n <= sheet.rowCount; n++) rows.push(values(n));
    const about = new Map<string, unknown>();
    for (let n = 2; n < headerRow; n++) if (sheet.getCell(n, 1).value) about.set(String(sheet.getCell(n, 1).value), sheet.getCell(n, 2).value);
    return { sheet, name: sheet.name, headerRow, header: values(headerRow), rows, about, title: sheet.getCell(1, 1).value };
  });
}

describe('cohortAttendanceSheet', () => {
  it('C1: people × sessions with every figure counted by hand', async () => {
    const res = await org.gql(SHEET, { id: gid('Cohort', ids.c1) });
    const sheet = res.data.cohortAttendanceSheet;
    expect(sheet.cohort.code).toBe('C1');
    // The cancelled 3-JP session is not a column.
    expect(sheet.sessions.map((s: any) => [s.id, s.jp])).toEqual([[gid('Session', ids.s1), 2], [gid('Session', ids.s2), 2], [gid('Session', ids.s3), 1]]);
    expect(sheet.sessions.map((s: any) => [s.startsAt, s.endsAt])).toEqual([
      ['2026-03-02T01:00:00.000Z', '2026-03-02T02:30:00.000Z'], ['2026-03-03T01:00:00.000Z', '2026-03-03T02:30:00.000Z'], ['2026-03-04T01:00:00.000Z', '2026-03-04T01:45:00.000Z'],
    ]);
    expect(sheet.sessions.map((s: any) => s.totals)).toEqual([
      { ...none, present: 2, absent: 1 }, // p1, p2 present; p3 absent
      { ...none, present: 1, late: 1, notRecorded: 1 }, // p3 present, p1 late, p2 (withdrawn) nothing
      { ...none, excused: 1, officialDuty: 1, notRecorded: 1 }, // p1 excused, p3 on duty
    ]);
    const [p1, p2, p3] = sheet.rows;
    expect(sheet.rows.map((r: any) => r.person.name)).toEqual(['Orang 001', 'Orang 002', 'Orang 003']);
    expect(p1).toMatchObject({
      enrollmentStatus: 'COMPLETED', counts: { ...none, present: 1, late: 1, excused: 1 },
      jpScheduled: 5, jpEarned: 4, jpExempt: 1, attendanceRate: 0.8, completionRate: 1, meetsThreshold: true, completed: true,
    });
    expect(p1.cells.map((c: any) => c.status)).toEqual(['PRESENT', 'LATE', 'EXCUSED']);
    expect(p1.person.nip).toBe('197001012000011001');
    // p2 withdrew after the first session: on the sheet, not counted as missing what came after… but not recorded either.
    expect(p2).toMatchObject({ enrollmentStatus: 'WITHDRAWN', counts: { ...none, present: 1, notRecorded: 2 }, jpEarned: 2, attendanceRate: 0.4, completionRate: 0.4, meetsThreshold: false, completed: false });
    expect(p2.cells.map((c: any) => c.status)).toEqual(['PRESENT', null, null]);
    // p3: absent 2 JP, present 2 JP, official duty 1 JP → 2 of (5 − 1).
    expect(p3).toMatchObject({ enrollmentStatus: 'ENROLLED', counts: { ...none, present: 1, absent: 1, officialDuty: 1 }, jpEarned: 2, jpExempt: 1, attendanceRate: 0.4, completionRate: 0.5, meetsThreshold: false });
    expect(p3.cells.map((c: any) => c.sessionId)).toEqual(sheet.sessions.map((s: any) => s.id));
  });

  it('C2 leaves the waitlist out; the statement count does not grow with the people', async () => {
    const c2 = await org.gql(SHEET, { id: gid('Cohort', ids.c2) });
    expect(c2.data.cohortAttendanceSheet.rows.map((r: any) => [r.person.name, r.enrollmentStatus, r.jpEarned])).toEqual([['Orang 003', 'ENROLLED', 2]]);
    const c1 = await org.gql(SHEET, { id: gid('Cohort', ids.c1) });
    expect(c1.extensions?.sqlStatements).toBe(c2.extensions?.sqlStatements);
    expect(c1.extensions?.sqlStatements).toBeLessThanOrEqual(5 + 6);
  });

  it('another academy sees nothing; participants and tokens without the scopes are refused', async () => {
    expect((await otherOrg.gql(SHEET, { id: gid('Cohort', ids.c1) })).data.cohortAttendanceSheet).toBeNull();
    expect((await participant.gql(SHEET, { id: gid('Cohort', ids.c1) })).errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    expect((await tokens.schedule.gql(SHEET, { id: gid('Cohort', ids.c1) })).errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    const masked = (await tokens.attendance.gql(SHEET, { id: gid('Cohort', ids.c1) })).data.cohortAttendanceSheet;
    // A token without the roster scope reads the sheet with NIPs masked, as everywhere.
    expect(masked.rows[0].person.nip).toBe('1970************01');
  });
});

const YEAR = 'from=2026-01-01&to=2026-12-31';
const FIGURES = 'roster enrolled attended completed participationRate completionRate attendanceRate jpEarned jpScheduled digitalLiteracyRate';
const FIGURE_LIST = FIGURES.split(' ');

describe('report exports match GraphQL', () => {
  it('participation by eselon: CSV and XLSX hold the same numbers as the API, the XLSX its filter', async () => {
    const api = (await org.gql(`query($f: ReportFilter) { participationByEselon(filter: $f) { group ${FIGURES} } }`, { f: { from: '2026-01-01', to: '2026-12-31' } })).data.participationByEselon;
    const expected = api.map((r: any) => [r.group, ...FIGURE_LIST.map((f) => r[f])]);

    const c = await download(`/exports/participation-by-eselon.csv?${YEAR}`);
    expect(c.status).toBe(200);
    expect(c.type).toBe('text/csv; charset=utf-8');
    expect(c.disposition).toBe('attachment; filename="lintas-participation-by-eselon-2026-01-01_2026-12-31.csv"');
    const rows = csv(c.body);
    expect(rows[0]).toEqual(['Kelompok eselon', 'Jumlah ASN', 'Terdaftar', 'Pernah hadir', 'Lulus', 'Tingkat partisipasi', 'Tingkat kelulusan', 'Tingkat kehadiran', 'JP diperoleh', 'JP terjadwal', 'Tingkat literasi digital']);
    expect(rows.slice(1).map(([g, ...n]) => [g, ...n.map(Number)])).toEqual(expected);

    const x = await download(`/exports/participation-by-eselon.xlsx?${YEAR}&lang=en`);
    expect(x.status).toBe(200);
    expect(x.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const [sheet] = await xlsx(x.body);
    expect(sheet!.header).toEqual(['Eselon group', 'Roster', 'Enrolled', 'Attended', 'Completed', 'Participation rate', 'Completion rate', 'Attendance rate', 'JP earned', 'JP scheduled', 'Digital literacy rate']);
    expect(sheet!.rows).toEqual(expected);
    // Numbers are numeric cells; rates carry a percent format; the header is bold, frozen and filtered.
    const row = sheet!.sheet.getRow(sheet!.headerRow + 2); // eselon II
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(6).value).toBe(0.5);
    expect(row.getCell(6).numFmt).toContain('%');
    expect(sheet!.sheet.getRow(sheet!.headerRow).font?.bold).toBe(true);
    expect(sheet!.sheet.autoFilter).toBeTruthy();
    expect(sheet!.about.get('Period')).toBe('2026-01-01 to 2026-12-31');
    expect(sheet!.about.get('Academy')).toBe('Fixture');
    expect(String(sheet!.about.get('Generated'))).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} WIB$/);
  });

  it('participation by generation and the matrix, narrowed to a province and a cohort', async () => {
    const f = { province: 'P', cohortId: gid('Cohort', ids.c1) };
    const qs = `province=P&cohortId=${f.cohortId}`;
    const gen = (await org.gql(`query($f: ReportFilter) { participationByGeneration(filter: $f) { group ${FIGURES} } }`, { f })).data.participationByGeneration;
    const g = await xlsx((await download(`/exports/participation-by-generation.xlsx?${qs}`)).body);
    expect(g[0]!.rows).toEqual(gen.map((r: any) => [r.group, ...FIGURE_LIST.map((k) => r[k])]));
    expect(g[0]!.about.get('Provinsi')).toBe('P');
    expect(g[0]!.about.get('Angkatan')).toBe('C1 · C1');

    const matrix = (await org.gql(`query($f: ReportFilter) { participationMatrix(filter: $f) { eselonGroup generation ${FIGURES} } }`, { f })).data.participationMatrix;
    const m = csv((await download(`/exports/participation-matrix.csv?${qs}`)).body);
    expect(m).toHaveLength(31);
    expect(m.slice(1).map(([e, gg, ...n]) => [e, gg, ...n.map(Number)])).toEqual(matrix.map((r: any) => [r.eselonGroup, r.generation, ...FIGURE_LIST.map((k) => r[k])]));
  });

  it('literacy target: by eselon group and the trend per year', async () => {
    const api = (await org.gql('{ literacyTarget { byEselon { group roster literate rate } trend { year roster literate rate } } }')).data.literacyTarget;
    const [byEselon, trend] = await xlsx((await download('/exports/literacy-target.xlsx')).body);
    expect(byEselon!.rows).toEqual(api.byEselon.map((r: any) => [r.group, r.roster, r.literate, r.rate]));
    expect(trend!.rows).toEqual(api.trend.map((r: any) => [r.year, r.roster, r.literate, r.rate]));
    expect(byEselon!.about.get('Target')).toBe('90 % ASN melek digital pada 2029');
    const c = csv((await download('/exports/literacy-target.csv')).body);
    expect(c.slice(1).map(([g, ...n]) => [g, ...n.map(Number)])).toEqual(api.byEselon.map((r: any) => [r.group, r.roster, r.literate, r.rate]));
  });

  it('JP compliance: groups, and every person below 20 JP (not paged) with the NIP this caller may see', async () => {
    const api = (await org.gql('{ jpCompliance(year: 2026) { byEselon { group roster reached rate } below(first: 100) { totalCount nodes { name nip eselonGroup } } } }')).data.jpCompliance;
    const x = await download('/exports/jp-compliance.xlsx?year=2026');
    expect(x.disposition).toBe('attachment; filename="lintas-jp-compliance-2026.xlsx"');
    const [groups, below] = await xlsx(x.body);
    expect(groups!.rows).toEqual(api.byEselon.map((r: any) => [r.group, r.roster, r.reached, r.rate]));
    expect(groups!.about.get('Tahun')).toBe('2026');
    expect(below!.rows.map((r) => [r[1], r[2], r[3]])).toEqual(api.below.nodes.map((p: any) => [p.name, p.nip, p.eselonGroup]));
    expect(below!.rows).toHaveLength(api.below.totalCount);
    // p1 earned 4 JP in 2026 (present 2 + late 2).
    expect(below!.rows.find((r) => r[1] === 'Orang 001')![5]).toBe(4);

    const c = csv((await download('/exports/jp-compliance-below.csv?year=2026')).body);
    expect(c[0]).toEqual(['No.', 'Nama', 'NIP', 'Kelompok eselon', 'Instansi', 'JP diperoleh']);
    expect(c.slice(1).map((r) => r[2])).toEqual(api.below.nodes.map((p: any) => p.nip));
  });

  it('the attendance sheet as CSV and XLSX, with its per-session totals', async () => {
    const api = (await org.gql(SHEET, { id: gid('Cohort', ids.c1) })).data.cohortAttendanceSheet;
    const c = await download(`/exports/cohorts/${gid('Cohort', ids.c1)}/attendance-sheet.csv?lang=en`);
    expect(c.status).toBe(200);
    expect(c.disposition).toBe('attachment; filename="lintas-C1-attendance-sheet.csv"');
    const rows = csv(c.body);
    expect(rows[0]!.slice(0, 4)).toEqual(['No.', 'Name', 'NIP', 'Status']);
    expect(rows[0]![4]).toMatch(/^1\. 2026-03-02 08:00 M$/);
    expect(rows.slice(1).map((r) => r.slice(1, 7))).toEqual([
      ['Orang 001', '197001012000011001', 'Completed', 'Present', 'Late', 'Excused'],
      ['Orang 002', '196001011990011002', 'Withdrawn', 'Present', '', ''],
      ['Orang 003', '197501012000011003', 'Enrolled', 'Absent', 'Present', 'Official duty'],
    ]);

    const [sheet, sessions] = await xlsx((await download(`/exports/cohorts/${gid('Cohort', ids.c1)}/attendance-sheet.xlsx`)).body);
    expect(sheet!.title).toBe('Daftar hadir C1 · C1');
    expect(sheet!.about.get('Angkatan')).toBe('C1 · C1');
    expect(sheet!.about.get('Ambang kelulusan')).toBe('80 %');
    // Counts, JP and rates after the session columns, as numbers.
    expect(sheet!.rows.map((r) => r.slice(7, 18))).toEqual(api.rows.map((r: any) => [
      r.counts.present, r.counts.late, r.counts.excused, r.counts.sick, r.counts.officialDuty, r.counts.absent, r.counts.notRecorded,
      r.jpEarned, r.jpScheduled, r.attendanceRate, r.completionRate,
    ]));
    expect(sheet!.rows.map((r) => r[18])).toEqual(['Ya', 'Tidak', 'Tidak']);
    expect(sessions!.rows.map((r) => [r[5], ...r.slice(6)])).toEqual(api.sessions.map((s: any) => [
      s.jp, s.totals.present, s.totals.late, s.totals.excused, s.totals.sick, s.totals.officialDuty, s.totals.absent, s.totals.notRecorded,
    ]));
  });
});

describe('who may download', () => {
  const sheetUrl = () => `/exports/cohorts/${gid('Cohort', ids.c1)}/attendance-sheet.csv`;
  const error = (b: Buffer) => JSON.parse(b.toString()).error;

  it('no session → 401, a revoked or unknown token → 401, participants → 403', async () => {
    const anon = await download('/exports/participation-by-eselon.csv', server.client());
    expect(anon.status).toBe(401);
    expect(error(anon.body).code).toBe('auth/unauthenticated');
    const bad = await download('/exports/participation-by-eselon.csv', server.client({ authorization: 'Bearer not-a-token' }));
    expect(bad.status).toBe(401);
    expect(error(bad.body).code).toBe('auth/token-invalid');
    for (const path of ['/exports/participation-by-eselon.xlsx', sheetUrl()]) {
      const p = await download(path, participant);
      expect(p.status).toBe(403);
      expect(error(p.body).code).toBe('auth/forbidden');
    }
  });

  it("another academy's organizer: the cohort is not found, its own academy's figures are empty", async () => {
    const sheet = await download(sheetUrl(), otherOrg);
    expect(sheet.status).toBe(404);
    expect(error(sheet.body).code).toBe('object/not-found');
    expect((await download(`/exports/participation-by-eselon.csv?cohortId=${gid('Cohort', ids.c1)}`, otherOrg)).status).toBe(404);
    const own = csv((await download('/exports/participation-by-eselon.csv', otherOrg)).body);
    expect(own.slice(1).every((r) => r[1] === '0')).toBe(true);
  });

  it('tokens: reports:read reads reports and the sheet, attendance:read only the sheet, others nothing', async () => {
    expect((await download('/exports/jp-compliance.csv', tokens.reports)).status).toBe(200);
    expect((await download(sheetUrl(), tokens.reports)).status).toBe(200);
    expect((await download(sheetUrl(), tokens.attendance)).status).toBe(200);
    expect((await download('/exports/participation-matrix.xlsx', tokens.attendance)).status).toBe(403);
    expect((await download('/exports/participation-matrix.xlsx', tokens.schedule)).status).toBe(403);
    expect((await download(sheetUrl(), tokens.schedule)).status).toBe(403);
    // Without the roster scope the NIPs are masked in the file as in the API.
    const masked = csv((await download(sheetUrl(), tokens.reports)).body);
    expect(masked[1]![2]).toBe('1970************01');
  });

  it('a malformed filter is a 400 that repeats no value; unknown exports are 404', async () => {
    const nip = '197001012000011001';
    for (const qs of [`from=${nip}`, `cohortId=${nip}`, `academyId=${gid('Program', ids.program)}`, 'year=20261', 'lang=fr', 'lang=constructor', 'from=2026-12-31&to=2026-01-01']) {
      const r = await download(`/exports/jp-compliance.csv?${qs}`);
      expect(r.status, qs).toBe(400);
      expect(error(r.body).code).toMatch(/^input\//);
      expect(r.body.toString()).not.toContain(nip);
    }
    expect((await download(`/exports/cohorts/${nip}/attendance-sheet.csv`)).status).toBe(400);
    expect((await download('/exports/everything.csv')).status).toBe(404);
    expect((await download('/exports/participation-by-eselon.pdf')).status).toBe(404);
  });
});
