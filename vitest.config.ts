import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const shared = fileURLToPath(new URL('./shared/src/index.ts', import.meta.url));
// graphql 16 has no "exports": Node loads its CommonJS build for type-graphql, so the
// tests must get the same file or the schema's types come "from another realm".
const graphql = createRequire(new URL('./server/package.json', import.meta.url)).resolve('graphql');

/** One run over every package: unit tests beside the code, cross-package tests in test/. */
export default defineConfig({
  resolve: { alias: { '@lintas/shared': shared } },
  test: {
    projects: [
      { extends: true, test: { name: 'shared', include: ['shared/src/**/*.test.ts'] } },
      { extends: true, resolve: { alias: { graphql } }, test: { name: 'server', include: ['server/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'web', include: ['web/src/**/*.test.ts'] } },
      // The committed SDL against the previous commit of main (GraphQL Inspector), and the checker's own tests.
      { extends: true, resolve: { alias: { graphql } }, test: { name: 'schema', include: ['test/schema/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
