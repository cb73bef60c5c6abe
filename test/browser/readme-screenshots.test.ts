import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from '../support/requirements';
import { DEMO, startServer, type RunningServer } from '../support/server';
import { signInThroughPage, waitForPath } from './browser-support';

/**
 * The README's "Screens": the main pages on the demo seed, as an organizer of the Babel
 * academy (1280×800) and as a participant on a 360-px phone. A tool more than a test, so
 * it runs only when asked: `pnpm screenshots` (LINTAS_README_SHOTS=1) rewrites
 * docs/screenshots/*.png. The browser's clock is the demo's "today" (2026-11-24), so the
 * pictures do not depend on the day they are taken.
 */
const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const DEMO_NOW = new Date('2026-11-24T09:30:00+08:00');
/** Fitri Padmasari, in DLA-2026-02, which runs on the demo's "today". */
const PARTICIPANT_NIP = '197302172004062751';
/** Citra Lestari, the demo's coach (a participant-role account on her own roster record). */
const COACH_NIP = '199405022019052121';

const suite = chromiumAvailable() && process.env.LINTAS_README_SHOTS === '1' ? describe : describe.skip;

suite('README screenshots', () => {
  let server: RunningServer;
  let browser: Browser;
  let cohort: string;
  /** Yesterday's first session, already recorded, for the attendance grid. */
  let session: string;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await startServer({ seed: 'demo' });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--lang=id-ID'] });
    const org = await server.signIn(...DEMO.organizerBabel);
    const cohorts = await org.gql<{ cohorts: { nodes: { id: string; code: string; sessions: { nodes: { id: string; startsAt: string }[] } }[] } }>(
      '{ cohorts(first: 50) { nodes { id code sessions(first: 100) { nodes { id startsAt } } } } }',
    );
    const dla = cohorts.data!.cohorts.nodes.find((c) => c.code === 'DLA-2026-02')!;
    cohort = encodeURIComponent(dla.id);
    session = encodeURIComponent(dla.sessions.nodes.find((s) => s.startsAt.startsWith('2026-11-23'))!.id);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function newPage(width: number, height: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
    await context.clock.install({ time: DEMO_NOW });
    return context.newPage();
  }

  /** Writes one PNG of the viewport (what a reader sees first), squeezed losslessly when optipng is there. */
  async function save(page: Page, name: string, height?: number): Promise<void> {
    await page.waitForLoadState('networkidle');
    // Let charts and the calendar finish their first layout.
    await page.waitForTimeout(600);
    const file = `${OUT}${name}.png`;
    // A phone page is read by scrolling: show its first screens, not only the first.
    const clip = height ? { x: 0, y: 0, width: page.viewportSize()!.width, height } : undefined;
    await page.screenshot({ path: file, animations: 'disabled', fullPage: !!clip, clip });
    try {
      execFileSync('optipng', ['-quiet', '-o2', file]);
    } catch {
      // optipng is optional: the PNG is already written.
    }
    expect(statSync(file).size).toBeGreaterThan(10_000);
  }

  it("an organizer's main pages at 1280×800", async () => {
    const page = await newPage(1280, 800);
    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
    await waitForPath(page, '/roster');

    await page.locator('table tbody tr').first().waitFor();
    await save(page, 'roster');

    await page.goto(`${server.url}/laporan?tahun=2026`);
    await page.locator('[data-test="gap-sentence"]').waitFor();
    await save(page, 'dashboard');

    await page.goto(`${server.url}/cohorts/${cohort}`);
    await page.locator('h1').first().waitFor();
    await save(page, 'cohort');

    await page.goto(`${server.url}/cohorts/${cohort}/jadwal?tanggal=2026-11-23`);
    await page.locator('[data-test="session-event"]').first().waitFor();
    await save(page, 'schedule-builder');

    await page.goto(`${server.url}/cohorts/${cohort}/kehadiran?sesi=${session}`);
    await page.locator('[data-test="attendance-grid"]').waitFor();
    await save(page, 'attendance-grid');

    await page.goto(`${server.url}/cohorts/${cohort}/daftar-hadir`);
    await page.locator('[data-test="attendance-sheet"]').waitFor();
    await save(page, 'attendance-sheet');
  }, 300_000);

  it('the groups (kelompok) page, at 1280×800 and on a 360-px phone', async () => {
    for (const [width, height, name, clip] of [[1280, 800, 'groups', undefined], [360, 740, 'groups-phone', 1480]] as const) {
      const page = await newPage(width, height);
      await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
      await waitForPath(page, '/roster');
      await page.goto(`${server.url}/cohorts/${cohort}/kelompok`);
      await page.locator('[data-test="group-1"]').waitFor();
      await save(page, name, clip);
    }
  }, 120_000);

  it("nominations: the agency HR officer's page and the academy's incoming list", async () => {
    const hr = await newPage(1280, 800);
    await signInThroughPage(hr, server.url, ...DEMO.agencyHrBabel);
    await waitForPath(hr, '/usulan');
    await hr.locator('[data-test="leader-summary"]').waitFor();
    await save(hr, 'nominations-agency');

    const page = await newPage(1280, 800);
    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
    await waitForPath(page, '/roster');
    await page.goto(`${server.url}/usulan-masuk`);
    await page.locator('[data-test="nominations"]').waitFor();
    // The ones waiting for a decision, with their buttons.
    await page.locator('[data-test="filter-status"]').selectOption('PENDING');
    await page.locator('[data-test="accept"]').first().waitFor();
    await save(page, 'nominations');
  }, 180_000);

  it("change projects: the academy's list and the coach's waiting plans on a phone", async () => {
    const page = await newPage(1280, 800);
    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
    await waitForPath(page, '/roster');
    await page.goto(`${server.url}/proyek-perubahan`);
    await page.locator('[data-test="plan-row"]').first().waitFor();
    await save(page, 'action-plans');

    const coach = await newPage(360, 740);
    await signInThroughPage(coach, server.url, COACH_NIP, DEMO.participantPassword);
    await waitForPath(coach, '/saya');
    await coach.goto(`${server.url}/saya/proyek-menunggu`);
    await coach.locator('[data-test="review-card"]').first().waitFor();
    await save(coach, 'action-plans-waiting-phone', 1480);
  }, 180_000);

  it('Komunitas: the generation mix of communities, and Komunitas saya on a 360-px phone', async () => {
    const page = await newPage(1280, 800);
    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
    await waitForPath(page, '/roster');
    await page.goto(`${server.url}/komunitas`);
    await page.locator('[data-test="community-mix"] canvas').waitFor();
    await save(page, 'komunitas');

    const phone = await newPage(360, 740);
    await signInThroughPage(phone, server.url, PARTICIPANT_NIP, DEMO.participantPassword);
    await waitForPath(phone, '/saya');
    await phone.goto(`${server.url}/saya/komunitas`);
    await phone.locator('[data-test="my-minutes"]').waitFor();
    await save(phone, 'komunitas-phone', 1480);
  }, 180_000);

  it("a participant's Jadwal Saya on a 360-px phone", async () => {
    const page = await newPage(360, 740);
    await signInThroughPage(page, server.url, PARTICIPANT_NIP, DEMO.participantPassword);
    await waitForPath(page, '/saya');
    await page.locator('[data-test="my-card"]').first().waitFor();
    await save(page, 'jadwal-saya-phone', 1480);
  }, 120_000);
});
