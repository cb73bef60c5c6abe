import { readFileSync } from 'node:fs';
import { formatNip } from '@lintas/shared';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type BrowserContext, type Download, type Page, type Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from '../support/requirements';
import { DEMO, startServer, type RunningServer } from '../support/server';
import { expectAccessible, SHOTS, shoot, signInThroughPage, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

/** Bangka Belitung's academy keeps WIB (UTC+7): its calendar days, computed from now. */
const WIB_MS = 7 * 3_600_000;
const day = (n: number) => new Date(Date.now() + WIB_MS + n * 86_400_000).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
/** The latest working day at least two days ago: its sessions are over whatever the hour. */
function pastWorkingDay(): string {
  for (let n = 2; ; n++) if (![0, 6].includes(weekday(day(-n)))) return day(-n);
}

/** PNS NIPs that pass the strict check, serials unlikely to collide with the demo roster. */
const nip = (birth: string, appointment: string, serial: number) =>
  formatNip({ birth: new Date(`${birth}T00:00:00Z`), appointment: new Date(`${appointment}-01T00:00:00Z`), gender: 'FEMALE', serial });

/** Three new eselon II officials (DLA's target group), in the order they are enrolled. */
const PEOPLE = [
  { nip: nip('1968-04-09', '1993-03', 961), name: 'Ratna Alur Uji', eselon: 'IIa' },
  { nip: nip('1972-08-17', '1998-03', 962), name: 'Sulastri Alur Uji', eselon: 'IIb' },
  { nip: nip('1979-01-23', '2004-03', 963), name: 'Yuliani Alur Uji', eselon: 'IIb' },
];
const CODE = 'DLA-ALUR-UJI';
const NETWORK_ERROR = 'Server tidak dapat dihubungi. Periksa sambungan internet Anda, lalu coba lagi.';

/** How the Indonesian UI writes numbers, independently of the SPA's code. */
const num = (n: number) => new Intl.NumberFormat('id-ID').format(n);
const pct = (share: number) => new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(share);

/**
 * Issue 8: an organizer's whole working day in Chromium, on a fresh database — roster import,
 * a new cohort, enrolment up to the waitlist, the schedule with a conflict shown and resolved,
 * attendance of a past session, the printable sheet, the dashboard and its exports — with
 * axe-core on every page it passes, and saves that fail keeping what was typed.
 */
suite("the organizer's flow end to end", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let step = 0;

  beforeAll(async () => {
    server = await startServer({ seed: 'demo' });
    await server.useAccount(...DEMO.organizerBabel);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta', acceptDownloads: true });
    page = await context.newPage();
  }, 180_000);

  // A failed step keeps a picture of the page as it was.
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await shoot(page, `organizer-failure-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => {});
  });

  afterAll(async () => {
    await context?.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  /** A screenshot per step, numbered, and axe-core on the page as it is. */
  async function checkpoint(name: string, options: { fullPage?: boolean } = {}): Promise<void> {
    step += 1;
    await shoot(page, `organizer-${String(step).padStart(2, '0')}-${name}`, options);
    await expectAccessible(page, `organizer-${name}`);
  }

  /** Aborts the next GraphQL request of this operation, as a dropped connection would; later ones pass. */
  async function failOnce(operation: string): Promise<() => boolean> {
    let failed = false;
    const handler = async (route: Route) => {
      if (!failed && (route.request().postData() ?? '').includes(`"operationName":"${operation}"`)) {
        failed = true;
        await route.abort('internetdisconnected');
        return page.unroute('**/graphql', handler);
      }
      return route.fallback();
    };
    await page.route('**/graphql', handler);
    return () => failed;
  }

  async function saveDownload(download: Download): Promise<Buffer> {
    const path = `${SHOTS}organizer-${download.suggestedFilename()}`;
    await download.saveAs(path);
    return readFileSync(path);
  }

  const ids: { cohort: string; program: string; people: string[] } = { cohort: '', program: '', people: [] };
  const sessionDay = pastWorkingDay();

  it('signs in and imports a roster of new people (preview, then commit)', async () => {
    const agencies = (await server.gql('{ agencies(first: 100) { nodes { code } } }')).data.agencies.nodes as { code: string }[];
    const csv = [
      'nip,name,employment_type,position_type,eselon,job_title,agency_code',
      ...PEOPLE.map((p, i) => `${p.nip},${p.name},PNS,STRUKTURAL,${p.eselon},Kepala Dinas Uji ${i + 1},${agencies[i % agencies.length]!.code}`),
    ].join('\n');

    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
    await waitForPath(page, '/roster');
    await page.locator('h1').first().waitFor();
    await checkpoint('roster');

    await page.goto(`${server.url}/roster/import`);
    await page.getByRole('heading', { level: 1, name: 'Impor daftar ASN' }).waitFor();
    await checkpoint('import-choose');
    await page.setInputFiles('[data-test="csv-file"]', { name: 'pejabat-baru.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const preview = page.locator('[data-test="import-preview"]');
    await preview.waitFor();
    expect(await preview.innerText()).toMatch(/Baris valid\s*3/);
    expect(await page.locator('[data-test="row-errors"]').count()).toBe(0);
    await checkpoint('import-preview');

    await page.locator('[data-test="import-commit"]').click();
    const done = page.locator('[data-test="import-done"]');
    await done.waitFor();
    expect(await done.innerText()).toContain('3 ASN baru');
    await checkpoint('import-done');

    for (const p of PEOPLE) {
      const person = (await server.gql('query($nip: String!) { person(nip: $nip) { id name eselonGroup } }', { nip: p.nip })).data.person;
      expect(person).toMatchObject({ name: p.name, eselonGroup: 'II' });
      ids.people.push(person.id);
    }
  });

  it('creates a cohort of two seats; a failed save keeps the form and says what to do', async () => {
    const programs = (await server.gql('{ programs(first: 20) { nodes { id code } } }')).data.programs.nodes as { id: string; code: string }[];
    ids.program = programs.find((p) => p.code === 'DLA')!.id;

    await page.goto(`${server.url}/cohorts`);
    await page.locator('h1').first().waitFor();
    await page.locator('a[href="/cohorts/new"]').first().click();
    await waitForPath(page, '/cohorts/new');
    await page.locator('#programId').selectOption(ids.program);
    await page.locator('#code').fill(CODE);
    await page.locator('#name').fill('DLA Alur Uji');
    await page.locator('#startDate').fill(day(-14));
    await page.locator('#endDate').fill(day(14));
    await page.locator('#capacity').fill('2');
    await page.locator('#venueId').selectOption({ label: 'Ruang Kelas Melati (30 kursi)' });
    await checkpoint('cohort-form');

    // The connection drops on the first save: the message says what to do, nothing typed is lost.
    const failed = await failOnce('CreateCohort');
    await page.locator('form.form button[type="submit"]').click();
    await page.getByRole('alert').filter({ hasText: NETWORK_ERROR }).waitFor();
    expect(failed()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/cohorts/new');
    expect(await page.locator('#programId').inputValue()).toBe(ids.program);
    expect(await page.locator('#code').inputValue()).toBe(CODE);
    expect(await page.locator('#name').inputValue()).toBe('DLA Alur Uji');
    expect(await page.locator('#startDate').inputValue()).toBe(day(-14));
    expect(await page.locator('#endDate').inputValue()).toBe(day(14));
    expect(await page.locator('#capacity').inputValue()).toBe('2');
    await checkpoint('cohort-form-failed');

    // Sent again as it stands, it is saved.
    await page.locator('form.form button[type="submit"]').click();
    await page.waitForURL((u) => u.pathname.startsWith('/cohorts/') && u.pathname !== '/cohorts/new');
    ids.cohort = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    await page.getByRole('heading', { level: 1, name: /DLA Alur Uji/ }).waitFor();
    const stored = (await server.gql('query($id: ID!) { cohort(id: $id) { code capacity startDate endDate } }', { id: ids.cohort })).data.cohort;
    expect(stored).toEqual({ code: CODE, capacity: 2, startDate: day(-14), endDate: day(14) });
    await checkpoint('cohort-new');
  });

  it('enrols the three through the cohort page: two seated, the third on the waitlist', async () => {
    await page.locator('#enrol-search').fill('Alur Uji');
    const results = page.locator('.pick-list li');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBe(3);
    for (const p of PEOPLE) await page.locator('.pick-list label', { hasText: p.name }).locator('input[type="checkbox"]').check();
    const form = page.locator('form.enrol-form');
    await form.locator('.enrol-person').nth(2).waitFor();

    // A dropped connection: the three picked stay picked, the message says what to do.
    const failed = await failOnce('Enroll');
    await form.locator('button[type="submit"]').click();
    await form.getByRole('alert').filter({ hasText: NETWORK_ERROR }).waitFor();
    expect(failed()).toBe(true);
    expect(await form.locator('.enrol-person').allInnerTexts()).toEqual(PEOPLE.map((p) => expect.stringContaining(p.name)));
    await checkpoint('enrol-failed');

    await form.locator('button[type="submit"]').click();
    const outcome = page.locator('.alert--success', { hasText: 'Pendaftaran tersimpan' });
    await outcome.waitFor();
    const lines = await outcome.locator('li').allInnerTexts();
    expect(lines).toEqual([
      `${PEOPLE[0]!.name}: mendapat kursi`,
      `${PEOPLE[1]!.name}: mendapat kursi`,
      `${PEOPLE[2]!.name}: masuk daftar tunggu, urutan 1`,
    ]);
    // The page's own lists follow.
    await page.locator('#waitlist-h', { hasText: '(1)' }).waitFor();
    await page.locator('#enrolled-h', { hasText: '(2)' }).waitFor();
    expect(await page.locator('section[aria-labelledby="waitlist-h"] tbody tr').innerText()).toContain(PEOPLE[2]!.name);
    await checkpoint('enrolled');
  });

  it('builds the schedule: a double booking is explained and undone, the session placed elsewhere saves cleanly', async () => {
    await page.locator('[data-test="open-schedule"]').click();
    await waitForPath(page, `/cohorts/${ids.cohort}/jadwal`);
    await page.goto(`${server.url}/cohorts/${encodeURIComponent(ids.cohort)}/jadwal?tanggal=${sessionDay}`);
    await page.locator('[data-test="schedule-calendar"] .fc-timegrid').waitFor();
    await page.locator('[data-test="no-sessions"]').waitFor();
    expect(await page.locator('[data-test="schedule-zone"]').innerText()).toContain('WIB');
    await checkpoint('schedule-empty');

    const form = page.locator('[data-test="new-session-form"]');
    async function add(moduleLabel: string, time: string) {
      await form.locator('[data-test="new-venue"]').selectOption({ label: 'Ruang Kelas Melati' });
      await form.locator('[data-test="new-module"]').selectOption({ label: moduleLabel });
      await form.locator('[data-test="new-date"]').fill(sessionDay);
      await form.locator('[data-test="new-time"]').fill(time);
      await form.locator('[data-test="new-jp"]').fill('2');
      await form.locator('[data-test="new-submit"]').click();
    }

    await add('DLA-01 · Kepemimpinan di Era Digital', '08:00');
    await page.locator('[data-test="schedule-notice"]', { hasText: 'DLA-01 disimpan' }).waitFor();
    await page.locator('[data-test="session-event"]').first().waitFor();

    // Same room, same hour, same people: refused and explained in words.
    await add('DLA-02 · Keputusan Berbasis Data', '08:00');
    const pending = page.locator('[data-test="pending-conflicts"]');
    await pending.waitFor();
    const text = await pending.innerText();
    expect(text).toContain('Belum disimpan');
    // Worded in Indonesian from the code and params: the venue and the other cohort, never the server's English.
    expect(text).toMatch(/Ruang Kelas Melati sudah dipakai angkatan \S+ pada .+\. Pilih waktu atau tempat lain\./);
    expect(text).not.toMatch(/is taken by|already have a session of|JP scheduled/);
    expect(await pending.locator('[data-code="schedule/venue-double-booked"]').count()).toBeGreaterThan(0);
    await checkpoint('schedule-conflict', { fullPage: false });

    await pending.locator('[data-test="undo"]').click();
    await page.locator('[data-test="schedule-notice"]', { hasText: 'Perubahan dibatalkan' }).waitFor();
    expect(await pending.count()).toBe(0);

    // In the afternoon instead: saved, and no conflict is left (JP still short is only a warning).
    await add('DLA-02 · Keputusan Berbasis Data', '13:00');
    await page.locator('[data-test="schedule-notice"]', { hasText: 'DLA-02 disimpan' }).waitFor();
    await expect.poll(() => page.locator('[data-test="session-table"] tbody tr').count()).toBe(2);
    await page.locator('[data-test="issue-summary"]').waitFor();
    expect(await page.locator('[data-test="issue-summary"]').innerText()).toMatch(/^0 bentrok/i);
    expect(await page.locator('[data-test="schedule-issues"] .issue--conflict').count()).toBe(0);
    await checkpoint('schedule-built');

    const conflicts = (await server.gql('query($id: ID!) { scheduleConflicts(cohortId: $id) { severity } }', { id: ids.cohort })).data.scheduleConflicts;
    expect(conflicts.filter((c: { severity: string }) => c.severity === 'CONFLICT')).toEqual([]);
  });

  let sessions: { id: string; startsAt: string; module: { code: string } }[] = [];

  it('records attendance of the morning session, which has taken place', async () => {
    sessions = (await server.gql('query($id: ID!) { cohort(id: $id) { sessions(first: 10) { nodes { id startsAt endsAt module { code } } } } }', { id: ids.cohort }))
      .data.cohort.sessions.nodes.sort((a: any, b: any) => a.startsAt.localeCompare(b.startsAt));
    expect(sessions.map((s) => s.module.code)).toEqual(['DLA-01', 'DLA-02']);
    const morning = sessions[0]!;

    await page.goto(`${server.url}/cohorts/${encodeURIComponent(ids.cohort)}`);
    await page.locator('[data-test="open-attendance"]').click();
    await waitForPath(page, `/cohorts/${ids.cohort}/kehadiran`);
    await page.locator('[data-test="session-select"]').selectOption(morning.id);
    await page.waitForURL((u) => u.searchParams.get('sesi') === morning.id);
    const rows = page.locator('[data-test="attendance-row"]');
    // The waitlisted person has no seat, so no row.
    await expect.poll(() => rows.count()).toBe(2);
    const row = (i: number) => page.locator(`[data-test="attendance-row"][data-person="${ids.people[i]}"]`);
    await row(0).locator('button[data-status="PRESENT"]').click();
    await row(1).locator('button[data-status="SICK"]').click();
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('PRESENT');
    await page.locator('[data-test="save-status"][data-state="saved"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => row(1).getAttribute('data-status')).toBe('SICK');
    await checkpoint('attendance');

    const stored = (await server.gql('query($id: ID!) { node(id: $id) { ... on Session { attendances(first: 10) { nodes { status person { id } } } } } }', { id: morning.id }))
      .data.node.attendances.nodes.map((a: any) => [a.person.id, a.status]);
    expect(new Map(stored)).toEqual(new Map([[ids.people[0], 'PRESENT'], [ids.people[1], 'SICK']]));
  });

  it('opens the printable attendance sheet with what was recorded', async () => {
    await page.goto(`${server.url}/cohorts/${encodeURIComponent(ids.cohort)}`);
    await page.locator('[data-test="open-attendance-sheet"]').click();
    await waitForPath(page, `/cohorts/${ids.cohort}/daftar-hadir`);
    const sheet = page.locator('[data-test="attendance-sheet"]');
    await sheet.waitFor();
    const rowOf = (name: string) => sheet.locator('tbody:first-of-type tr', { hasText: name });
    const symbols = (name: string) => rowOf(name).locator('td.sheet__cell').evaluateAll((tds) => tds.map((td) => td.querySelector('[aria-hidden]')!.textContent!.trim()));
    expect(await symbols(PEOPLE[0]!.name)).toEqual(['✓ H', '–']);
    expect((await symbols(PEOPLE[1]!.name))[0]).toMatch(/S$/);
    await checkpoint('attendance-sheet');
  });

  it('reads the dashboard for this cohort and downloads its CSV and Excel exports with the same numbers', async () => {
    await page.getByRole('link', { name: 'Laporan' }).click();
    await waitForPath(page, '/laporan');
    await page.locator('[data-test="gap-sentence"]').waitFor();
    await page.locator('[data-test="filter-cohort"]').selectOption(ids.cohort);
    await page.waitForURL((u) => [...u.searchParams.values()].includes(ids.cohort));

    // What was recorded: 3 enrolled (2 seated + 1 waitlisted), 1 attended, none completed;
    // JP: 2 sessions × 2 JP for each of the 3 enrolments scheduled, 2 JP earned.
    const expected = { enrolled: 3, attended: 1, completed: 0, jpScheduled: 12, jpEarned: 2 };
    await expect.poll(() => page.locator('[data-test="stat-enrolled"]').innerText(), { timeout: 15_000 }).toBe(num(expected.enrolled));
    const rows = await page.locator('[data-test="eselon-bars"] table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).textContent!.trim())),
    );
    const api = (await server.gql('query($f: ReportFilter) { participationByEselon(filter: $f) { group roster } }', { f: { cohortId: ids.cohort } })).data.participationByEselon as { group: string; roster: number }[];
    const rosterII = api.find((r) => r.group === 'II')!.roster;
    const ii = rows.find((r) => r[0] === 'Eselon II')!;
    expect(ii).toEqual(['Eselon II', num(rosterII), '3', pct(3 / rosterII), '0', pct(0), pct(expected.jpEarned / expected.jpScheduled)]);
    for (const r of rows) if (r[0] !== 'Eselon II') expect(r[2], r[0]).toBe('0');
    await checkpoint('dashboard');

    // The CSV and Excel buttons of "participation by eselon". A refused download is explained
    // in Indonesian, not left as a broken file.
    const exports = page.locator('[data-test="export-participation-by-eselon"]');
    await page.route((u) => u.pathname === '/exports/participation-by-eselon.xlsx', (route) =>
      route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ error: { code: 'auth/forbidden', message: 'forbidden' } }) }), { times: 1 });
    await exports.locator('a', { hasText: 'Excel' }).click();
    const refused = exports.locator('[data-test="download-error"]');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('Anda tidak berhak melakukan ini. Bila perlu, minta bantuan admin.');
    await checkpoint('dashboard-export-refused');

    // While the server prepares a file the button's row says so.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route((u) => u.pathname === '/exports/participation-by-eselon.csv', async (route) => {
      await held;
      await route.fallback();
    }, { times: 1 });
    const csvEvent = page.waitForEvent('download');
    await exports.locator('a', { hasText: 'CSV' }).click();
    const progress = exports.locator('[data-test="download-progress"]');
    await progress.waitFor();
    expect(await progress.innerText()).toMatch(/Menyiapkan unduhan|Mengunduh/);
    expect(await exports.locator('[data-test="download-error"]').count()).toBe(0);
    await checkpoint('dashboard-export-progress', { fullPage: false });
    release();
    const csvDownload = await csvEvent;
    await progress.waitFor({ state: 'detached' });
    expect(csvDownload.suggestedFilename()).toBe('lintas-participation-by-eselon.csv');
    const csvRows = parse(await saveDownload(csvDownload), { bom: true }) as string[][];
    expect(csvRows[0]!.slice(0, 5)).toEqual(['Kelompok eselon', 'Jumlah ASN', 'Terdaftar', 'Pernah hadir', 'Lulus']);
    const header = csvRows[0]!;
    const col = (name: string) => header.indexOf(name);
    const csvII = csvRows.find((r) => r[0] === 'II')!;
    expect(Number(csvII[col('Terdaftar')])).toBe(expected.enrolled);
    expect(Number(csvII[col('Pernah hadir')])).toBe(expected.attended);
    expect(Number(csvII[col('Lulus')])).toBe(expected.completed);
    expect(Number(csvII[col('JP terjadwal')])).toBe(expected.jpScheduled);
    expect(Number(csvII[col('JP diperoleh')])).toBe(expected.jpEarned);
    expect(Number(csvII[col('Tingkat kehadiran')])).toBeCloseTo(expected.jpEarned / expected.jpScheduled, 6);
    for (const r of csvRows.slice(1)) if (r[0] !== 'II') expect(Number(r[col('Terdaftar')]), r[0]).toBe(0);

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), exports.locator('a', { hasText: 'Excel' }).click()]);
    expect(xlsxDownload.suggestedFilename()).toBe('lintas-participation-by-eselon.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await saveDownload(xlsxDownload)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const headerRow = (sheet.views[0] as { ySplit: number }).ySplit;
    const xHeader = (sheet.getRow(headerRow).values as unknown[]).slice(1);
    expect(xHeader).toEqual(header);
    const about = new Map<string, unknown>();
    for (let n = 2; n < headerRow; n++) about.set(String(sheet.getCell(n, 1).value), sheet.getCell(n, 2).value);
    expect(String(about.get('Angkatan'))).toContain(CODE);
    let found = false;
    for (let n = headerRow + 1; n <= sheet.rowCount; n++) {
      const values = (sheet.getRow(n).values as unknown[]).slice(1);
      if (values[0] !== 'II') continue;
      found = true;
      expect(values[col('Terdaftar')]).toBe(expected.enrolled);
      expect(values[col('Pernah hadir')]).toBe(expected.attended);
      expect(values[col('JP terjadwal')]).toBe(expected.jpScheduled);
      expect(values[col('JP diperoleh')]).toBe(expected.jpEarned);
      expect(values[col('Tingkat kehadiran')] as number).toBeCloseTo(expected.jpEarned / expected.jpScheduled, 6);
      expect(sheet.getRow(n).getCell(col('Terdaftar') + 1).type).toBe(ExcelJS.ValueType.Number);
    }
    expect(found).toBe(true);
    await checkpoint('dashboard-exported');
  });
});
