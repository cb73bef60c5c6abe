import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser';

/**
 * The server's floors (docs/ARCHITECTURE.md): db/ (the database, knowing no feature),
 * graphql/ (the API's machinery: context, relay, read-model declarations, the SQL
 * compiler), features/ (the domain), then the composition (http/, main, cli, database).
 * Imports run down only: nothing in db/ or graphql/ imports a feature or the composition,
 * and db/ imports nothing of graphql/.
 * Tests may reach across (they assemble the whole).
 */
const root = fileURLToPath(new URL('..', import.meta.url));

const FORBIDDEN: IForbiddenRuleType[] = [
  {
    name: 'lower-floor-imports-a-feature',
    severity: 'error',
    from: { path: '^src/(db|graphql)/', pathNot: '\\.test\\.ts$' },
    to: { path: '^src/(features|http|seed)/|^src/(main|cli|database)\\.ts$' },
  },
  {
    name: 'db-imports-the-api',
    severity: 'error',
    from: { path: '^src/db/', pathNot: '\\.test\\.ts$' },
    to: { path: '^src/graphql/' },
  },
];

describe('floors', () => {
  it('db/ and graphql/ import nothing from features/, db/ nothing from graphql/', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const result = await cruise(['src'], {
        validate: true,
        ruleSet: { forbidden: FORBIDDEN },
        tsPreCompilationDeps: true,
        doNotFollow: { path: 'node_modules' },
        exclude: { path: 'node_modules' },
        enhancedResolveOptions: { extensionAlias: { '.js': ['.ts', '.js'] } } as never,
      }, undefined, { tsConfig: { fileName: 'tsconfig.json' } } as never);
      const output = result.output as { summary: { violations: { from: string; to: string; rule: { name: string } }[]; totalCruised: number }; modules: { source: string; dependencies: { resolved: string }[] }[] };
      // The cruise saw the tree and resolved its imports (a broken resolution would make the check vacuous).
      expect(output.summary.totalCruised).toBeGreaterThan(150);
      const compiler = output.modules.find((m) => m.source === 'src/graphql/sql-plan/compiler.ts');
      expect(compiler?.dependencies.map((d) => d.resolved)).toContain('src/graphql/read-model.ts');
      const resolvers = output.modules.find((m) => m.source === 'src/features/cohorts/cohort.resolver.ts');
      expect(resolvers?.dependencies.map((d) => d.resolved)).toContain('src/graphql/read-model.ts');
      expect(output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
