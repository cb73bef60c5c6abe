import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const SHOTS = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });

export const VIEWPORTS = [
  { width: 1280, height: 800, tag: 'desktop' },
  { width: 360, height: 740, tag: 'phone' },
] as const;

export async function shoot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: options.fullPage ?? true });
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
