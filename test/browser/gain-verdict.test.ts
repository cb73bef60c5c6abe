import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from '../support/requirements';
import { DEMO, startServer, type RunningServer } from '../support/server';
import { FIXTURE_PASSWORD, gid, reportFixture } from '../support/report-fixture';
import { gainFixture } from '../support/gain-fixture';
import { expectAccessible, shoot, signInThroughPage, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;
/** With LINTAS_README_SHOTS=1 the gain chart is also written for the README (docs/screenshots/gain.png). */
const README = process.env.LINTAS_README_SHOTS === '1' ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url)) : null;

function readme(file: string) {
  if (!README) return null;
  mkdirSync(README, { recursive: true });
  return `${README}${file}`;
}
function squeeze(file: string) {
  try {
    execFileSync('optipng', ['-quiet', '-o2', file]);
  } catch {
    // optipng is optional.
  }
}

/**
 * Issue 20, parts 7 and 8 in the browser: the participant's verdict on Jadwal Saya on a
 * 360-px phone (the fixture of test/support/gain-fixture.ts: two more sessions, 8 JP, to
 * pass), and the learning gain on the report page over the demo data.
 */
suite('the pass verdict on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let c5: number;

  beforeAll(async () => {
    server = await startServer({ seed: 'none' });
    const ids = await reportFixture(server.databaseUrl);
    c5 = (await gainFixture(server.databaseUrl, ids)).c5;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('Jadwal Saya says in one large sentence what it takes to pass', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'id-ID' });
    const page = await context.newPage();
    await signInThroughPage(page, server.url, '197001012000011001', FIXTURE_PASSWORD);
    await waitForPath(page, '/saya');
    const verdicts = page.locator('[data-test="my-verdict"]');
    await verdicts.first().waitFor();
    const running = page.locator('[data-test="my-verdict"][data-verdict="ATTEND_MORE"]');
    expect((await running.innerText()).trim()).toBe('Hadiri 2 sesi lagi (8 JP) agar lulus.');
    expect((await page.locator('[data-test="my-verdict"][data-verdict="PASSED"]').innerText()).trim()).toBe('Anda sudah memenuhi syarat kelulusan.');
    // Large type, and nothing wider than the phone.
    expect(Number.parseFloat(await running.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(22);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await running.scrollIntoViewIfNeeded();
    await expectAccessible(page, 'verdict-phone');
    await shoot(page, 'verdict-jadwal-saya-phone', { fullPage: true });
    const file = readme('verdict-phone.png');
    if (file) {
      await page.locator('[data-test="my-progress"]').screenshot({ path: file, animations: 'disabled' });
      squeeze(file);
    }

    await context.close();
  }, 120_000);

  it("the organizer's attendance warnings say the same verdict about each person", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    await signInThroughPage(page, server.url, 'org@fix.test', FIXTURE_PASSWORD);
    await page.goto(`${server.url}/cohorts/${encodeURIComponent(gid('Cohort', c5))}/kehadiran`);
    const warnings = page.locator('[data-test="attendance-warnings"]');
    await warnings.locator('[data-test="warning-verdict"]').first().waitFor();
    expect((await warnings.locator('[data-verdict="ATTEND_MORE"]').innerText()).trim()).toBe('Perlu hadir 2 sesi lagi (8 JP) agar lulus.');
    expect(await warnings.locator('[data-verdict="CANNOT_PASS"]').innerText()).toContain('Tidak dapat lulus lagi');
    await shoot(page, 'verdict-attendance-warnings');
    await context.close();
  }, 120_000);
});

suite('the learning gain on the report page', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ seed: 'demo' });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the gain by eselon group and generation, seniors against juniors, with its table and exports', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    page = await context.newPage();
    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
    await waitForPath(page, '/roster');
    await page.goto(`${server.url}/laporan`);
    const section = page.locator('[data-test="gain-section"]');
    await section.locator('[data-test="gain-sentence"]').waitFor();
    // The demo's seniors gain less than its juniors.
    expect(await section.locator('[data-test="gain-sentence"]').innerText()).toMatch(/^Generasi senior .* lebih sedikit daripada generasi muda/);
    await expect.poll(() => section.locator('canvas').count()).toBe(1);
    // The numbers are a real table, there for screen readers even while hidden.
    const table = section.locator('table');
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await section.locator('[data-test="export-assessment-gain"] a').count()).toBe(2);
    await section.scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await expectAccessible(page, 'gain-report');
    await shoot(page, 'gain-report');
    const file = readme('gain.png');
    if (file) {
      await section.screenshot({ path: file, animations: 'disabled' });
      squeeze(file);
    }
    await context.close();
  }, 180_000);
});
