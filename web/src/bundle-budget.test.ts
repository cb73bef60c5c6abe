import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * Issue 8's JavaScript budgets, read from the built SPA (web/dist, written by
 * `pnpm build`, which `pnpm test` runs first): what the browser must download
 * before a page can render = the entry chunk, the route's lazy chunk, and every
 * chunk they import statically, gzipped.
 */
const DIST = new URL('../dist/', import.meta.url);
const MANIFEST = new URL('.vite/manifest.json', DIST);

interface Chunk { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
type Manifest = Record<string, Chunk>;

function load(): Manifest {
  if (!existsSync(MANIFEST)) throw new Error('web/dist/.vite/manifest.json is missing: run `pnpm build` before the tests (pnpm test does).');
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
}

/** Files loaded before `roots` can run: the roots and their static imports, transitively. */
function firstLoad(manifest: Manifest, roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no chunk ${key}`);
    seen.add(key);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  roots.forEach(visit);
  return [...seen].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
}

function gzippedKb(files: string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(new URL(f, DIST)), { level: 9 }).length, 0) / 1024;
}

const ENTRY = 'index.html';
const PARTICIPANT_PAGE = 'src/features/me/MyPage.vue';
/** The organizer's landing page after sign-in. */
const ADMIN_LANDING = 'src/features/roster/RosterPage.vue';

describe('JavaScript budgets of the built SPA', () => {
  const manifest = load();

  it('splits routes into their own chunks', () => {
    const entry = manifest[ENTRY]!;
    expect(entry.isEntry).toBe(true);
    // Every page is a lazy chunk of the entry, not part of it.
    expect(entry.dynamicImports).toEqual(expect.arrayContaining([PARTICIPANT_PAGE, ADMIN_LANDING]));
    expect(firstLoad(manifest, [ENTRY])).not.toContain(manifest[PARTICIPANT_PAGE]!.file);
  });

  it('the participant view (Jadwal Saya) loads at most 150 KB of JavaScript gzipped', () => {
    const kb = gzippedKb(firstLoad(manifest, [ENTRY, PARTICIPANT_PAGE]));
    console.info(`participant view first load: ${kb.toFixed(1)} KB gz`);
    expect(kb).toBeGreaterThan(20); // the measurement itself found the chunks
    expect(kb).toBeLessThanOrEqual(150);
  });

  it('the admin shell with its landing page loads at most 250 KB of JavaScript gzipped', () => {
    const kb = gzippedKb(firstLoad(manifest, [ENTRY, ADMIN_LANDING]));
    console.info(`admin shell first load: ${kb.toFixed(1)} KB gz`);
    expect(kb).toBeGreaterThan(20);
    expect(kb).toBeLessThanOrEqual(250);
  });
});
