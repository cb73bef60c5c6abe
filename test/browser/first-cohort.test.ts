import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEADERS, NEW_ORGANIZER as ORGANIZER, newAcademy } from '../support/new-academy';
import { chromiumAvailable } from '../support/requirements';
import { browserSuite, shootFailures, shootViewports, signInThroughPage } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

/**
 * Steps 3 and 4 of issue 17, in the SPA: the academy of catalogue.test.ts (built here through
 * the API) opens its first running cohort, the imported officials take part in it, and the
 * report counts them.
 */
suite("a new academy's first cohort, in the browser", () => {
  const env = browserSuite({ server: { seed: 'none' } });
  let server: typeof env.server;
  let page: Page;

  beforeAll(async () => {
    server = env.server;
    await newAcademy(server);
    page = await env.newPage(1280, 900, { locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    await signInThroughPage(page, server.url, ...ORGANIZER);
  }, 180_000);

  shootFailures(() => page, 'catalogue');

  const shootBoth = (name: string) => shootViewports(page, `catalogue-${name}`);

  const WIB_MS = 7 * 3_600_000;
  const day = (n: number) => new Date(Date.now() + WIB_MS + n * 86_400_000).toISOString().slice(0, 10);
  /** The latest working day at least two days ago: its sessions are over whatever the hour. */
  const sessionDay = (() => {
    for (let n = 2; ; n++) if (![0, 6].includes(new Date(`${day(-n)}T00:00:00Z`).getUTCDay())) return day(-n);
  })();
  let cohortId = '';

  it('the organizer opens a running cohort and enrols the two eselon II officials of the imported roster', async () => {
    // The program's own completion threshold is the new cohort's default.
    const program = (await server.gql('{ programs(first: 5) { nodes { id version } } }')).data.programs.nodes[0];
    const changed = await server.gql('mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { errors { code } } }', { i: { id: program.id, version: program.version, completionThreshold: 0.75 } });
    expect(changed.data.updateProgram.errors).toEqual([]);
    await page.goto(`${server.url}/cohorts/new`);
    await page.locator('#programId option:not([disabled])').first().waitFor({ state: 'attached' });
    await page.locator('#programId').selectOption({ index: 1 });
    await expect.poll(() => page.locator('#threshold').inputValue()).toBe('75');
    await page.locator('#code').fill('DLA-UJI-01');
    await page.locator('#name').fill('DLA Angkatan Uji');
    await page.locator('#startDate').fill(day(-14));
    await page.locator('#endDate').fill(day(14));
    await page.locator('#capacity').fill('20');
    const venue = await page.locator('#venueId option', { hasText: 'Aula Utama BPSDMD' }).getAttribute('value');
    await page.locator('#venueId').selectOption(venue!);
    await page.locator('form.form button[type="submit"]').click();
    await page.waitForURL((u) => /^\/cohorts\/[^/]+$/.test(u.pathname) && u.pathname !== '/cohorts/new');
    cohortId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    expect((await server.gql('query($id: ID!) { cohort(id: $id) { completionThreshold } }', { id: cohortId })).data.cohort.completionThreshold).toBe(0.75);
    await page.getByRole('heading', { level: 1, name: /DLA Angkatan Uji/ }).waitFor();

    await page.locator('#enrol-search').fill('Uji Baru');
    for (const name of LEADERS) {
      const pick = page.locator('.pick-list label', { hasText: name }).locator('input[type="checkbox"]');
      await pick.waitFor();
      await pick.check();
    }
    const form = page.locator('form.enrol-form');
    await form.locator('button[type="submit"]').click();
    const outcome = page.locator('.alert--success', { hasText: 'Pendaftaran tersimpan' });
    await outcome.waitFor();
    expect((await outcome.locator('li').allInnerTexts()).sort()).toEqual(LEADERS.map((n) => `${n}: mendapat kursi`).sort());
    await page.locator('#enrolled-h', { hasText: '(2)' }).waitFor();
  });

  it('schedules a session of the first module on a past working day', async () => {
    await page.goto(`${server.url}/cohorts/${encodeURIComponent(cohortId)}/jadwal?tanggal=${sessionDay}`);
    await page.locator('[data-test="schedule-calendar"] .fc-timegrid').waitFor();
    const form = page.locator('[data-test="new-session-form"]');
    await form.locator('[data-test="new-venue"]').selectOption({ label: 'Aula Utama BPSDMD' });
    await form.locator('[data-test="new-module"]').selectOption({ label: 'DLA-01 · Kepemimpinan digital' });
    await form.locator('[data-test="new-date"]').fill(sessionDay);
    await form.locator('[data-test="new-time"]').fill('08:00');
    await form.locator('[data-test="new-jp"]').fill('2');
    await form.locator('[data-test="new-submit"]').click();
    await page.locator('[data-test="schedule-notice"]', { hasText: 'DLA-01 disimpan' }).waitFor();
    await expect.poll(() => page.locator('[data-test="session-table"] tbody tr').count()).toBe(1);
    await shootBoth('first-session');
  });

  it('records attendance and the report counts it', async () => {
    const cohort = (await server.gql('query($id: ID!) { cohort(id: $id) { sessions(first: 5) { nodes { id } } enrollments(first: 10) { nodes { person { id name } } } } }', { id: cohortId })).data.cohort;
    expect(cohort.sessions.nodes).toHaveLength(1);
    const session = cohort.sessions.nodes[0].id as string;
    const personId = (name: string) => cohort.enrollments.nodes.find((e: { person: { name: string } }) => e.person.name === name).person.id as string;
    await page.goto(`${server.url}/cohorts/${encodeURIComponent(cohortId)}/kehadiran?sesi=${encodeURIComponent(session)}`);
    const rows = page.locator('[data-test="attendance-row"]');
    await expect.poll(() => rows.count()).toBe(2);
    const row = (name: string) => page.locator(`[data-test="attendance-row"][data-person="${personId(name)}"]`);
    await row(LEADERS[0]!).locator('button[data-status="PRESENT"]').click();
    await row(LEADERS[1]!).locator('button[data-status="ABSENT"]').click();
    await expect.poll(() => row(LEADERS[1]!).getAttribute('data-status')).toBe('ABSENT');
    await page.locator('[data-test="save-status"][data-state="saved"]').waitFor({ timeout: 20_000 });
    const stored = (await server.gql('query($id: ID!) { node(id: $id) { ... on Session { attendances(first: 10) { nodes { status person { name } } } } } }', { id: session }))
      .data.node.attendances.nodes.map((a: { status: string; person: { name: string } }) => [a.person.name, a.status]);
    expect(new Map(stored)).toEqual(new Map([[LEADERS[0], 'PRESENT'], [LEADERS[1], 'ABSENT']]));

    await page.goto(`${server.url}/laporan`);
    await page.locator('[data-test="filter-cohort"]').waitFor();
    await page.locator('[data-test="filter-cohort"]').selectOption(cohortId);
    await page.waitForURL((u) => [...u.searchParams.values()].includes(cohortId));
    await expect.poll(() => page.locator('[data-test="stat-enrolled"]').innerText(), { timeout: 15_000 }).toBe('2');
    const bars = await page.locator('[data-test="eselon-bars"] table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).textContent!.trim())),
    );
    const ii = bars.find((r) => r[0] === 'Eselon II')!;
    // Two enrolled, none completed yet; 2 of the 4 JP scheduled for them were earned.
    const pct = (share: number) => new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(share);
    expect(ii[2]).toBe('2');
    expect(ii[4]).toBe('0');
    expect(ii.at(-1)).toBe(pct(0.5));
    await shootBoth('first-report');
  });
});
