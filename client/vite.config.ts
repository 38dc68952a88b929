/**
 * Client build: root is client/, output dist/client (served by the Express app at `/`).
 * Everything is bundled; nothing is fetched from a CDN at run time.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      // The explorer and the print view (print.html, which bundles its own Chinese font).
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        print: fileURLToPath(new URL('print.html', import.meta.url)),
      },
      // Cytoscape and its layouts are most of the bundle: one chunk for them caches well. exceljs
      // loads only when a workbook is exported, so it keeps a chunk of its own.
      output: {
        manualChunks: (id: string) =>
          id.includes('node_modules') && !id.includes('@fontsource') && !id.includes('exceljs') ? 'vendor' : undefined,
      },
      // Timings of slow plugins (the worker's bundling) are for whoever tunes the build, not for `npm start`.
      checks: { pluginTimings: false },
    },
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
