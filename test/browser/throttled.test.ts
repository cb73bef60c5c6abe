import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from '../support/requirements';
import { DEMO, startServer, type RunningServer } from '../support/server';
import { signInThroughPage } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

/**
 * An organizer's page that reads a large cohort 100 rows at a time spends the query
 * budget faster than it refills. The server refuses the excess with `limits/throttled`
 * before running anything; the SPA waits and sends it again, and shows every row.
 * The budget here is small (10,000 points, 4,000 a second) so that this happens on
 * the demo cohort of hundreds.
 */
suite('a page past the query budget', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ seed: 'demo', env: { LINTAS_QUERY_BUDGET: '10000', LINTAS_QUERY_BUDGET_PER_SECOND: '4000' } });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('waits when throttled and still shows every participant of the cohort', async () => {
    await server.useAccount(...DEMO.organizerBabel);
    const res = await server.gql(`{ cohort(code: "LITDIG-2026-01") { id enrollments(first: 1, statuses: [ENROLLED, COMPLETED]) { totalCount } sessions(first: 100) { nodes { id startsAt } } } }`);
    const big = res.data.cohort;
    expect(big.enrollments.totalCount).toBeGreaterThan(300);
    const first = [...big.sessions.nodes].sort((a: any, b: any) => a.startsAt.localeCompare(b.startsAt))[0];

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const codes: string[] = [];
    page.on('response', async (r) => {
      if (!r.url().endsWith('/graphql')) return;
      const body = await r.json().catch(() => null);
      for (const e of body?.errors ?? []) codes.push(e.extensions?.code);
    });
    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
    await page.goto(`${server.url}/cohorts/${encodeURIComponent(big.id)}/kehadiran?sesi=${encodeURIComponent(first.id)}`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-test="attendance-row"]').length === n, big.enrollments.totalCount, { timeout: 60_000 });
    await page.locator('[data-test="attendance-loading-more"]').waitFor({ state: 'detached', timeout: 60_000 });
    // The budget did run out on the way, and nothing of it reached the organizer.
    expect(codes).toContain('limits/throttled');
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    const people = await page.locator('[data-test="attendance-row"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-person')));
    expect(new Set(people).size).toBe(big.enrollments.totalCount);
    await context.close();
  }, 90_000);
});
