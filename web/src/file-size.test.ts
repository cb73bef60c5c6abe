import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Issue 18: no hand-written source file over 400 lines; a longer one is two files. `gql/` folders are generated. */
const SRC = fileURLToPath(new URL('.', import.meta.url));
const LIMIT = 400;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return basename(path) === 'gql' ? [] : files(path);
    return /\.(ts|vue|css)$/.test(e.name) ? [path] : [];
  });
}

describe('source file size', () => {
  it(`keeps every hand-written file of the SPA at ${LIMIT} lines or fewer`, () => {
    const long = files(SRC)
      .map((path) => ({ file: relative(SRC, path), lines: readFileSync(path, 'utf8').split('\n').length }))
      .filter((f) => f.lines > LIMIT);
    expect(long).toEqual([]);
  });
});
