/** The 招商 queries over real HTTP on the chain fixture (tests/contract/chain.contract.ts works the answers out). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/http/server';
import { codes, gql } from '../support/http';

const GAPS = `query ($clusterId: ID, $n: Int) {
  chainGaps(clusterId: $clusterId, kinds: [MISSING_LOCALLY, SINGLE_LOCAL]) {
    id kind severity product { id name } dependents { id } localProducers { id name }
    externalProducerCount explanation explanationEn
    targets(first: $n) { node { id name } zone { id name } score reasons reasonsEn path { length nodes { id } edges { type } } }
    top: targets(first: 1) { node { id } }
  }
}`;

export function defineChainApiSuite(name: string, start: () => Promise<RunningServer>): void {
  describe(`招商 API over HTTP: ${name}`, () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await start();
    });
    afterAll(() => server?.close());

    it('answers chainGaps with targets, as many as each selection asks', async () => {
      const r = await gql(server.url, GAPS, { n: 5 });
      expect(r.status).toBe(200);
      const gaps = r.body.data?.chainGaps as {
        id: string;
        targets: { node: { id: string }; score: number; reasons: string[]; path: { length: number } }[];
        top: { node: { id: string } }[];
      }[];
      expect(gaps.map((g) => g.id)).toEqual([
        'MISSING_LOCALLY:product:alloy',
        'MISSING_LOCALLY:product:chip',
        'MISSING_LOCALLY:product:paint',
        'SINGLE_LOCAL:product:ecu',
        'SINGLE_LOCAL:product:frame',
      ]);
      expect(gaps[0]?.targets.map((t) => [t.node.id, t.score])).toEqual([
        ['enterprise:alloyco', 1.7],
        ['enterprise:alloyfar', 0.75],
      ]);
      expect(gaps[0]?.top.map((t) => t.node.id)).toEqual(['enterprise:alloyco']);
      expect(gaps[0]?.targets[0]?.reasons).toEqual([
        '生产 合金',
        '已为本地企业 车架厂配套',
        '位于 乙县，与本地同属 甲市',
      ]);
      expect(gaps[0]?.targets[0]?.path.length).toBe(2);
    });

    it('answers the panorama, what-if and the home zone', async () => {
      const r = await gql(
        server.url,
        `{ chainPanorama(clusterId: "cluster:auto") { truncated nodes { product { id } lane tier gap localProducerCount externalProducerCount chainLeader { id } } edges { id } }
           whatIf(removeIds: ["enterprise:framer"]) { orphaned { id } exposed { id } newGaps { id targets(first: 1) { node { id } } } }
           overview { homeZone { id name zoneKind } } }`,
      );
      expect(r.status).toBe(200);
      // biome-ignore lint/suspicious/noExplicitAny: the answer is read loosely, field by field
      const d = r.body.data as Record<string, any>;
      expect(d.chainPanorama.nodes).toHaveLength(8);
      expect(d.chainPanorama.edges).toHaveLength(7);
      expect(d.chainPanorama.nodes[2]).toEqual({
        product: { id: 'product:car' },
        lane: 'DOWNSTREAM',
        tier: 3,
        gap: null,
        localProducerCount: 1,
        externalProducerCount: 0,
        chainLeader: { id: 'enterprise:carco' },
      });
      expect(d.whatIf).toEqual({
        orphaned: [{ id: 'product:frame' }],
        exposed: [{ id: 'product:car' }],
        newGaps: [{ id: 'MISSING_LOCALLY:product:frame', targets: [{ node: { id: 'enterprise:framer' } }] }],
      });
      expect(d.overview.homeZone).toEqual({ id: 'zone:home', name: '本区', zoneKind: 'DEVELOPMENT_ZONE' });
    });

    it('refuses arguments past their caps with BAD_USER_INPUT, unknown ids with NOT_FOUND', async () => {
      for (const q of [
        '{ chainGaps(first: 101) { id } }',
        '{ chainGaps(tiers: 7) { id } }',
        '{ chainGaps { targets(first: 51) { score } } }',
        '{ chainGaps(clusterId: "product:car") { id } }',
        '{ chainPanorama(tiers: 0) { truncated } }',
        `{ whatIf(removeIds: [${Array.from({ length: 101 }, (_, i) => `"enterprise:e${i}"`).join(',')}]) { orphaned { id } } }`,
        '{ whatIf(removeIds: ["product:car"]) { orphaned { id } } }',
      ]) {
        const r = await gql(server.url, q);
        expect(codes(r), q.slice(0, 60)).toEqual(['BAD_USER_INPUT']);
      }
      for (const q of [
        '{ chainGaps(clusterId: "cluster:nope") { id } }',
        '{ chainPanorama(productId: "product:nope") { truncated } }',
        '{ whatIf(removeIds: ["enterprise:nope"]) { orphaned { id } } }',
      ])
        expect(codes(await gql(server.url, q)), q).toEqual(['NOT_FOUND']);
    });
  });
}
