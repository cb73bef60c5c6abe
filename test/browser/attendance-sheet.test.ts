import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from '../support/requirements';
import { FIXTURE_PASSWORD, gid, reportFixture, type FixtureIds } from '../support/report-fixture';
import { startServer, type RunningServer } from '../support/server';
import { shoot, signInThroughPage, VIEWPORTS, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

/** The printable attendance sheet of the report fixture's cohort C1 (its dates are fixed, not today's). */
suite('attendance sheet in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let ids: FixtureIds;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer({ seed: 'none' });
    ids = await reportFixture(server.databaseUrl);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  async function openSheet(width: number, height: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height } });
    contexts.push(context);
    const page = await context.newPage();
    await signInThroughPage(page, server.url, 'org@fix.test', FIXTURE_PASSWORD);
    await page.goto(`${server.url}/cohorts/${encodeURIComponent(gid('Cohort', ids.c1))}`);
    await page.locator('[data-test="open-attendance-sheet"]').click();
    await waitForPath(page, `/cohorts/${gid('Cohort', ids.c1)}/daftar-hadir`);
    await page.locator('[data-test="attendance-sheet"]').waitFor();
    return page;
  }

  it('shows people × sessions with symbols and letters, totals, and working downloads', async () => {
    const page = await openSheet(1280, 800);
    const rows = page.locator('[data-test="attendance-sheet"] tbody:first-of-type tr');
    expect(await rows.count()).toBe(3);
    const cells = async (n: number) => rows.nth(n).locator('td.sheet__cell').evaluateAll((tds) => tds.map((td) => td.querySelector('[aria-hidden]')!.textContent!.trim()));
    // Shape and letter for each status, not only a colour.
    expect(await cells(0)).toEqual(['✓ H', '◷ T', '○ I']);
    expect(await cells(1)).toEqual(['✓ H', '–', '–']);
    expect(await cells(2)).toEqual(['✗ A', '✓ H', '→ DL']);
    // Screen readers get the word.
    expect(await rows.nth(2).locator('td.sheet__cell').first().locator('.visually-hidden').textContent()).toBe('Alpa');
    const first = await rows.nth(0).innerText();
    expect(first).toContain('Orang 001');
    expect(first).toContain('197001012000011001');
    expect(first).toContain('4 / 5');
    expect(first).toContain('Lulus');
    expect(await rows.nth(1).innerText()).toContain('mengundurkan diri');
    // Per-session totals: present in session 1 = 2 (p1, p2).
    const presentTotals = await page.locator('.sheet__totals tr').first().locator('td').allInnerTexts();
    expect(presentTotals).toEqual(['2', '1', '0']);

    const xlsxHref = await page.locator('[data-test="download-xlsx"]').getAttribute('href');
    expect(xlsxHref).toBe(`/exports/cohorts/${gid('Cohort', ids.c1)}/attendance-sheet.xlsx?lang=id`);
    const download = await page.evaluate(async (href) => {
      const r = await fetch(href!);
      return { status: r.status, disposition: r.headers.get('content-disposition') };
    }, xlsxHref);
    expect(download).toEqual({ status: 200, disposition: 'attachment; filename="lintas-C1-attendance-sheet.xlsx"' });
    await shoot(page, 'attendance-sheet-desktop');
  });

  it('prints on A4 landscape without the navigation, the header repeated', async () => {
    const page = await openSheet(1280, 800);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.header').first().isVisible()).toBe(false);
    expect(await page.locator('[data-test="print"]').isVisible()).toBe(false);
    expect(await page.locator('.breadcrumb').isVisible()).toBe(false);
    expect(await page.locator('.sheet__signature').isVisible()).toBe(true);
    expect(await page.locator('.sheet__table thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
    expect(await page.locator('.sheet').evaluate((el) => getComputedStyle(el).getPropertyValue('page'))).toBe('attendance-sheet');
    await shoot(page, 'attendance-sheet-print');
    // The PDF Chromium makes from the print styles: its pages are A4 landscape (842 × 595 points).
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: false })).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(box && [Math.round(+box[1]!), Math.round(+box[2]!)]).toEqual([842, 595]);
  });

  it('reads on a phone: the table scrolls inside its frame', async () => {
    const phone = VIEWPORTS.find((v) => v.tag === 'phone')!;
    const page = await openSheet(phone.width, phone.height);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shoot(page, 'attendance-sheet-phone');
  });
});
