import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './graphql-documents';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [graphqlDocuments(), vue()],
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  resolve: {
    alias: { '@lintas/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: { proxy: { '/graphql': api, '/healthz': api, '/exports': api, '/bulk-exports': api } },
  // The manifest lets the bundle-budget test follow what each route loads first.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, manifest: true },
});
