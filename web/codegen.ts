import type { CodegenConfig } from '@graphql-codegen/cli';

const preset = {
  preset: 'client',
  config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string' } },
  presetConfig: { fragmentMasking: true },
} as const;

/**
 * Typed documents from the committed SDL; the `gql/` folders are generated, nobody edits them.
 * The client preset keeps every document of an output in one module, which the entry chunk
 * loads: lazy pages (the knowledge pages, the audit trail) have their own
 * output beside them, so their documents travel in their own chunks.
 */
const OWN_OUTPUT = ['src/features/knowledge', 'src/features/audit'];
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': { ...preset, documents: ['src/**/*.{ts,vue}', '!src/gql/**/*', ...OWN_OUTPUT.map((d) => `!${d}/**/*`)] },
    ...Object.fromEntries(OWN_OUTPUT.map((d) => [`${d}/gql/`, { ...preset, documents: [`${d}/**/*.{ts,vue}`, `!${d}/gql/**/*`] }])),
  },
};
export default config;
