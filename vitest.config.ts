/**
 * Test layers, named by what they need (STYLE.md): `*.test.ts` plain Node, `*.int.test.ts` a
 * Neo4j server (NEO4J_URI), `*.browser.test.ts` Debian's Chromium. `npm test` runs them all;
 * layers whose service is missing skip, unless CI=true, where they are required.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          globalSetup: ['tests/support/build.ts'],
          testTimeout: 120_000,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts', 'tests/**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
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
