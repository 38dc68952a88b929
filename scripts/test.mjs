#!/usr/bin/env node
/**
 * `npm test`: every test layer this machine can run, one after another (vitest projects unit,
 * int, browser: the int and browser layers share one Neo4j and one CPU budget, so they do not
 * run beside the CPU-heavy unit layer), then one closing line `N passed, N failed, N skipped`.
 *
 * Neo4j tests run when NEO4J_URI is set (or the project's own `npm run neo4j:start` server is
 * up); browser tests when Debian's Chromium is installed. With CI=true both are required: the
 * tests fail instead of skipping. Extra arguments go to every vitest run (e.g. a file filter).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(join(root, 'test-artifacts'), { recursive: true });

const env = { ...process.env };
if (!env.NEO4J_URI && existsSync(join(root, '.neo4j/neo4j.pid'))) {
  env.NEO4J_URI = 'bolt://127.0.0.1:7687';
  console.log('using the local Neo4j started by `npm run neo4j:start` (NEO4J_URI=bolt://127.0.0.1:7687)');
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;
for (const project of ['unit', 'int', 'browser']) {
  const report = join(root, `test-artifacts/vitest-${project}.json`);
  const args = [
    'run',
    '--project',
    project,
    '--passWithNoTests',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ];
  console.log(`\n== ${project} tests`);
  const run = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), ...args], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (run.status !== 0) ok = false;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    // Suites that failed to load count as one failure each (they hold no failed test).
    const brokenSuites = (json.testResults ?? []).filter(
      (s) => s.status === 'failed' && !(s.assertionResults ?? []).some((a) => a.status === 'failed'),
    ).length;
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests + brokenSuites;
    totals.skipped += json.numPendingTests + json.numTodoTests;
  } catch {
    totals.failed += 1;
    ok = false;
  }
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
