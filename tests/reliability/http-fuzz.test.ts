/**
 * 10,000 fuzzed HTTP requests (fast-check) against the real server: methods, content types and
 * charsets, Accept and other headers, bodies that are not JSON, JSON that is not a GraphQL
 * request, batches, persisted-query extensions, variables of every shape (deeply nested, huge
 * numbers, wrong types), operation names of every type, valid and broken query texts. Every
 * answer is a documented client error or a success: no 5xx, no INTERNAL_SERVER_ERROR.
 */
import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Q } from '../../client/src/lib/queries';
import type { RunningServer } from '../../server/http/server';
import { MINI_FIXTURE } from '../support/fixtures';
import { capturingLogger, testServer } from '../support/http';

const REQUESTS = 10_000;
const AT_ONCE = 8;

const QUERIES = [
  ...Object.values(Q),
  '{ __typename }',
  'query A { node(id: "product:a") { id } } query B { node(id: "product:b") { id } }',
  'mutation { x }',
  'subscription { y }',
  '{ node(id: "product:a") { id ...F } } fragment F on Node { name ...F }',
  '{ node(id: $undeclared) { id } }',
  '{ gaps { suggestedPartners { path { nodes { sources { quote } } } } } }',
  '{ __schema { types { name fields { name } } } }',
  '{ node(id: "product:a") { id } ',
  '{ search(text: "x", first: 100000000000000000000) { id } }',
];

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const variables = fc.oneof(
  json,
  fc.record({ id: json, text: json, first: json, ids: json, productId: json, limit: json, depth: json }),
  fc.constantFrom({ f: 1e308 }, { first: -1 }, { ids: Array(600).fill('x') }, { text: 'x'.repeat(500) }),
);

