import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/requirements';
import { DEMO } from '../support/server';
import { browserSuite, shoot, signInThroughPage, VIEWPORTS, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

suite('assessments in the browser', () => {
  const env = browserSuite({ account: DEMO.organizerBabel });

  it('an organizer enters a post score, which is stored; a bad one is refused in words', async () => {
    const cohort = (await env.server.gql('{ cohort(code: "DLA-2026-02") { id } }')).data.cohort.id;
    for (const v of VIEWPORTS) {
      const page = await (await env.browser.newContext({ viewport: { width: v.width, height: v.height } })).newPage();
      await signInThroughPage(page, env.server.url, ...DEMO.organizerBabel);
      await page.goto(`${env.server.url}/cohorts/${encodeURIComponent(cohort)}`);
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
    const posts = (await env.server.gql('query($c: ID!) { assessments(cohortId: $c, first: 100) { nodes { kind score } } }', { c: cohort })).data.assessments.nodes.filter((a: any) => a.kind === 'POST');
    expect(posts).toEqual([{ kind: 'POST', score: 86 }]);
  });
});
