#!/usr/bin/env node
/**
 * `npm test`: every test layer this machine can run (vitest projects unit, int, browser), then
 * one closing line `N passed, N failed, N skipped` from vitest's JSON report.
 *
 * Neo4j tests run when NEO4J_URI is set (or the project's own `npm run neo4j:start` server is
 * up); browser tests when Debian's Chromium is installed. With CI=true both are required: the
 * tests fail instead of skipping.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const report = join(root, 'test-artifacts/vitest.json');
mkdirSync(join(root, 'test-artifacts'), { recursive: true });

const env = { ...process.env };
if (!env.NEO4J_URI && existsSync(join(root, '.neo4j/neo4j.pid'))) {
  env.NEO4J_URI = 'bolt://127.0.0.1:7687';
  console.log('using the local Neo4j started by `npm run neo4j:start` (NEO4J_URI=bolt://127.0.0.1:7687)');
}

const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), ...args], {
  cwd: root,
  env,
  stdio: 'inherit',
});

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numFailedTestSuites ?? 0) - countFailedSuitesWithFailedTests(json);
  skipped = json.numPendingTests + json.numTodoTests;
} catch {
  failed = Math.max(1, failed);
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);

/** Suites that failed to load count as one failure each; suites that failed through tests are already counted. */
function countFailedSuitesWithFailedTests(json) {
  return (json.testResults ?? []).filter(
    (s) => s.status === 'failed' && (s.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
}
