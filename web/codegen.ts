import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents from the committed SDL; `src/gql/` is generated, nobody edits it. */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,vue}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string' } },
      presetConfig: { fragmentMasking: true },
    },
  },
};
export default config;
