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
    rollupOptions: {
      checks: { pluginTimings: false },
      // GraphiQL's React dependencies start with "use client" (for React Server Components);
      // a client-only bundle has no use for it, and the bundler says so once per module.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
});
