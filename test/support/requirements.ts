import { existsSync } from 'node:fs';

/**
 * Suites that need something a fresh machine may lack (Chromium, PostgreSQL) run
 * when it is there and otherwise say loudly that they were skipped. Under
 * `LINTAS_REQUIRE_ALL=1` (set by .ci/run) a missing one fails instead.
 */
export const REQUIRE_ALL = process.env.LINTAS_REQUIRE_ALL === '1';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  const ok = existsSync(CHROMIUM_PATH);
  if (!ok) {
    const msg = `Chromium not found at ${CHROMIUM_PATH}: browser tests SKIPPED. Install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`;
    if (REQUIRE_ALL) throw new Error(msg);
    console.warn(`\n*** ${msg}\n`);
  }
  return ok;
}

/** Chromium flags that work on these machines (no sandbox as root, no network chatter). */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic',
];
