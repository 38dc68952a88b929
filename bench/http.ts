/**
 * GraphQL throughput and latency with autocannon (32 connections) against the real server on
 * port 0, beside a bare Express handler on another port: the ceiling this machine and Node
 * allow, so a figure can be read as "x% of what any Express app gets here". autocannon fires
 * from a worker thread, leaving the main thread to the server. The bare handler is measured
 * before and after the GraphQL runs and averaged, so a shared machine whose load changes
 * during the run skews the ratios less.
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

const post = (body: string) => ({ method: 'POST' as const, body, headers: { 'content-type': 'application/json' } });

async function fire(
  url: string,
  body: string | undefined,
  duration: number,
  connections: number,
): Promise<Omit<GraphqlResult, 'query'>> {
  // One second first, not counted: the JIT and the caches warm up on the same requests.
  await autocannon({ url, connections, duration: 1, workers: 1, ...(body ? post(body) : {}) });
  const result = await autocannon({
    url,
    connections,
    duration,
    workers: 1,
    ...(body ? post(body) : {}),
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
  // The rate limit protects a real deployment; here it would turn the bench into 429s.
  const rateLimit = { windowMs: 60_000, max: 1_000_000_000 };
  const logger = pino({ level: 'silent' });
  // Every query executed (response cache off), then the medium query repeated with the cache on:
  // what a repeat costs when many people open the same view.
  const uncached = await startServer({ port: 0, store, logger, config: { rateLimit, responseCacheMb: 0 } });
  const cached = await startServer({ port: 0, store, logger, config: { rateLimit } });
  const bare = express();
  bare.get('/bare', (_req, res) => {
    res.json({ ok: true });
  });
  const bareServer = bare.listen(0, '127.0.0.1');
  await new Promise((resolve) => bareServer.once('listening', resolve));
  const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/bare`;
  const runs: [string, string, string | undefined][] = [
    ['bare-express', bareUrl, undefined],
    ...Object.entries(GRAPHQL_QUERIES).map(([name, query]): [string, string, string] => [
      name,
      `${uncached.url}/graphql`,
      JSON.stringify({ query, variables: vars }),
    ]),
    ['medium-cached', `${cached.url}/graphql`, JSON.stringify({ query: GRAPHQL_QUERIES.medium, variables: vars })],
    ['bare-express', bareUrl, undefined],
  ];
  const results: GraphqlResult[] = [];
  const ceilings: Omit<GraphqlResult, 'query'>[] = [];
  try {
    for (const [name, url, body] of runs) {
      const r = await fire(url, body, opts.duration, opts.connections);
      opts.log(`  ${name}: ${r.rps} req/s, p99 ${r.p99_ms} ms${r.errors ? `, ${r.errors} errors` : ''}`);
      if (name === 'bare-express') ceilings.push(r);
      else results.push({ query: name, ...r });
    }
    const mean = (pick: (r: Omit<GraphqlResult, 'query'>) => number) =>
      ceilings.reduce((sum, r) => sum + pick(r), 0) / Math.max(1, ceilings.length);
    const ceiling = {
      rps: Math.round(mean((r) => r.rps)),
      p99_ms: round(
        mean((r) => r.p99_ms),
        1,
      ),
    };
    results.push({ query: 'bare-express', ...ceiling, errors: ceilings.reduce((sum, r) => sum + (r.errors ?? 0), 0) });
    const medium = results.find((r) => r.query === 'medium');
    if (medium) {
      opts.log(
        `  medium executed / bare Express: ${Math.round((100 * medium.rps) / ceiling.rps)} % of the rate, ` +
          `p99 ${round(medium.p99_ms / ceiling.p99_ms, 1)}× (bare: mean of ${ceilings.length} runs, before and after)`,
      );
    }
  } finally {
    await new Promise((resolve) => bareServer.close(resolve));
    await uncached.close();
    await cached.close();
  }
  return results;
}