/** Raw JSON texts JSON.stringify cannot make: 1e400, deep nesting, duplicate keys, junk after. */
const rawJson = fc.oneof(
  fc.constantFrom(
    '{"query":"{ __typename }","variables":{"a":1e400}}',
    `{"query":"{ __typename }","variables":{"deep":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
    `{"query":"{ __typename }","variables":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`,
    '{"query":"{ __typename }","query":"{ node(id: \\"product:a\\") { id } }"}',
    '{"query":"{ __typename }"} trailing',
    '{"query":',
    '[]',
    '[{"query":"{ __typename }"},{"query":"{ __typename }"}]',
    'null',
    '"just a string"',
    '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
    '{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"abc"}}}',
    '{"extensions":{"persistedQuery":null}}',
  ),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** Well-formed requests the explorer sends, with variables near and past the caps. */
const VALID: [string, fc.Arbitrary<Record<string, unknown>>][] = [
  [Q.search, fc.record({ text: fc.constantFrom('乙', 'a', 'jia', ''), first: fc.integer({ min: -2, max: 60 }) })],
  [
    Q.neighborhood,
    fc.record({ id: fc.constantFrom('product:b', 'zone:one', 'nope'), depth: fc.integer({ min: 0, max: 4 }) }),
  ],
  [
    Q.supplyChain,
    fc.record({
      productId: fc.constantFrom('product:d', 'enterprise:alpha'),
      maxDepth: fc.integer({ min: 0, max: 7 }),
    }),
  ],
  [
    Q.partners,
    fc.record({ productId: fc.constantFrom('product:d', 'product:a'), first: fc.integer({ min: 0, max: 120 }) }),
  ],
  [
    Q.paths,
    fc.record({
      from: fc.constantFrom('product:a'),
      to: fc.constantFrom('product:d', 'product:a'),
      maxHops: fc.integer({ min: 0, max: 7 }),
    }),
  ],
  [Q.nodes, fc.record({ ids: fc.array(fc.constantFrom('product:a', 'zone:one', 'x'), { maxLength: 4 }) })],
  [Q.gaps, fc.constant({})],
  [Q.subgraph, fc.record({ limit: fc.integer({ min: 0, max: 30_000 }) })],
];
const valid = fc.integer({ min: 0, max: VALID.length - 1 }).chain((i) => {
  const [query, vars] = VALID[i] as (typeof VALID)[number];
  return vars.map((variables) => JSON.stringify({ query, variables }));
});

const body = fc.oneof(
  { weight: 3, arbitrary: valid },
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          query: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...QUERIES) }, { weight: 1, arbitrary: json }),
          variables: fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: variables }),
          operationName: fc.oneof(
            { weight: 4, arbitrary: fc.constant(undefined) },
            { weight: 1, arbitrary: fc.constantFrom('A', 'B', 'Gaps', 'Nope', '') },
            { weight: 1, arbitrary: json },
          ),
          extensions: fc.oneof(
            { weight: 8, arbitrary: fc.constant(undefined) },
            { weight: 1, arbitrary: json },
            { weight: 1, arbitrary: fc.record({ persistedQuery: json }) },
          ),
        },
        { requiredKeys: ['query'] },
      )
      .map((b) => JSON.stringify(b)),
  },
  { weight: 1, arbitrary: rawJson },
);

const requestSpec = fc.record({
  method: fc.constantFrom('POST', 'POST', 'POST', 'POST', 'POST', 'POST', 'GET', 'PUT', 'OPTIONS', 'DELETE'),
  contentType: fc.constantFrom(
    'application/json',
    'application/json',
    'application/json',
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=utf-16',
    'application/json; charset=latin1',
    'text/plain',
    'application/graphql',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/graphql-response+json',
    '',
    '*/*;;',
  ),
  accept: fc.constantFrom(
    undefined,
    undefined,
    undefined,
    '*/*',
    'application/json',
    'application/graphql-response+json',
    'text/html',
    'image/png',
    'application/json;q=0, */*;q=0',
    'multipart/mixed; deferSpec=20220824',
    ',,;',
  ),
  acceptEncoding: fc.constantFrom(undefined, 'gzip', 'br', 'deflate, gzip;q=0.5', 'identity;q=0', 'x'),
  preflight: fc.boolean(),
  body,
  queryString: fc.oneof(
    fc.constant(''),
    fc.constantFrom(...QUERIES).map((q) => `?query=${encodeURIComponent(q)}`),
    fc.string({ maxLength: 40 }).map((s) => `?query=${encodeURIComponent(s)}&variables=${encodeURIComponent(s)}`),
    fc.constant('?variables=%7B&query=%7B__typename%7D'),
  ),
});

type Spec = typeof requestSpec extends fc.Arbitrary<infer T> ? T : never;

function send(url: string, agent: Agent, spec: Spec): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = {};
  if (spec.contentType) headers['content-type'] = spec.contentType;
  if (spec.accept) headers.accept = spec.accept;
  if (spec.acceptEncoding) headers['accept-encoding'] = spec.acceptEncoding;
  if (spec.preflight) headers['apollo-require-preflight'] = '1';
  const hasBody = spec.method !== 'GET' && spec.method !== 'OPTIONS';
  return new Promise((resolve) => {
    const req = request(`${url}/graphql${spec.queryString}`, { method: spec.method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('latin1') }));
      res.on('error', () => resolve({ status: -1, text: 'response error' }));
    });
    req.on('error', (err) => resolve({ status: -1, text: String(err) }));
    req.end(hasBody ? spec.body : undefined);
  });
}

describe('fuzzing HTTP requests', () => {
  let server: RunningServer;
  const log = capturingLogger();
  beforeAll(async () => {
    server = await testServer({
      logger: log.logger,
      config: { dataset: MINI_FIXTURE, rateLimit: { windowMs: 60_000, max: 100_000_000 } },
    });
  });
  afterAll(() => server?.close());

  it(`${REQUESTS.toLocaleString('en')} requests: no 5xx, no INTERNAL_SERVER_ERROR, nothing logged as an error`, {
    timeout: 600_000,
  }, async () => {
    const specs = fc.sample(requestSpec, { numRuns: REQUESTS, seed: 12 });
    const agent = new Agent({ keepAlive: true, maxSockets: AT_ONCE });
    const failures: { spec: Spec; status: number; text: string }[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < specs.length) {
        const spec = specs[next++] as Spec;
        const r = await send(server.url, agent, spec);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        if (r.status >= 500 || r.status < 0 || r.text.includes('INTERNAL_SERVER_ERROR')) failures.push({ spec, ...r });
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: AT_ONCE }, worker));
    agent.destroy();
    console.log(
      `[http fuzz] ${REQUESTS} requests in ${((performance.now() - started) / 1000).toFixed(1)} s; statuses ${JSON.stringify(
        Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])),
      )}; ${failures.length} failures`,
    );
    expect(failures.slice(0, 5)).toEqual([]);
    expect(log.lines.filter((l) => l.level >= 50)).toEqual([]);
    // Still serving.
    const ok = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "product:a") { id } }' }),
    });
    expect(await ok.json()).toEqual({ data: { node: { id: 'product:a' } } });
  });
});
