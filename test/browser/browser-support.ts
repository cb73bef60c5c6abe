import { mkdirSync } from 'node:fs';
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
