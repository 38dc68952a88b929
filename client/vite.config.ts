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
    // Cytoscape and its layouts are most of the bundle; one chunk for them caches well.
    rollupOptions: {
      // The explorer and the print view (print.html, which bundles its own Chinese font).
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        print: fileURLToPath(new URL('print.html', import.meta.url)),
      },
      output: {
        manualChunks: (id: string) =>
          id.includes('node_modules') && !id.includes('@fontsource') ? 'vendor' : undefined,
      },
    },
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
