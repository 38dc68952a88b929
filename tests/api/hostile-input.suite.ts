/**
 * Issue 12's hostile inputs over real HTTP, one test per defect found, run on each store:
 * answers over the response budget refused before they run (both the compiled path and
 * Apollo's), client errors answered 4xx with a typed code (never a 500 or INTERNAL_SERVER_ERROR,
 * never an error in the log), the response cache answering only what Apollo would accept, and
 * the compiled path answering exactly as Apollo does.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Q } from '../../client/src/lib/queries';
import type { Config } from '../../server/config';
import type { RunningServer } from '../../server/http/server';
import { capturingLogger, codes, gql, gqlGet, postRaw } from '../support/http';
import { SIXTEEN_GAP_REPORTS } from '../support/queries';

export type StartWith = (
  config: Partial<Config>,
  logger: ReturnType<typeof capturingLogger>['logger'],
) => Promise<RunningServer>;

/** On the mini fixture the explorer's gap report is estimated ~0.2 MB and the 16 reports ~0.7 MB. */
const BUDGET_MB = 0.4;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function defineHostileInputSuite(name: string, start: StartWith): void {
  describe(`hostile input: ${name}`, () => {
    let server: RunningServer;
    let log: ReturnType<typeof capturingLogger>;
    beforeAll(async () => {
      log = capturingLogger();
      server = await start({ maxResponseMb: BUDGET_MB }, log.logger);
    });
    afterAll(() => server?.close());

    const noErrorsLogged = () => expect(log.lines.filter((l) => l.level >= 50)).toEqual([]);

    it('refuses before running it a query whose answer would pass the budget, naming the field and the estimate', async () => {
      const r = await gql(server.url, SIXTEEN_GAP_REPORTS);
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      const error = r.body.errors?.[0] as { message: string; extensions: Record<string, unknown> };
      expect(error.extensions.field).toMatch(/^(gaps|g\d+)$/);
      expect(error.extensions.estimatedBytes).toBeGreaterThan(BUDGET_MB * 1024 * 1024);
      expect(error.message).toContain('MAX_RESPONSE_MB');
      expect(r.body.data).toBeUndefined();
      // Apollo's path (GET) refuses it the same way.
      const viaApollo = await gqlGet(server.url, SIXTEEN_GAP_REPORTS);
      expect(viaApollo.status).toBe(400);
      expect(codes(viaApollo)).toEqual(['BAD_USER_INPUT']);
      // What the explorer itself asks stays within it.
      const own = await gql(server.url, Q.gaps);
      expect(own.status).toBe(200);
      expect(own.body.errors).toBeUndefined();
      expect(own.body.data?.gaps.length).toBeGreaterThan(0);
    });

    it('answers a deeply nested unused variable with 200, not 500', async () => {
      const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      const r = await postRaw(server.url, `{"query":"{ __typename }","variables":{"unused":${deep}}}`);
      expect(r.status).toBeLessThan(500);
      expect(r.text).not.toContain('INTERNAL_SERVER_ERROR');
      noErrorsLogged();
    });

    it('refuses `mutation { x }` in validation (400), not as a server error', async () => {
      const r = await gql(server.url, 'mutation { x }');
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      noErrorsLogged();
    });

    it('answers a persisted-query hash that does not match 400 BAD_REQUEST, an unknown one PERSISTED_QUERY_NOT_FOUND', async () => {
      const query = '{ node(id: "product:a") { id } }';
      // Cached first, so that a cache lookup cannot answer the requests below.
      for (let i = 0; i < 2; i++) expect((await gql(server.url, query)).status).toBe(200);
      const wrong = await postRaw(
        server.url,
        JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
      );
      expect(wrong.status).toBe(400);
      expect(wrong.body?.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_REQUEST']);
      expect(wrong.headers.get('x-cache')).toBeNull();
      const unknown = await postRaw(
        server.url,
        JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(`${query} `) } } }),
      );
      expect(unknown.body?.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      const right = await postRaw(
        server.url,
        JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } }),
      );
      expect(right.status).toBe(200);
      expect(right.body?.data).toEqual({ node: { id: 'product:a' } });
      noErrorsLogged();
    });

    it('never answers from the cache what Apollo would refuse: operationName 123, 1e400 for an Int', async () => {
      const query = 'query S($f: Int) { search(text: "a", first: $f) { id } }';
      for (let i = 0; i < 2; i++) {
        const named = await postRaw(server.url, JSON.stringify({ query, operationName: 123 }));
        expect(named.status).toBe(400);
        expect(named.headers.get('x-cache')).not.toBe('HIT');
        // `{f: null}` is kept; `1e400` reads as Infinity, which JSON.stringify writes as null.
        expect((await gql(server.url, query, { f: null })).status).toBe(200);
        const huge = await postRaw(server.url, `{"query":${JSON.stringify(query)},"variables":{"f":1e400}}`);
        expect(huge.status).toBe(400);
        expect(huge.body?.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
        expect(huge.headers.get('x-cache')).not.toBe('HIT');
      }
      noErrorsLogged();
    });

    it('answers every query on the compiled path exactly as Apollo does', async () => {
      const cases: [string, Record<string, unknown>][] = [
        [Q.search, { text: '乙', first: 5 }],
        [Q.nodes, { ids: ['product:a', 'enterprise:alpha', 'zone:one'] }],
        [Q.neighborhood, { id: 'product:b', depth: 2, limit: 20 }],
        [Q.supplyChain, { productId: 'product:d', direction: 'BOTH', maxDepth: 3 }],
        [Q.paths, { from: 'product:a', to: 'product:d', maxHops: 4, first: 3 }],
        [Q.partners, { productId: 'product:d', first: 10 }],
        [Q.gaps, {}],
        [Q.between, { ids: ['product:a', 'product:b', 'product:d', 'enterprise:alpha', 'nope'] }],
        [Q.neighborCounts, { id: 'product:b' }],
        [Q.subgraph, { kinds: ['CLUSTER', 'ZONE'] }],
        ['{ overview { nodeCount edgeCount nodesByKind { kind count } } clusters { id tier } zones { id } }', {}],
        ['{ a: node(id: "product:a") { __typename id ... on Product { name } } b: node(id: "nope") { id } }', {}],
        [Q.neighborhood, { id: 'product:nope' }], // NOT_FOUND
        [Q.neighborhood, { id: 'product:b', depth: 9 }], // BAD_USER_INPUT
      ];
      // Without the response cache, the first POST runs on graphql-js, the second compiled.
      const uncached = await start({ responseCacheMb: 0 }, log.logger);
      try {
        for (const [query, variables] of cases) {
          const apollo = await gqlGet(uncached.url, query, variables);
          for (const pass of ['first', 'compiled']) {
            const compiled = await gql(uncached.url, query, variables);
            expect({ pass, query, status: compiled.status, body: compiled.body }).toEqual({
              pass,
              query,
              status: apollo.status,
              body: apollo.body,
            });
          }
        }
      } finally {
        await uncached.close();
      }
      noErrorsLogged();
    });
  });
}
