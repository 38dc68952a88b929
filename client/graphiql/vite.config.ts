/** The bundled GraphiQL (served at /graphiql): built into dist/graphiql with no CDN at run time. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../../dist/graphiql', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
});
