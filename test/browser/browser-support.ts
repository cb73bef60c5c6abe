import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/requirements';
import { startServer, type RunningServer, type ServerOptions } from '../support/server';

export const SHOTS = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });

export const VIEWPORTS = [
  { width: 1280, height: 800, tag: 'desktop' },
  { width: 360, height: 740, tag: 'phone' },
] as const;

export async function shoot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: options.fullPage ?? true });
}

/** After each failed test, a screenshot of the page it left (`<prefix>-failure-<test name>`). */
export function shootFailures(page: () => Page | undefined, prefix: string): void {
  afterEach(async ({ task }) => {
    const p = page();
    if (p && task.result?.state === 'fail') await shoot(p, `${prefix}-failure-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => {});
  });
}

/** `pnpm screenshots` (LINTAS_README_SHOTS=1) also writes the README's pictures named by `shootViewports`. */
const README_SHOTS = process.env.LINTAS_README_SHOTS === '1' ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url)) : null;

/**
 * The page at each of VIEWPORTS, back to `restore` after; `readme` names the README's
 * picture of it (written only under `pnpm screenshots`).
 */
export async function shootViewports(page: Page, name: string, readme?: string, restore = { width: 1280, height: 900 }): Promise<void> {
  for (const v of VIEWPORTS) {
    await page.setViewportSize({ width: v.width, height: v.height });
    await shoot(page, `${name}-${v.tag}`);
    if (README_SHOTS && readme) {
      mkdirSync(README_SHOTS, { recursive: true });
      const file = `${README_SHOTS}${readme}${v.tag === 'phone' ? '-phone' : ''}.png`;
      // What a reader sees first: the desktop viewport, the phone's first two screens.
      await page.screenshot({ path: file, animations: 'disabled', fullPage: true, clip: { x: 0, y: 0, width: v.width, height: v.tag === 'phone' ? 1480 : 800 } });
      try {
        execFileSync('optipng', ['-quiet', '-o2', file]);
      } catch {
        // optipng is optional.
      }
    }
  }
  await page.setViewportSize(restore);
}

export interface BrowserSuite {
  /** The server, started before the suite's tests (its own `gql` signed in as `account`, if given). */
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A page in a context of its own, of this size; every such context is closed after the suite. */
  newPage(width?: number, height?: number, options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Registers, in the suite it is called in, the start of a server (the demo seed unless
 * `server` says otherwise) and of Chromium before its tests, and their end after.
 */
export function browserSuite(options: { server?: ServerOptions; account?: readonly [string, string]; context?: BrowserContextOptions } = {}): BrowserSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startServer({ seed: 'demo', ...options.server });
    if (options.account) await server.useAccount(...options.account);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    async newPage(width = 1280, height = 800, more = {}) {
      const context = await browser!.newContext({ viewport: { width, height }, ...options.context, ...more });
      contexts.push(context);
      return context.newPage();
    },
  };
}

/**
 * Fills the sign-in form on the page it is on (or opens /masuk first) and waits
 * until the SPA has left the sign-in page or shows the MFA step.
 */
export async function signInThroughPage(page: Page, baseUrl: string, identifier: string, password: string, options: { open?: boolean } = {}): Promise<void> {
  if (options.open !== false) await page.goto(`${baseUrl}/masuk`);
  await page.locator('[data-test="signin-identifier"]').fill(identifier);
  await page.locator('[data-test="signin-password"]').fill(password);
  await page.locator('[data-test="signin-submit"]').click();
  await page.waitForFunction(
    () => !location.pathname.startsWith('/masuk') || !!document.querySelector('[data-test="mfa-code"], [data-test="mfa-enrol"]'),
  );
}

/** Waits until the SPA shows this path (a glob like `**\/roster` would also match `?next=/roster`). */
export async function waitForPath(page: Page, path: string): Promise<void> {
  await page.waitForURL((u) => u.pathname === path);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding { id: string; impact: string; help: string; targets: string[] }

/**
 * Runs axe-core (WCAG 2.1 A/AA rules) on the page as it is now and returns the serious
 * and critical violations; `expectAccessible` fails the test on any.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<any> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
  });
  return (results.violations as any[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n: any) => n.target.join(' ')) }));
}

export async function expectAccessible(page: Page, label: string): Promise<void> {
  const found = await axeViolations(page);
  if (found.length > 0) {
    await shoot(page, `a11y-failure-${label}`);
    throw new Error(`axe-core found ${found.length} serious/critical violation(s) on ${label}:\n${found.map((f) => `- [${f.impact}] ${f.id}: ${f.help} @ ${f.targets.join(', ')}`).join('\n')}`);
  }
}
