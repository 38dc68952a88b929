#!/usr/bin/env node
/**
 * `npm start`: build what is missing or stale (the explorer and the bundled GraphiQL), then run
 * the server in this process, so SIGTERM reaches it directly and drains in-flight requests.
 */
import { buildIfStale } from './build-if-stale.mjs';

if (process.env.SKIP_BUILD !== '1') {
  try {
    buildIfStale();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
const { register } = await import('tsx/esm/api');
register();
await import(new URL('../server/main.ts', import.meta.url).href);
