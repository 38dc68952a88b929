/**
 * Property-based fuzzing of every query's arguments over real HTTP (fast-check): ids, text with
 * control characters and any Unicode, huge and negative numbers. The server may refuse, never
 * fail: only documented codes, no internal errors, and it keeps serving. Cypher-injection
 * strings through every string argument change nothing (the graph dumps the same before and after).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/http/server';
import { gql } from '../support/http';

export const DOCUMENTED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

const QUERIES: Record<string, string> = {
  node: 'query($id: ID!) { node(id: $id) { id } }',
  nodes: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
  search: 'query($text: String!, $first: Int) { search(text: $text, first: $first) { id } }',
  neighborhood:
    'query($id: ID!, $depth: Int, $limit: Int) { neighborhood(id: $id, depth: $depth, limit: $limit) { total } }',
  supplyChain: 'query($id: ID!, $depth: Int) { supplyChain(productId: $id, maxDepth: $depth) { total } }',
  paths:
    'query($id: ID!, $to: ID!, $hops: Int, $first: Int) { paths(from: $id, to: $to, maxHops: $hops, first: $first) { length } }',
  partners: 'query($id: ID!, $first: Int) { partners(productId: $id, first: $first) { score } }',
  gaps: 'query($id: ID, $zone: ID) { gaps(clusterId: $id, zoneId: $zone) { id } }',
};

export const INJECTIONS = [
  '"}) MATCH (n) DETACH DELETE n //',
  "' OR 1=1 WITH n MATCH (m) DETACH DELETE m //",
  'product:a` }) DETACH DELETE n RETURN (`',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection attempt, on purpose
  '\u0000\u0001\u001f${process.exit()}',
  'CALL dbms.killQueries([]) //',
  '*/ MATCH (n) SET n.name = "pwned" /*',
  'x\nMATCH (n) DETACH DELETE n',
];

const knownIds = ['product:a', 'product:d', 'cluster:k', 'zone:one', 'enterprise:alpha', 'institution:uni'];
const anyId = fc.oneof(
  fc.constantFrom(...knownIds),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(...INJECTIONS),
);
const anyInt = fc.oneof(fc.integer({ min: -5, max: 10 }), fc.integer(), fc.constantFrom(2 ** 31 - 1, -(2 ** 31), 0));
const anyVars = fc.record({
  id: anyId,
  to: anyId,
  ids: fc.array(anyId, { maxLength: 5 }),
  text: fc.oneof(
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.constantFrom(...INJECTIONS),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  ),
  zone: fc.option(anyId, { nil: null }),
  depth: anyInt,
  limit: anyInt,
  hops: anyInt,
  first: anyInt,
});

export function defineFuzzSuite(name: string, start: () => Promise<RunningServer>, runs: number): void {
  describe(`fuzzing the API: ${name}`, () => {
    let server: RunningServer;
    let before: string;
    beforeAll(async () => {
      server = await start();
      before = JSON.stringify(await server.store.dump());
    });
    afterAll(() => server?.close());

    for (const [query, text] of Object.entries(QUERIES)) {
      it(`${query}: only documented codes, never an internal error`, async () => {
        await fc.assert(
          fc.asyncProperty(anyVars, async (vars) => {
            const r = await gql(server.url, text, vars);
            expect([200, 400]).toContain(r.status);
            for (const e of r.body.errors ?? []) expect(DOCUMENTED, JSON.stringify(e)).toContain(e.extensions?.code);
          }),
          { numRuns: runs },
        );
      });
    }

    it('injection strings through every string argument change nothing and leak nothing', async () => {
      for (const inj of INJECTIONS) {
        for (const text of Object.values(QUERIES)) {
          const r = await gql(server.url, text, { id: inj, to: inj, ids: [inj], text: inj, zone: inj });
          expect(JSON.stringify(r.body)).not.toMatch(/Neo4jError|Cypher|stack/i);
        }
      }
      expect(JSON.stringify(await server.store.dump())).toBe(before);
      expect((await gql(server.url, '{ node(id: "product:a") { id } }')).body.data).toEqual({
        node: { id: 'product:a' },
      });
    });
  });
}
