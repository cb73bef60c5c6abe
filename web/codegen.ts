import type { CodegenConfig } from '@graphql-codegen/cli';

const preset = {
  preset: 'client',
  config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string' } },
  presetConfig: { fragmentMasking: true },
} as const;

/**
 * Typed documents from the committed SDL; the `gql/` folder is generated, nobody edits it.
 * Each page's first load carries only its own documents: graphql-documents.ts (a Vite plugin)
 * turns every `graphql()` call into an import of that one document.
 */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': { ...preset, documents: ['src/**/*.{ts,vue}', '!src/gql/**/*'] },
  },
};
export default config;
