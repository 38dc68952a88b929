#!/usr/bin/env node
/**
 * `npm start`: build what is missing or stale (the client and the bundled GraphiQL), then run
 * the server in this process, so SIGTERM reaches it directly and drains in-flight requests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function stale(output, sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((s) => existsSync(s) && (statSync(s).isDirectory() ? newest(s) : statSync(s).mtimeMs) > built);
}

const builds = [
  { name: 'the explorer', out: 'dist/client/index.html', config: 'client/vite.config.ts', sources: ['client/src', 'client/index.html'] },
  { name: 'GraphiQL', out: 'dist/graphiql/index.html', config: 'client/graphiql/vite.config.ts', sources: ['client/graphiql'] },
];
for (const b of builds) {
  if (process.env.SKIP_BUILD === '1' || !stale(join(root, b.out), b.sources.map((s) => join(root, s)))) continue;
  console.log(`building ${b.name} (vite build --config ${b.config})…`);
  const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', b.config], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const { register } = await import('tsx/esm/api');
register();
await import(new URL('../server/main.ts', import.meta.url).href);
