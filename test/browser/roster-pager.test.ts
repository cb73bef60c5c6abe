import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/requirements';
import { DEMO } from '../support/server';
import { browserSuite, signInThroughPage, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

suite('paged tables', () => {
  const env = browserSuite();

  it('the roster pages forward and back, saying which rows are shown', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' })).newPage();
    await signInThroughPage(page, env.server.url, ...DEMO.organizerBabel);
    await waitForPath(page, '/roster');
    const count = page.locator('.pager__count');
    await expect.poll(() => count.innerText()).toMatch(/^1–25 dari 6\.319$/);
    await page.getByRole('button', { name: /Berikutnya/ }).click();
    await expect.poll(() => count.innerText()).toMatch(/^26–50 dari 6\.319$/);
    await page.getByRole('button', { name: /Sebelumnya/ }).click();
    await expect.poll(() => count.innerText()).toMatch(/^1–25 dari 6\.319$/);
  });
});
