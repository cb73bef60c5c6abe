import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient } from '../support/auth';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from '../support/requirements';
import { DEMO, startServer, type RunningServer } from '../support/server';
import { expectAccessible, shoot, signInThroughPage } from './browser-support';

const suite = chromiumAvailable() ? describe : describe.skip;

/** Demo participant in the WITA academy (Sulawesi Selatan). */
const PARTICIPANT_NIP = '196505231986031441';

/**
 * Issue 8: axe-core on every page of the SPA, for each kind of user, finds no serious
 * or critical violation; the participant view survives 200 % zoom and a 360-px phone;
 * the keyboard reaches every action and shows where it is.
 */
suite('accessibility of every page', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let ids: { program: string; cohort: string; session: string; knowledge: string };

  beforeAll(async () => {
    server = await startServer({ seed: 'demo' });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const org = await server.signIn(...DEMO.organizerBabel);
    const cohorts = await org.gql(`{ cohorts(first: 20) { nodes { id code program { id } sessions(first: 1) { nodes { id } } } } }`);
    const cohort = cohorts.data.cohorts.nodes.find((c: any) => c.sessions.nodes.length > 0);
    const knowledge = (await org.gql('{ knowledgeItems(first: 1) { nodes { id } } }')).data.knowledgeItems.nodes[0].id;
    ids = { program: cohort.program.id, cohort: cohort.id, session: cohort.sessions.nodes[0].id, knowledge };
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  async function newPage(options: { width?: number; height?: number; deviceScaleFactor?: number } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 }, deviceScaleFactor: options.deviceScaleFactor ?? 1 });
    contexts.push(context);
    return context.newPage();
  }

  /** Opens a page of the SPA and waits until it has rendered its heading and finished loading. */
  async function open(page: Page, path: string): Promise<void> {
    await page.goto(`${server.url}${path}`);
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
  }

  async function sweep(page: Page, who: string, paths: string[]): Promise<void> {
    const failures: string[] = [];
    for (const path of paths) {
      await open(page, path);
      // Every page names itself in the tab: "<page> · Lintas".
      const title = await page.title();
      if (!/^\S.* · Lintas$/.test(title)) failures.push(`${path}: title "${title}" is not "<page> · Lintas"`);
      try {
        await expectAccessible(page, `${who}${path.replace(/[^a-z0-9]+/gi, '-')}`);
      } catch (e) {
        failures.push(`${path}: ${(e as Error).message}`);
      }
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  }

  it('signed-out pages', async () => {
    const page = await newPage();
    await sweep(page, 'public', ['/masuk', '/undangan']);
  });

  it("an organizer's roster, program and account pages", async () => {
    const page = await newPage();
    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
    await sweep(page, 'organizer', ['/roster', '/roster/import', '/programs', `/programs/${ids.program}`, '/laporan', '/usulan-masuk', '/proyek-perubahan', '/evaluasi', `/evaluasi?angkatan=${ids.cohort}`, '/sertifikat', '/pengetahuan', `/pengetahuan/${ids.knowledge}`, '/pengetahuan/baru/ubah', '/komunitas', '/jp-luar', '/token', '/akun', '/tidak-ada']);
  }, 300_000);

  it("an organizer's cohort pages", async () => {
    const page = await newPage();
    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
    await sweep(page, 'organizer', [
      '/cohorts', '/cohorts/new', `/cohorts/${ids.cohort}`, `/cohorts/${ids.cohort}/jadwal`, `/cohorts/${ids.cohort}/kehadiran`,
      `/cohorts/${ids.cohort}/mentoring`, `/cohorts/${ids.cohort}/kelompok`, `/cohorts/${ids.cohort}/asesmen`, `/cohorts/${ids.cohort}/daftar-hadir`, `/sesi/${ids.session}/layar`,
    ]);
  }, 300_000);

  it("an agency HR officer's page, also on a 360-px phone", async () => {
    for (const view of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
      const page = await newPage(view);
      await signInThroughPage(page, server.url, ...DEMO.agencyHrBabel);
      await sweep(page, `agency-hr-${view.width}`, ['/usulan', '/akun']);
      await open(page, '/usulan');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at ${view.width} px`).toBeLessThanOrEqual(0);
    }
  }, 300_000);

  it("an admin's pages", async () => {
    const { recoveryCodes } = await adminClient(server);
    const page = await newPage();
    await signInThroughPage(page, server.url, ...DEMO.admin);
    await page.locator('[data-test="mfa-code"]').fill(recoveryCodes[0]!);
    await page.locator('[data-test="mfa-submit"]').click();
    await page.waitForFunction(() => !location.pathname.startsWith('/masuk'));
    await sweep(page, 'admin', ['/admin/akun', '/admin/audit', '/admin/data-pribadi']);
  });

  it("a participant's pages, also at 200 % zoom and on a 360-px phone", async () => {
    for (const view of [{ width: 1280, height: 800 }, { width: 640, height: 400, deviceScaleFactor: 2 }, { width: 360, height: 740 }]) {
      const page = await newPage(view);
      await signInThroughPage(page, server.url, PARTICIPANT_NIP, DEMO.participantPassword);
      await sweep(page, `participant-${view.width}`, ['/saya', '/saya/proyek', '/saya/proyek-menunggu', '/saya/evaluasi', '/saya/sertifikat', '/saya/komunitas', '/hadir', '/pengetahuan', '/akun']);
      await open(page, '/saya');
      // Nothing is cut off or needs sideways scrolling (WCAG 1.4.10 reflow).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at ${view.width} px`).toBeLessThanOrEqual(0);
      // Body text stays large for senior officials.
      const fontPx = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main') ?? document.body).fontSize));
      expect(fontPx).toBeGreaterThanOrEqual(16);
      await shoot(page, `participant-saya-${view.width}${view.deviceScaleFactor ? '-zoom200' : ''}`);
    }
  }, 300_000);

  it('the keyboard reaches the main actions with a visible focus ring', async () => {
    const page = await newPage();
    await signInThroughPage(page, server.url, ...DEMO.organizerBabel);
    await open(page, '/cohorts');
    const reached: string[] = [];
    const ringless: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return { text: (el.innerText || el.getAttribute('aria-label') || el.getAttribute('href') || `${el.tagName}[${el.getAttribute('type')}] ${style.outlineStyle} ${style.outlineWidth}`).trim().slice(0, 60), ring };
      });
      if (!info) continue;
      reached.push(info.text);
      if (!info.ring) ringless.push(info.text);
    }
    await shoot(page, 'keyboard-focus-cohorts');
    // The skip link comes first, then the navigation; every focused element shows a ring.
    expect(reached.length).toBeGreaterThan(10);
    expect(reached.join(' | ')).toMatch(/Angkatan/);
    expect(ringless, 'elements focused without a visible ring').toEqual([]);
  });
});
