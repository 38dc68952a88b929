/** Abuse over real HTTP: query-shape limits, body size, rate limit, CORS and security headers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARMOR_LIMITS } from '../../server/http/app';
import type { RunningServer } from '../../server/http/server';
import { MINI_FIXTURE } from '../support/fixtures';
import { codes, gql, testServer } from '../support/http';

describe('protection', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await testServer({ config: { dataset: MINI_FIXTURE } });
  });
  afterAll(() => server?.close());

  const stillServing = async () => {
    const r = await gql(server.url, '{ node(id: "product:a") { id } }');
    expect(r.body.data).toEqual({ node: { id: 'product:a' } });
  };

  it('refuses an alias flood', async () => {
    const aliases = Array.from(
      { length: ARMOR_LIMITS.maxAliases + 5 },
      (_, i) => `a${i}: node(id: "product:a") { id }`,
    ).join(' ');
    const r = await gql(server.url, `{ ${aliases} }`);
    expect(r.status).toBe(400);
    expect(codes(r)[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors?.[0]?.message).toMatch(/[Aa]liases/);
    await stillServing();
  });

  it('refuses a query nested too deep', async () => {
    // The schema's own shapes are shallow, so depth is built with nested inline fragments.
    let selection = 'id';
    for (let i = 0; i < ARMOR_LIMITS.maxDepth + 3; i++) selection = `... on Node { ... on Product { ${selection} } }`;
    const r = await gql(server.url, `{ node(id: "product:a") { ${selection} } }`);
    expect(r.status).toBe(400);
    expect(codes(r)[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    await stillServing();
  });

  it('refuses a query that would cost too much', async () => {
    const partners = Array.from(
      { length: 12 },
      (_, i) =>
        `p${i}: partners(productId: "product:d", first: 100) { path { nodes { sources { quote } } edges { sources { quote } } } }`,
    ).join(' ');
    const r = await gql(server.url, `{ ${partners} }`);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.message).toMatch(/[Cc]ost/);
    await stillServing();
  });

  it('refuses a token flood before parsing', async () => {
    const r = await gql(server.url, `{ node(id: "product:a") { ${'id '.repeat(ARMOR_LIMITS.maxTokens + 10)} } }`);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    await stillServing();
  });

  it('refuses a body over 1 MB with 413', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ node(id: "${'x'.repeat(1_100_000)}") { id } }` }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    await stillServing();
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    await stillServing();
  });

  it('sets a CSP of self and the security headers on every page', async () => {
    for (const path of ['/', '/healthz', '/graphql?query=%7B__typename%7D', '/graphiql/']) {
      const res = await fetch(`${server.url}${path}`, { headers: { 'apollo-require-preflight': '1' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-powered-by'), path).toBeNull();
    }
  });

  it('sends no CORS headers by default', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('configurable CORS and rate limit', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await testServer({
      config: {
        dataset: MINI_FIXTURE,
        corsOrigins: ['http://intranet.example'],
        rateLimit: { windowMs: 60_000, max: 5 },
      },
    });
  });
  afterAll(() => server?.close());

  it('allows a configured origin', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://intranet.example', 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://intranet.example');
  });

  it('limits requests per IP with 429 and keeps health answering', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await gql(server.url, '{ __typename }')).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
