/**
 * Test layers, named by what they need (STYLE.md): `*.test.ts` plain Node, `*.int.test.ts` a
 * Neo4j server (NEO4J_URI), `*.browser.test.ts` Debian's Chromium. `npm test` runs them all;
 * layers whose service is missing skip, unless CI=true, where they are required.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql-js in tests as in `npm start`: Node loads the packages that depend on it
  // (Apollo, @graphql-tools, graphql-jit) as CommonJS, so the server's own imports must get the
  // same CommonJS build, not the ES build Vite would pick by the `module` field (two realms).
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: fileURLToPath(new URL('node_modules/graphql/index.js', import.meta.url)) },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          globalSetup: ['tests/support/build.ts'],
          testTimeout: 120_000,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts', 'tests/**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/**/*.int.test.ts'],
          // One Neo4j database (Community edition): files run one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
