import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents from the committed SDL; `src/gql/` is generated, nobody edits it. */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      documents: ['src/**/*.{ts,vue}', '!src/gql/**/*', '!src/features/communities/**/*'],
      preset: 'client',
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string' } },
      presetConfig: { fragmentMasking: true },
    },
    // The communities pages are lazy chunks: their documents live in their own map, out of every first load.
    'src/features/communities/gql/': {
      documents: ['src/features/communities/**/*.{ts,vue}', '!src/features/communities/gql/**/*'],
      preset: 'client',
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string' } },
      presetConfig: { fragmentMasking: true },
    },
  },
};
export default config;
