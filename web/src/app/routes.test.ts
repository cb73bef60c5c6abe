import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages';
import { routes } from './routes';

/** The page file a route loads lazily, read from its import. */
function componentFile(route: (typeof routes)[number]): string {
  const source = String((route as { component?: unknown }).component);
  const file = /['"]([^'"]+\.vue)['"]/.exec(source)?.[1];
  if (!file) throw new Error(`route ${String(route.name)} loads no .vue page`);
  // Vitest rewrites the import to a path from the repository root.
  return file.startsWith('/') ? new URL(`../../..${file}`, import.meta.url).href : new URL(file, import.meta.url).href;
}

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

/** "<page> · Lintas" in the tab for every page, in both languages (issue 8, Looks). */
describe('page titles', () => {
  // `/` only sends each role to its home page: it never shows.
  const pages = routes.filter((r) => r.name !== 'home');

  it('every page route names an i18n title that exists in Indonesian and English', () => {
    const missing = pages.filter((r) => !r.meta?.title).map((r) => r.path);
    expect(missing).toEqual([]);
    for (const route of pages) {
      for (const locale of ['id', 'en'] as const) {
        const text = lookup(messages[locale], route.meta!.title!);
        expect(typeof text, `${route.path}: ${route.meta!.title} in ${locale}`).toBe('string');
        expect(String(text).length).toBeGreaterThan(1);
      }
    }
  });

  it('every page keeps its tab title current through usePageTitle', () => {
    const without = pages
      .map((r) => componentFile(r))
      .filter((file) => !readFileSync(new URL(file), 'utf8').includes('usePageTitle('));
    expect(without).toEqual([]);
  });
});
