import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from '../support/requirements';
import { DEMO, startServer, type RunningServer } from '../support/server';
import { shoot, signInThroughPage, VIEWPORTS, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

suite('assessments in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ seed: 'demo' });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    await server.useAccount(...DEMO.organizerBabel);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an organizer enters a post score, which is stored; a bad one is refused in words', async () => {
    const cohort = (await server.gql('{ cohort(code: "DLA-2026-02") { id } }')).data.cohort.id;
    for (const v of VIEWPORTS) {
      const page = await (await browser.newContext({ viewport: { width: v.width, height: v.height } })).newPage();
      await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
      await page.goto(`${server.url}/cohorts/${encodeURIComponent(cohort)}`);
      await page.locator('[data-test="open-assessments"]').click();
      await waitForPath(page, `/cohorts/${cohort}/asesmen`);
      const row = page.locator('[data-test="assessment-row"]').first();
      await row.waitFor();
      await row.locator('[data-test="score-POST"]').fill('101');
      await page.locator('[data-test="save-scores"]').click();
      await page.locator('[data-test="assessments-error"]').waitFor();
      await row.locator('[data-test="score-POST"]').fill(v.tag === 'desktop' ? '84' : '86');
      await page.locator('[data-test="save-scores"]').click();
      await page.locator('[data-test="assessments-notice"]').waitFor();
      await shoot(page, `assessments-${v.tag}`);
    }
    const posts = (await server.gql('query($c: ID!) { assessments(cohortId: $c, first: 100) { nodes { kind score } } }', { c: cohort })).data.assessments.nodes.filter((a: any) => a.kind === 'POST');
    expect(posts).toEqual([{ kind: 'POST', score: 86 }]);
  });
});
