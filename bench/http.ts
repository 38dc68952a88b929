/**
 * GraphQL throughput and latency with autocannon (32 connections) against the real server on
 * port 0, beside a bare Express handler on another port: the ceiling this machine and Node
 * allow, so a figure can be read as "x% of what any Express app gets here". autocannon fires
 * from a worker thread, leaving the main thread to the server.
 */
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import express from 'express';
import { pino } from 'pino';
import { startServer } from '../server/http/server';
import type { GraphStore } from '../server/store/types';
import { round } from './stats';
import type { GraphqlResult } from './types';

export const GRAPHQL_QUERIES = {
  small: 'query Small($id: ID!) { node(id: $id) { id kind name nameEn status } }',
  medium: `query Medium($id: ID!, $text: String!) {
  search(text: $text, first: 10) { id kind name nameEn }
  neighborhood(id: $id, depth: 1, limit: 100) { nodes { id kind name status } edges { id type source target status } truncated total }
}`,
};

async function fire(
  url: string,
  body: string | undefined,
  duration: number,
  connections: number,
): Promise<Omit<GraphqlResult, 'query'>> {
  const result = await autocannon({
    url,
    connections,
    duration,
    workers: 1,
    ...(body ? { method: 'POST' as const, body, headers: { 'content-type': 'application/json' } } : {}),
  });
  return {
    rps: Math.round(result.requests.average),
    p99_ms: round(result.latency.p99, 1),
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

export async function benchGraphql(
  store: GraphStore,
  vars: { id: string; text: string },
  opts: { duration: number; connections: number; log: (line: string) => void },
): Promise<GraphqlResult[]> {
  const server = await startServer({
    port: 0,
    store,
    logger: pino({ level: 'silent' }),
    // The rate limit protects a real deployment; here it would turn the bench into 429s.
    config: { rateLimit: { windowMs: 60_000, max: 1_000_000_000 } },
  });
  const bare = express();
  bare.get('/bare', (_req, res) => {
    res.json({ ok: true });
  });
  const bareServer = bare.listen(0, '127.0.0.1');
  await new Promise((resolve) => bareServer.once('listening', resolve));
  const results: GraphqlResult[] = [];
  try {
    const url = `${server.url}/graphql`;
    for (const [name, query] of Object.entries(GRAPHQL_QUERIES)) {
      const r = await fire(url, JSON.stringify({ query, variables: vars }), opts.duration, opts.connections);
      opts.log(`  graphql ${name}: ${r.rps} req/s, p99 ${r.p99_ms} ms${r.errors ? `, ${r.errors} errors` : ''}`);
      results.push({ query: name, ...r });
    }
    const port = (bareServer.address() as AddressInfo).port;
    const r = await fire(`http://127.0.0.1:${port}/bare`, undefined, opts.duration, opts.connections);
    opts.log(`  bare express: ${r.rps} req/s, p99 ${r.p99_ms} ms`);
    results.push({ query: 'bare-express', ...r });
  } finally {
    await new Promise((resolve) => bareServer.close(resolve));
    await server.close();
  }
  return results;
}
