import { createServer, type Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from '../support/requirements';
import { nip, rosterCsv } from '../support/roster';
import { DEMO, startServer, type RunningServer } from '../support/server';
import { shoot, SHOTS, signInThroughPage, VIEWPORTS } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

suite('webhooks in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let receiver: Server;
  let receiverUrl = '';
  /** Event ids per path, in arrival order; the first request of each id is answered 500. */
  const arrivals: { path: string; id: string }[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const id = String(req.headers['lintas-event-id']);
        const first = !arrivals.some((a) => a.id === id && a.path === req.url);
        arrivals.push({ path: req.url!, id });
        res.writeHead(first ? 500 : 204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;
    server = await startServer({ seed: 'demo', env: { LINTAS_WEBHOOK_POLL_MS: '100', LINTAS_WEBHOOK_BACKOFF_MS: '100', LINTAS_WEBHOOK_TIMEOUT_MS: '3000' } });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    await server.useAccount(...DEMO.organizerBabel);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    receiver?.close();
  });

  it('an organizer subscribes, copies the secret once, reads the delivery log and sends an event again', async () => {
    const agency = (await server.gql('{ agencies(first: 1) { nodes { code } } }')).data.agencies.nodes[0].code;
    for (const [i, v] of VIEWPORTS.entries()) {
      const page = await (await browser.newContext({ viewport: { width: v.width, height: v.height } })).newPage();
      await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
      // The page is in the navigation (on a phone, behind the Menu button).
      const phone = v.width < 760;
      if (phone) await page.locator('[data-test="menu-toggle"]').click();
      await page.locator('a.nav__link[href="/webhook"]').first().waitFor({ state: 'visible' });
      if (phone) await page.keyboard.press('Escape');
      await page.goto(`${server.url}/webhook`);
      const url = `${receiverUrl}/${v.tag}`;
      // The form is open while the list is empty; on the second round it is opened by hand.
      await page.locator('[data-test="webhook-row"], .empty').first().waitFor();
      if (!(await page.locator('[data-test="webhook-url"]').isVisible())) await page.locator('summary.card__summary').click();
      await page.locator('[data-test="webhook-url"]').fill(url);
      await page.locator('[data-test="webhook-submit"]').click();
      const secret = page.locator('[data-test="webhook-secret-value"]');
      await secret.waitFor();
      expect(await secret.textContent()).toMatch(/^whsec_/);
      await shoot(page, `webhooks-created-${v.tag}`);

      // An import the subscription hears about: failed once (500), then delivered.
      const person = { nip: nip('1980-02-0' + (i + 1), '2005-01', 'MALE', 900 + i), name: `Uji Peramban ${v.tag}`, agencyCode: agency };
      const imported = (await server.gql('mutation($csv: String!) { importPersons(csv: $csv) { created errors { code } } }', { csv: rosterCsv([person]) })).data.importPersons;
      expect(imported).toEqual({ created: 1, errors: [] });
      const row = page.locator('[data-test="webhook-row"]', { hasText: url });
      await row.locator('[data-test="webhook-log"]').click();
      const delivered = page.locator('[data-test="delivery-row"]', { hasText: 'Terkirim' }).first();
      for (let tries = 0; !(await delivered.isVisible()) && tries < 60; tries++) {
        await page.waitForTimeout(500);
        await page.getByRole('button', { name: 'Muat ulang' }).click();
      }
      await delivered.waitFor();
      expect(await delivered.textContent()).toContain('2 dari 8');
      await delivered.locator('summary').click();
      await shoot(page, `webhooks-log-${v.tag}`);

      const before = arrivals.filter((a) => a.path === `/${v.tag}`);
      await delivered.locator('[data-test="redeliver"]').click();
      await page.getByRole('status').filter({ hasText: 'id peristiwa yang sama' }).waitFor();
      for (let tries = 0; arrivals.filter((a) => a.path === `/${v.tag}`).length === before.length && tries < 60; tries++) await page.waitForTimeout(250);
      const after = arrivals.filter((a) => a.path === `/${v.tag}`);
      expect(after).toHaveLength(before.length + 1);
      expect(after.at(-1)!.id).toBe(before.at(-1)!.id);
      await page.getByRole('button', { name: 'Muat ulang' }).click();
      await page.locator('[data-test="delivery-row"]', { hasText: 'kiriman ulang' }).waitFor();
      await shoot(page, `webhooks-redelivered-${v.tag}`);
      // The log on its own, readable at phone width.
      await page.locator('[data-test="delivery-log"]').screenshot({ path: `${SHOTS}webhooks-log-only-${v.tag}.png` });
      await page.context().close();
    }
  });

  it('an organizer rotates the secret with an overlap and sees until when the old one is still sent', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
    await page.goto(`${server.url}/webhook`);
    const row = page.locator('[data-test="webhook-row"]', { hasText: `${receiverUrl}/desktop` });
    await row.waitFor();
    expect(await row.locator('[data-test="webhook-previous-secret"]').count()).toBe(0);
    await row.locator('[data-test="webhook-rotate"]').click();
    const dialog = page.locator('[data-test="rotate-dialog"]');
    await dialog.waitFor();
    // 24 hours unless chosen otherwise; 72 chosen here.
    expect(await dialog.locator('[data-test="webhook-overlap"]').inputValue()).toBe('24');
    await dialog.locator('[data-test="webhook-overlap"]').selectOption({ label: '72 jam' });
    const asked = Date.now();
    await dialog.locator('[data-test="webhook-rotate-confirm"]').click();
    await page.locator('[data-test="webhook-secret-value"]').waitFor();
    expect(await page.locator('[data-test="webhook-overlap-note"]').textContent()).toContain('Kunci lama tetap ikut menandatangani sampai');
    await row.locator('[data-test="webhook-previous-secret"]').waitFor();
    expect(await row.locator('[data-test="webhook-previous-secret"]').textContent()).toMatch(/^Kunci lama masih ikut dikirim sampai /);
    const listed = (await server.gql('{ webhookSubscriptions(first: 10) { nodes { url previousSecretExpiresAt } } }')).data.webhookSubscriptions.nodes
      .find((n: any) => n.url === `${receiverUrl}/desktop`);
    expect(Math.abs(Date.parse(listed.previousSecretExpiresAt) - (asked + 72 * 3600_000))).toBeLessThan(60_000);
    await shoot(page, 'webhooks-rotated-desktop');
    await page.context().close();
  });
});
