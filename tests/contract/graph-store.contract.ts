/**
 * The GraphStore contract: every semantic of DESIGN.md pinned with hand-checked expectations,
 * run against each adapter (`defineGraphStoreContract(name, makeStore)`), like graphology's
 * `specs(Graph, impl)`. Mini-graph expectations are worked out by hand in the comments.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError, NotFoundError } from '../../server/domain/errors';
import type { GraphStore, Path } from '../../server/store/types';
import { harbin, mini } from '../support/fixtures';
import { defineChainContract } from './chain.contract';
import { defineHarbinContract } from './harbin.contract';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const pathIds = (p: Path) => p.nodes.map((n) => n.id);

export function defineGraphStoreContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await makeStore();
    });

    describe('on the hand-made mini graph', () => {
      beforeAll(async () => {
        await store.load(await mini());
      });

      it('finds nodes by id, with their degree, and null for unknown ids', async () => {
        const b = await store.node('product:b');
        expect(b).toMatchObject({ id: 'product:b', kind: 'PRODUCT', name: '乙部件', status: 'EXISTING', degree: 4 });
        expect(b?.sources[0]).toEqual({ quote: '乙部件', section: 'fixture', stated: true });
        expect(await store.node('product:nope')).toBeNull();
        expect(ids(await store.nodes(['zone:one', 'product:nope', 'product:a']))).toEqual(['zone:one', 'product:a']);
      });

      it('lists clusters and zones by id with their kind-specific fields', async () => {
        expect(ids(await store.clusters())).toEqual(['cluster:j', 'cluster:k']);
        const zones = await store.zones();
        expect(ids(zones)).toEqual(['zone:one', 'zone:park', 'zone:two']);
        expect(zones[0]).toMatchObject({ zoneKind: 'CONCENTRATION_AREA' });
        expect(zones[0] && 'indicators' in zones[0] ? zones[0].indicators.map((i) => i.key) : []).toEqual([
          'gdp-2005',
          'gdp-2010',
        ]);
      });

      it('expands a neighbourhood breadth-first, nodes and edges ordered by id', async () => {
        const n = await store.neighborhood('product:b');
        expect(ids(n.nodes)).toEqual(['enterprise:alpha', 'institution:uni', 'product:a', 'product:b', 'product:d']);
        expect(ids(n.edges)).toEqual([
          'enterprise:alpha-[PRODUCES]->product:b',
          'institution:uni-[RESEARCHES]->product:b',
          'product:a-[INPUT_TO]->product:b',
          'product:b-[INPUT_TO]->product:d',
        ]);
        expect(n).toMatchObject({ truncated: false, total: 5 });
      });

      it('caps a neighbourhood at `limit`, keeping the nearest nodes by id, and reports the total', async () => {
        const n = await store.neighborhood('product:b', { limit: 2 });
        expect(ids(n.nodes)).toEqual(['enterprise:alpha', 'product:b']);
        expect(ids(n.edges)).toEqual(['enterprise:alpha-[PRODUCES]->product:b']);
        expect(n).toMatchObject({ truncated: true, total: 5 });
      });

      it('filters a neighbourhood by kind and relationship type', async () => {
        const products = await store.neighborhood('product:b', { depth: 2, kinds: ['PRODUCT'] });
        expect(ids(products.nodes)).toEqual(['product:a', 'product:b', 'product:c', 'product:d']);
        expect(products.edges).toHaveLength(4);
        const produces = await store.neighborhood('product:b', { relTypes: ['PRODUCES'] });
        expect(ids(produces.nodes)).toEqual(['enterprise:alpha', 'product:b']);
        const island = await store.neighborhood('product:island', { depth: 3 });
        expect(ids(island.nodes)).toEqual(['product:island']);
        expect(island.edges).toEqual([]);
      });

      it('walks a supply chain upstream and downstream with producers', async () => {
        const up = await store.supplyChain('product:d', { direction: 'UPSTREAM' });
        expect(ids(up.nodes)).toEqual([
          'enterprise:alpha',
          'enterprise:beta',
          'enterprise:delta',
          'enterprise:gamma',
          'product:a',
          'product:b',
          'product:c',
          'product:d',
        ]);
        expect(up.edges).toHaveLength(9);
        const down = await store.supplyChain('product:b', { direction: 'DOWNSTREAM' });
        expect(ids(down.nodes)).toEqual([
          'enterprise:alpha',
          'enterprise:delta',
          'enterprise:gamma',
          'product:b',
          'product:d',
        ]);
        const short = await store.supplyChain('product:c1', { direction: 'DOWNSTREAM', maxDepth: 2 });
        expect(ids(short.nodes)).toEqual(['product:c1', 'product:c2', 'product:c3']);
        const both = await store.supplyChain('product:c3', { maxDepth: 1 });
        expect(ids(both.nodes)).toEqual(['product:c2', 'product:c3', 'product:c4']);
      });

      it('orders paths shortest first, then by node-id sequence (diamond)', async () => {
        const chain = await store.paths('product:a', 'product:d', { lens: 'SUPPLY_CHAIN' });
        expect(chain.map(pathIds)).toEqual([
          ['product:a', 'product:b', 'product:d'],
          ['product:a', 'product:c', 'product:d'],
        ]);
        const all = await store.paths('product:a', 'product:d', { lens: 'ALL' });
        expect(all.map(pathIds)).toEqual([
          ['product:a', 'product:b', 'product:d'],
          ['product:a', 'product:c', 'product:d'],
          ['product:a', 'product:b', 'enterprise:alpha', 'enterprise:gamma', 'product:d'],
        ]);
        expect(all.map((p) => p.length)).toEqual([2, 2, 4]);
        expect(all[2]?.edges.map((e) => e.type)).toEqual(['INPUT_TO', 'PRODUCES', 'SUPPLIES', 'PRODUCES']);
        expect((await store.paths('product:a', 'product:d', { first: 1 })).map(pathIds)).toEqual([
          ['product:a', 'product:b', 'product:d'],
        ]);
        expect(await store.paths('product:a', 'product:d', { maxHops: 3 })).toHaveLength(2);
      });

      it('leaves hubs out of paths with maxDegree, the two ends exempt', async () => {
        // product:b has 4 relationships, product:c 3; product:d (an end) has 5.
        const avoided = await store.paths('product:a', 'product:d', { lens: 'ALL', maxDegree: 3 });
        expect(avoided.map(pathIds)).toEqual([['product:a', 'product:c', 'product:d']]);
        const all = await store.paths('product:a', 'product:d', { lens: 'ALL', maxDegree: 4 });
        expect(all.map(pathIds)[0]).toEqual(['product:a', 'product:b', 'product:d']);
        expect(await store.paths('product:a', 'product:d', { maxDegree: 2 })).toEqual([]);
        await expect(store.paths('product:a', 'product:d', { maxDegree: 0 })).rejects.toBeInstanceOf(InvalidInputError);
      });

      it('returns the nodes asked for and every relationship among them (between)', async () => {
        const sg = await store.between(['product:d', 'product:b', 'enterprise:alpha', 'product:a', 'product:nope']);
        expect(ids(sg.nodes)).toEqual(['enterprise:alpha', 'product:a', 'product:b', 'product:d']);
        expect(ids(sg.edges)).toEqual([
          'enterprise:alpha-[PRODUCES]->product:b',
          'product:a-[INPUT_TO]->product:b',
          'product:b-[INPUT_TO]->product:d',
        ]);
        expect(sg).toMatchObject({ truncated: false, total: 4 });
        const inputs = await store.between(['product:a', 'product:b', 'product:d', 'enterprise:alpha'], {
          relTypes: ['INPUT_TO'],
        });
        expect(ids(inputs.edges)).toEqual(['product:a-[INPUT_TO]->product:b', 'product:b-[INPUT_TO]->product:d']);
        expect((await store.between([])).nodes).toEqual([]);
        await expect(store.between(Array.from({ length: 5001 }, (_, i) => `product:${i}`))).rejects.toBeInstanceOf(
          InvalidInputError,
        );
      });

      it("counts a node's neighbours by relationship type and kind", async () => {
        expect(await store.neighborCounts('product:b')).toEqual([
          { type: 'PRODUCES', kind: 'ENTERPRISE', count: 1 },
          { type: 'INPUT_TO', kind: 'PRODUCT', count: 2 },
          { type: 'RESEARCHES', kind: 'INSTITUTION', count: 1 },
        ]);
        expect(await store.neighborCounts('zone:one')).toEqual([
          { type: 'LOCATED_IN', kind: 'ENTERPRISE', count: 1 },
          { type: 'PART_OF', kind: 'ZONE', count: 1 },
          { type: 'COOPERATES_WITH', kind: 'INSTITUTION', count: 1 },
        ]);
        expect(await store.neighborCounts('product:island')).toEqual([]);
        await expect(store.neighborCounts('zone:nope')).rejects.toBeInstanceOf(NotFoundError);
      });

      it('follows the supply-chain lens only forwards, the others either way (cycle)', async () => {
        const directed = await store.paths('enterprise:x', 'enterprise:z', { lens: 'SUPPLY_CHAIN' });
        expect(directed.map(pathIds)).toEqual([['enterprise:x', 'enterprise:y', 'enterprise:z']]);
        const undirected = await store.paths('enterprise:x', 'enterprise:z', { lens: 'ALL' });
        expect(undirected.map(pathIds)).toEqual([
          ['enterprise:x', 'enterprise:z'],
          ['enterprise:x', 'enterprise:y', 'enterprise:z'],
        ]);
        expect(await store.paths('product:d', 'product:a', { lens: 'SUPPLY_CHAIN' })).toEqual([]);
        expect(await store.paths('enterprise:x', 'enterprise:z', { lens: 'COOPERATION' })).toEqual([]);
        const coop = await store.paths('institution:uni', 'enterprise:gamma', { lens: 'COOPERATION' });
        expect(coop.map(pathIds)).toEqual([['institution:uni', 'zone:one', 'zone:park', 'enterprise:gamma']]);
      });

      it('finds a 5-hop chain only when maxHops allows, and nothing across components', async () => {
        expect(await store.paths('product:c1', 'product:c6', { maxHops: 4 })).toEqual([]);
        const five = await store.paths('product:c1', 'product:c6', { maxHops: 5, lens: 'SUPPLY_CHAIN' });
        expect(five.map((p) => p.length)).toEqual([5]);
        expect(await store.paths('product:island', 'product:a')).toEqual([]);
      });

      it('ranks partners by score, role and id, each with its justifying path', async () => {
        const d = await store.partners('product:d');
        expect(d.map((m) => [m.node.id, m.role, m.score])).toEqual([
          ['enterprise:delta', 'PRODUCER', 1],
          ['enterprise:gamma', 'PRODUCER', 1],
          ['enterprise:alpha', 'SUPPLIER', 0.5],
          ['zone:park', 'HOST_ZONE', 0.5],
          ['enterprise:beta', 'SUPPLIER', 0.25],
        ]);
        // alpha supplies d two ways at equal score; the path with the smaller node-id sequence wins.
        expect(pathIds(d[2]!.path)).toEqual(['product:d', 'enterprise:gamma', 'enterprise:alpha']);
        expect(pathIds(d[3]!.path)).toEqual(['product:d', 'enterprise:delta', 'zone:park']);
        expect(d[0]?.reason).toBe('生产商：德尔塔公司 —生产→ 丁整机');
        expect(d[0]?.reasonEn).toBe('Producer: Delta Co. —produces→ Product D');
        expect(d[4]?.reason).toBe('供应商：贝塔公司 —生产（规划）→ 丙部件 —投入→ 丁整机');
      });

      it('finds customers and research partners, and caps with `first`', async () => {
        const b = await store.partners('product:b');
        expect(b.map((m) => [m.node.id, m.role, m.score])).toEqual([
          ['enterprise:alpha', 'PRODUCER', 1],
          ['institution:uni', 'RESEARCH_PARTNER', 1],
          ['enterprise:delta', 'CUSTOMER', 0.5],
          ['enterprise:gamma', 'CUSTOMER', 0.5],
          ['zone:one', 'HOST_ZONE', 0.5],
        ]);
        expect(pathIds(b[3]!.path)).toEqual(['product:b', 'enterprise:alpha', 'enterprise:gamma']);
        expect(await store.partners('product:b', { first: 2 })).toHaveLength(2);
        expect(await store.partners('product:island')).toEqual([]);
      });

      it('reports every gap kind, ordered by severity, kind and id', async () => {
        const gaps = await store.gaps();
        expect(gaps.map((g) => [g.id, g.severity])).toEqual([
          ['MISSING_SUPPLIER:product:a', 'HIGH'],
          ['NO_RESEARCH_PARTNER:cluster:j', 'HIGH'],
          ['MISSING_SUPPLIER:product:c5', 'MEDIUM'],
          ['FRAGILE_SUPPLIER:product:b', 'MEDIUM'],
          ['FRAGILE_SUPPLIER:product:c', 'MEDIUM'],
          ['UNFILLED_TARGET:product:target', 'MEDIUM'],
          ['SINGLE_ZONE:cluster:k', 'MEDIUM'],
          ['NO_RESEARCH_PARTNER:cluster:k', 'MEDIUM'],
        ]);
        const missing = gaps[0]!;
        expect(missing).toMatchObject({ kind: 'MISSING_SUPPLIER', product: { id: 'product:a' } });
        expect(missing.explanation).toContain('甲材料');
        expect(missing.suggestedPartners.map((m) => [m.node.id, m.role, m.score])).toEqual([
          ['enterprise:alpha', 'CUSTOMER', 0.5],
          ['enterprise:beta', 'CUSTOMER', 0.25],
        ]);
        const single = gaps.find((g) => g.kind === 'SINGLE_ZONE')!;
        expect(single).toMatchObject({ cluster: { id: 'cluster:k' }, zone: { id: 'zone:park' } });
        const research = gaps.find((g) => g.id === 'NO_RESEARCH_PARTNER:cluster:k')!;
        expect(research.suggestedPartners.map((m) => [m.node.id, m.role, pathIds(m.path)])).toEqual([
          ['institution:uni', 'RESEARCH_PARTNER', ['cluster:k', 'product:d', 'product:b', 'institution:uni']],
        ]);
      });

      it('filters gaps by cluster, zone (including the parks inside it) and kind', async () => {
        expect(ids(await store.gaps({ clusterId: 'cluster:k' }))).toEqual([
          'FRAGILE_SUPPLIER:product:b',
          'FRAGILE_SUPPLIER:product:c',
          'SINGLE_ZONE:cluster:k',
          'NO_RESEARCH_PARTNER:cluster:k',
        ]);
        expect(ids(await store.gaps({ zoneId: 'zone:one' }))).toEqual([
          'MISSING_SUPPLIER:product:a',
          'FRAGILE_SUPPLIER:product:b',
          'FRAGILE_SUPPLIER:product:c',
          'SINGLE_ZONE:cluster:k',
          'NO_RESEARCH_PARTNER:cluster:k',
        ]);
        expect(ids(await store.gaps({ kinds: ['SINGLE_ZONE', 'UNFILLED_TARGET'] }))).toEqual([
          'UNFILLED_TARGET:product:target',
          'SINGLE_ZONE:cluster:k',
        ]);
      });

      it('searches names, pinyin, initials, English and aliases, exact before prefix before substring', async () => {
        expect(ids(await store.search('大学'))).toEqual(['institution:uni']);
        expect(ids(await store.search('moudaxue'))).toEqual(['institution:uni']);
        expect(ids(await store.search('mdx'))).toEqual(['institution:uni']);
        expect(ids(await store.search('some univ'))).toEqual(['institution:uni']);
        // 乙部件 (exact pinyin prefix `yi`) and 乙企业 tie on score; the shorter name, then the id, decide.
        expect(ids(await store.search('乙'))).toEqual(['enterprise:y', 'product:b']);
        // All four 公司 are substring matches: the shorter names (4 characters) come first, then ids.
        expect(ids(await store.search('公司', { first: 2 }))).toEqual(['enterprise:beta', 'enterprise:gamma']);
        expect(ids(await store.search('链条', { kinds: ['CLUSTER'] }))).toEqual(['cluster:j']);
        expect(await store.search('   ')).toEqual([]);
        expect(await store.search('no such thing')).toEqual([]);
      });

      it('answers the overview: counts by kind and type, and indicators', async () => {
        const o = await store.overview();
        expect(o).toMatchObject({ nodeCount: 25, edgeCount: 28 });
        expect(o.nodesByKind).toEqual([
          { kind: 'CLUSTER', count: 2 },
          { kind: 'ZONE', count: 3 },
          { kind: 'ENTERPRISE', count: 7 },
          { kind: 'INSTITUTION', count: 1 },
          { kind: 'PRODUCT', count: 12 },
        ]);
        expect(o.edgesByType.find((t) => t.type === 'INPUT_TO')).toEqual({ type: 'INPUT_TO', count: 9 });
        expect(o.indicators.map((i) => [i.subject.id, i.indicator.key, i.indicator.kind])).toEqual([
          ['zone:one', 'gdp-2005', 'ACTUAL'],
          ['zone:one', 'gdp-2010', 'TARGET'],
        ]);
      });

      it('returns the subgraph of some kinds', async () => {
        const s = await store.subgraph({ kinds: ['CLUSTER', 'ZONE'] });
        expect(ids(s.nodes)).toEqual(['cluster:j', 'cluster:k', 'zone:one', 'zone:park', 'zone:two']);
        expect(ids(s.edges)).toEqual(['zone:park-[PART_OF]->zone:one']);
        const capped = await store.subgraph({ limit: 3 });
        expect(capped).toMatchObject({ truncated: true, total: 25 });
        expect(ids(capped.nodes)).toEqual(['cluster:j', 'cluster:k', 'enterprise:alpha']);
      });

      it('refuses arguments past a cap, and unknown or wrong-kind ids, with typed errors', async () => {
        await expect(store.neighborhood('product:b', { depth: 4 })).rejects.toBeInstanceOf(InvalidInputError);
        await expect(store.neighborhood('product:b', { limit: 0 })).rejects.toBeInstanceOf(InvalidInputError);
        await expect(store.paths('product:a', 'product:d', { maxHops: 7 })).rejects.toBeInstanceOf(InvalidInputError);
        await expect(store.paths('product:a', 'product:d', { first: 101 })).rejects.toBeInstanceOf(InvalidInputError);
        await expect(store.paths('product:a', 'product:a')).rejects.toBeInstanceOf(InvalidInputError);
        await expect(store.supplyChain('product:d', { maxDepth: -1 })).rejects.toBeInstanceOf(InvalidInputError);
        await expect(store.search('x', { first: 51 })).rejects.toBeInstanceOf(InvalidInputError);
        await expect(store.partners('product:b', { first: 1.5 })).rejects.toBeInstanceOf(InvalidInputError);
        await expect(store.partners('enterprise:alpha')).rejects.toBeInstanceOf(InvalidInputError);
        await expect(store.partners('product:nope')).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.neighborhood('zone:nope')).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.paths('product:a', 'zone:nope')).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.gaps({ clusterId: 'zone:one' })).rejects.toBeInstanceOf(InvalidInputError);
        await expect(store.gaps({ zoneId: 'zone:nope' })).rejects.toBeInstanceOf(NotFoundError);
      });

      it('dumps exactly what was loaded', async () => {
        const d = await mini();
        const dump = await store.dump();
        expect(ids(dump.nodes)).toEqual(ids(d.nodes).sort());
        expect(dump.edges).toEqual([...d.edges].sort((a, b) => (a.id < b.id ? -1 : 1)));
        expect(dump.nodes.find((n) => n.id === 'zone:one')).toEqual(d.nodes.find((n) => n.id === 'zone:one'));
      });

      it('replaces the whole graph on load', async () => {
        await store.load({ nodes: (await mini()).nodes.slice(0, 3), edges: [] });
        expect((await store.overview()).nodeCount).toBe(3);
        await store.load(await mini());
        expect((await store.overview()).nodeCount).toBe(25);
      });

      it('reports health', async () => {
        expect(await store.health()).toMatchObject({ ok: true, store: store.kind });
      });
    });

    describe('on the Harbin dataset', () => {
      beforeAll(async () => {
        await store.load(await harbin());
      });
      defineHarbinContract(() => store);
    });

    defineChainContract(() => store);
  });
}
