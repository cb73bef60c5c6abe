import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from '../support/requirements';
import { DEMO, startServer, type RunningServer } from '../support/server';
import { signInThroughPage, waitForPath } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

suite('paged tables', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ seed: 'demo' });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the roster pages forward and back, saying which rows are shown', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' })).newPage();
    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
    await waitForPath(page, '/roster');
    const count = page.locator('.pager__count');
    await expect.poll(() => count.innerText()).toMatch(/^1–25 dari 6\.319$/);
    await page.getByRole('button', { name: /Berikutnya/ }).click();
    await expect.poll(() => count.innerText()).toMatch(/^26–50 dari 6\.319$/);
    await page.getByRole('button', { name: /Sebelumnya/ }).click();
    await expect.poll(() => count.innerText()).toMatch(/^1–25 dari 6\.319$/);
  });
});
