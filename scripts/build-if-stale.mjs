#!/usr/bin/env node
/**
 * Builds the explorer and the bundled GraphiQL when their output is missing or older than
 * their sources. Used by `npm start` and by the tests that need the built pages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const BUILDS = [
  {
    name: 'the explorer',
    out: 'dist/client/index.html',
    config: 'client/vite.config.ts',
    sources: ['client/src', 'client/index.html'],
  },
  {
    name: 'GraphiQL',
    out: 'dist/graphiql/index.html',
    config: 'client/graphiql/vite.config.ts',
    sources: ['client/graphiql'],
  },
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

export function buildIfStale({ quiet = false } = {}) {
  for (const b of BUILDS) {
    const out = join(root, b.out);
    const sourcesTime = Math.max(...b.sources.map((s) => newest(join(root, s))));
    if (existsSync(out) && statSync(out).mtimeMs >= sourcesTime) continue;
    if (!quiet) console.log(`building ${b.name} (vite build --config ${b.config})…`);
    const r = spawnSync(
      process.execPath,
      // Warnings and errors only: a first `npm start` should not print a page of chunk sizes.
      [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', b.config, '--logLevel', 'warn'],
      {
        cwd: root,
        stdio: quiet ? 'pipe' : 'inherit',
      },
    );
    if (r.status !== 0) throw new Error(`building ${b.name} failed:\n${r.stderr?.toString() ?? ''}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale();
