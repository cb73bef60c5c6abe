import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeNext('/roster/import')).toBe('/roster/import');
    expect(safeNext('/cohorts?status=OPEN')).toBe('/cohorts?status=OPEN');
  });

  it('refuses other sites, the sign-in page and non-strings', () => {
    for (const bad of ['//evil.example/x', '/\\evil.example', 'https://evil.example', 'roster', '/masuk', '/masuk?next=/x', undefined, null, ['/roster']]) {
      expect(safeNext(bad), String(bad)).toBeNull();
    }
  });
});
