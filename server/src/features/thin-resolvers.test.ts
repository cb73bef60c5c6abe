import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Thin resolvers (issue 18): a resolver maps arguments to a read model or a service, and
 * the result to a payload. SQL, knex and query builders live in the feature's
 * `<name>.read-model.ts` or service, never in a `*.resolver.ts`.
 */
const FEATURES = fileURLToPath(new URL('.', import.meta.url));

const FORBIDDEN: [string, RegExp][] = [
  ['a query builder', /\bcreateQueryBuilder\s*\(|\bqb\s*\(/],
  ['knex', /\bgetKnex\s*\(|\bknex\s*\(|\bKnex\b/],
  ['a statement run by hand', /\.execute\s*\(|\.raw\s*\(|\bgetConnection\s*\(/],
  ['a dialect-specific SQL condition', /\bcontains\s*\(\s*em\b/],
  ['an SQL string', /['"`]\s*(select|insert\s+into|update\s+\w+\s+set|delete\s+from|with\s+\w+\s+as)\b/i],
  ['SQL text', /\bselect\b[^'"`\n]*\bfrom\s+\w+|\bjoin\s+\w+(\s+as)?\s+\w+\s+on\b|\bgroup\s+by\b|\border\s+by\s+\w+\.\w+/i],
];

function resolverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? resolverFiles(join(dir, e.name)) : e.name.endsWith('.resolver.ts') ? [join(dir, e.name)] : []);
}

/** Comments and decorator descriptions are prose, not code: leave them out of the scan. */
const code = (source: string) => source
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/^\s*\/\/.*$/gm, '')
  .replace(/description:\s*(['"`])(?:\\.|(?!\1)[\s\S])*\1(\s*\+\s*(['"`])(?:\\.|(?!\3)[\s\S])*\3)*/g, 'description: ""');

function violations(path: string, source: string): string[] {
  const lines = code(source).split('\n');
  return FORBIDDEN.flatMap(([what, re]) => lines.filter((l) => re.test(l)).map((l) => `${path}: ${what}: ${l.trim()}`));
}

describe('thin resolvers', () => {
  const files = resolverFiles(FEATURES);

  it('finds the resolvers', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it('no resolver holds SQL, knex or a query builder (read models and services do)', () => {
    const found = files.flatMap((f) => {
      const path = relative(FEATURES, f).split('\\').join('/');
      return violations(path, readFileSync(f, 'utf8'));
    });
    expect(found).toEqual([]);
  });

  it('the scan catches what it forbids', () => {
    const caught = (body: string) => violations('x.resolver.ts', `export class X {\n  f() {\n${body}\n  }\n}\n`).length > 0;
    expect(caught("    const knex = (em as SqlEntityManager).getKnex();")).toBe(true);
    expect(caught("    return em.execute(knex('person').select('id'));")).toBe(true);
    expect(caught('    const rows = await em.createQueryBuilder(Person).getResult();')).toBe(true);
    expect(caught("    const SQL = `select s.*, m.title from session s join training_module m on m.id = s.module_id`;")).toBe(true);
    expect(caught("    return em.getConnection('read').execute(SQL, []);")).toBe(true);
    expect(caught("    where.push({ name: contains(em, search) });")).toBe(true);
    expect(caught("    return findPage(em, Person, personsWhere(em, viewer, filter), args, PERSONS_ORDER);")).toBe(false);
    expect(caught("  @Query(() => X, { description: 'Select the people from the roster, ordered by name.' })")).toBe(false);
  });
});
