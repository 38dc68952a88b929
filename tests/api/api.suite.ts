/**
 * The GraphQL API over real HTTP, as one suite run on each store (memory in api.test.ts,
 * Neo4j in api.int.test.ts): every query, every error code, every limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/http/server';
import { codes, gql } from '../support/http';

const NODE = 'id kind name nameEn aliases status degree sources { quote section stated note }';
const EDGE = 'id type source target status sources { quote section stated }';

export function defineApiSuite(name: string, start: () => Promise<RunningServer>): void {
  describe(`GraphQL API over HTTP: ${name}`, () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await start();
    });
    afterAll(async () => {
      await server?.close();
    });

    it('answers node, nodes and the kind-specific fields', async () => {
      const r = await gql(
        server.url,
        `{ node(id: "zone:one") { ${NODE} ... on Zone { zoneKind indicators { key year value unit kind } } }
           missing: node(id: "zone:nope") { id }
           nodes(ids: ["cluster:k", "institution:uni"]) { id ... on Cluster { tier } ... on Institution { institutionKind } } }`,
      );
      expect(r.status).toBe(200);
      expect(r.body.data?.node).toMatchObject({ id: 'zone:one', kind: 'ZONE', zoneKind: 'CONCENTRATION_AREA' });
      expect(r.body.data?.node.indicators).toHaveLength(2);
      expect(r.body.data?.missing).toBeNull();
      expect(r.body.data?.nodes).toEqual([
        { id: 'cluster:k', tier: 'ESTABLISHED' },
        { id: 'institution:uni', institutionKind: 'UNIVERSITY' },
      ]);
    });

    it('answers search, clusters, zones, subgraph and overview', async () => {
      const r = await gql(
        server.url,
        `{ search(text: "mdx") { id } clusters { id tier } zones { id }
           subgraph(kinds: [CLUSTER, ZONE]) { nodes { id } edges { ${EDGE} } truncated total }
           overview { nodeCount edgeCount nodesByKind { kind count } edgesByType { type count }
                      indicators { subject { id } indicator { key kind year } } } }`,
      );
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data?.search).toEqual([{ id: 'institution:uni' }]);
      expect(r.body.data?.clusters.map((c: { id: string }) => c.id)).toEqual(['cluster:j', 'cluster:k']);
      expect(r.body.data?.subgraph.edges).toHaveLength(1);
      expect(r.body.data?.overview).toMatchObject({ nodeCount: 25, edgeCount: 28 });
    });

    it('answers neighborhood, supplyChain and paths', async () => {
      const r = await gql(
        server.url,
        `query($id: ID!) {
           neighborhood(id: $id, depth: 1, limit: 2) { nodes { id } edges { id } truncated total }
           supplyChain(productId: "product:d", direction: UPSTREAM) { nodes { id } edges { type } }
           paths(from: "product:a", to: "product:d", lens: SUPPLY_CHAIN) { length nodes { id } edges { id type } } }`,
        { id: 'product:b' },
      );
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data?.neighborhood).toMatchObject({ truncated: true, total: 5 });
      expect(r.body.data?.supplyChain.nodes).toHaveLength(8);
      expect(r.body.data?.paths.map((p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id))).toEqual([
        ['product:a', 'product:b', 'product:d'],
        ['product:a', 'product:c', 'product:d'],
      ]);
    });

    it('answers partners and gaps, which explain themselves', async () => {
      const r = await gql(
        server.url,
        `{ partners(productId: "product:d", first: 3) { node { id } role score reason reasonEn path { length nodes { id } } }
           gaps(kinds: [MISSING_SUPPLIER]) { id kind severity product { id name } cluster { id } zone { id }
             clusters { id } zones { id } explanation explanationEn suggestedPartners { node { id } role score reason } } }`,
      );
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data?.partners.map((m: { node: { id: string } }) => m.node.id)).toEqual([
        'enterprise:delta',
        'enterprise:gamma',
        'enterprise:alpha',
      ]);
      expect(r.body.data?.partners[2].reason).toContain('阿尔法公司');
      expect(r.body.data?.gaps.map((g: { id: string }) => g.id)).toEqual([
        'MISSING_SUPPLIER:product:a',
        'MISSING_SUPPLIER:product:c5',
      ]);
      expect(r.body.data?.gaps[0].suggestedPartners[0]).toMatchObject({
        node: { id: 'enterprise:alpha' },
        role: 'CUSTOMER',
      });
    });

    it('refuses arguments past a cap with BAD_USER_INPUT naming the cap', async () => {
      for (const q of [
        '{ neighborhood(id: "product:b", depth: 9) { total } }',
        '{ neighborhood(id: "product:b", limit: 100000) { total } }',
        '{ supplyChain(productId: "product:d", maxDepth: 99) { total } }',
        '{ paths(from: "product:a", to: "product:d", maxHops: 7) { length } }',
        '{ paths(from: "product:a", to: "product:d", first: -1) { length } }',
        '{ partners(productId: "product:d", first: 1000) { score } }',
        '{ search(text: "a", first: 51) { id } }',
        '{ partners(productId: "enterprise:alpha") { score } }',
      ]) {
        const r = await gql(server.url, q);
        expect(codes(r), q).toEqual(['BAD_USER_INPUT']);
        expect(r.body.errors?.[0]?.message, q).toMatch(/cap|must be/);
      }
    });

    it('answers NOT_FOUND for unknown ids that a query needs', async () => {
      for (const q of [
        '{ neighborhood(id: "zone:nope") { total } }',
        '{ partners(productId: "product:nope") { score } }',
        '{ paths(from: "product:a", to: "zone:nope") { length } }',
        '{ gaps(clusterId: "cluster:nope") { id } }',
      ]) {
        expect(codes(await gql(server.url, q)), q).toEqual(['NOT_FOUND']);
      }
    });

    it('refuses malformed queries and unknown fields without a stack trace', async () => {
      const bad = await gql(server.url, '{ node(id: "x") { id ');
      expect(bad.status).toBe(400);
      expect(codes(bad)).toEqual(['GRAPHQL_PARSE_FAILED']);
      const unknown = await gql(server.url, '{ nodez { id } }');
      expect(codes(unknown)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(JSON.stringify(unknown.body)).not.toContain('stacktrace');
      const wrongType = await gql(server.url, '{ paths(from: "a", to: "b", maxHops: "four") { length } }');
      expect(codes(wrongType)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });

    it('writes only through mutations that need a session (issue 15), and has no subscription', async () => {
      const r = await gql(server.url, '{ __schema { mutationType { name } subscriptionType { name } } }');
      expect(r.body.data).toEqual({ __schema: { mutationType: { name: 'Mutation' }, subscriptionType: null } });
      const anonymous = await gql(
        server.url,
        'mutation { deleteNode(id: "product:a", version: 1, source: { note: "x", date: "2026-12-01" }) }',
      );
      expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
      expect((await gql(server.url, '{ node(id: "product:a") { id } }')).body.data?.node).toEqual({ id: 'product:a' });
    });

    it('answers health and readiness', async () => {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', ok: true, store: server.store.kind });
    });
  });
}
