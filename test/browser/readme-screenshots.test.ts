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

  it("change projects: a plan's final seminar and the reviewers' scores", async () => {
    const page = await newPage(1280, 800);
    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
    await waitForPath(page, '/roster');
    await page.goto(`${server.url}/proyek-perubahan`);
    await page.locator('[data-test="plan-row"]').first().waitFor();
    // An implemented plan: its seminar is set and the coach, mentor and examiner scored it.
    await page.locator('[data-test="plans-status"]').selectOption('IMPLEMENTED');
    await page.locator('[data-test="plan-row-status"][data-status="IMPLEMENTED"]').first().waitFor();
    await page.locator('[data-test="plan-open"]').first().click();
    await page.locator('[data-test="seminar-session"]').waitFor();
    await page.locator('[data-test="seminar-kept"]').first().waitFor();
    await page.evaluate(() => {
      const row = document.querySelector('[data-test="plan-open"][aria-expanded="true"]')!.closest('tr')!;
      window.scrollTo(0, row.getBoundingClientRect().top + window.scrollY - 8);
    });
    await save(page, 'action-plans-seminar');
  }, 120_000);

  it('evaluations and certificates: the organizer\'s pages, the participant\'s certificates and the public verification on a phone', async () => {
    const org = await server.signIn(...DEMO.organizerBabel);
    const found = await org.gql<{ cohorts: { nodes: { id: string; code: string; status: string }[] }; certificates: { nodes: { code: string; valid: boolean; person: { id: string; nip: string } }[] } }>(
      '{ cohorts(first: 50) { nodes { id code status } } certificates(first: 100) { nodes { code valid person { id nip } } } }',
    );
    // A closed cohort: its participants answered the evaluations the day it ended.
    const closed = found.data!.cohorts.nodes.find((c) => c.status === 'CLOSED')!;
    const page = await newPage(1280, 800);
    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
    await waitForPath(page, '/roster');
    await page.goto(`${server.url}/evaluasi?angkatan=${encodeURIComponent(closed.id)}`);
    await page.locator('[data-test="evaluation-chart"]').first().waitFor();
    await page.evaluate(() => {
      const results = document.querySelector('[data-test="evaluation-results"]')!;
      window.scrollTo(0, results.getBoundingClientRect().top + window.scrollY - 8);
    });
    await save(page, 'evaluations');

    await page.goto(`${server.url}/sertifikat`);
    await page.locator('[data-test="certificates"]').waitFor();
    await save(page, 'certificates');

    // A participant holding a valid certificate (the demo's accounts hold none): invited and signed up as a participant would be, on a phone.
    const mine = found.data!.certificates.nodes.find((c) => c.valid)!;
    const invite = await org.gql<{ createInvitation: { code: string } }>('mutation($p: ID!) { createInvitation(personId: $p) { code } }', { p: mine.person.id });
    const redeemed = await server.gql('mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { errors { code } } }', {
      i: { nip: mine.person.nip, code: invite.data!.createInvitation.code, password: 'sertifikat-demo-2026' },
    });
    expect(redeemed.data.redeemInvitation.errors).toEqual([]);
    const phone = await newPage(360, 740);
    await signInThroughPage(phone, server.url, mine.person.nip, 'sertifikat-demo-2026');
    await waitForPath(phone, '/saya');
    await phone.goto(`${server.url}/saya/sertifikat`);
    await phone.locator('[data-test="my-certificates"] li').first().waitFor();
    await save(phone, 'my-certificates-phone', 1480);

    const anyone = await newPage(360, 740);
    await anyone.goto(`${server.url}/verify/${mine.code}`);
    await anyone.locator('h1').first().waitFor();
    await save(anyone, 'verify-phone', 1480);
  }, 240_000);

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
