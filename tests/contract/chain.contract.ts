/**
 * The chain analyses (招商: chainGaps, chainPanorama, whatIf) pinned on tests/fixtures/chain.json,
 * every expectation worked out by hand below, for each store.
 *
 * The fixture: 甲省 ⊃ 甲市 ⊃ {本区 (home) ⊃ 园区, 乙县}; 乙省 ⊃ 远市.
 *   矿石 → 合金 → 车架 → 整车 ← 电控 ← 芯片;  涂料 → 整车;  电池 (PLANNED) → 整车;  自行车 (PLANNED).
 *   Local: 整车厂 (园区), 车架厂 (本区), 电控厂 (no zone; member of 汽车集群, in 园区), 实验室 (本区).
 *   External: 外电控, 合金厂 (乙县, supplies 车架厂), 远合金 (远市, PLANNED maker of 合金, cooperates
 *   with 实验室), 涂料厂 (远市, makes 涂料 and 车架), 芯片厂 (in 甲省 itself), 无址厂 (no place).
 *   汽车集群 (园区) focuses on 整车 and 电池.
 * Home chain (the roots): 电池, 自行车 (PLANNED), 整车, 车架, 电控 (made locally).
 * Inputs one level up: 电池, 电控, 车架, 涂料 → [整车]; 芯片 → [电控]; 合金 → [车架].
 *   合金: 0 local, 2 outside → MISSING_LOCALLY, HIGH (车架 is made here now). 芯片, 涂料 likewise.
 *   电池: no maker → ABSENT HIGH, and UNFILLED_TARGET HIGH (整车 depends on it).
 *   电控: 1 local (电控厂) → SINGLE_LOCAL MEDIUM; 车架: 1 local (车架厂) → SINGLE_LOCAL MEDIUM.
 *   自行车: UNFILLED_TARGET MEDIUM (nothing depends on it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DatasetError, InvalidInputError, NotFoundError } from '../../server/domain/errors';
import type { ChainGap, GraphStore } from '../../server/store/types';
import { chain, mini } from '../support/fixtures';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const targetsOf = (g: ChainGap | undefined) =>
  (g?.targets ?? []).map((t) => ({ id: t.node.id, score: t.score, zone: t.zone?.id ?? null }));

export function defineChainContract(getStore: () => GraphStore): void {
  describe('chain gaps, targets, panorama and what-if (hand-made chain fixture)', () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = getStore();
      await store.load(await chain());
    });

    it('knows the dataset’s home zone', async () => {
      expect(await store.homeZoneId()).toBe('zone:home');
    });

    it('finds the chain gaps relative to the home zone, ordered by severity, kind and product', async () => {
      const gaps = await store.chainGaps();
      expect(ids(gaps)).toEqual([
        'MISSING_LOCALLY:product:alloy',
        'MISSING_LOCALLY:product:chip',
        'MISSING_LOCALLY:product:paint',
        'ABSENT:product:battery',
        'UNFILLED_TARGET:product:battery',
        'SINGLE_LOCAL:product:ecu',
        'SINGLE_LOCAL:product:frame',
        'UNFILLED_TARGET:product:bike',
      ]);
      expect(gaps.map((g) => g.severity)).toEqual([
        'HIGH',
        'HIGH',
        'HIGH',
        'HIGH',
        'HIGH',
        'MEDIUM',
        'MEDIUM',
        'MEDIUM',
      ]);
      const alloy = gaps[0] as ChainGap;
      expect(alloy).toMatchObject({ kind: 'MISSING_LOCALLY', externalProducerCount: 2 });
      expect(ids(alloy.dependents)).toEqual(['product:frame']);
      expect(alloy.localProducers).toEqual([]);
      expect(alloy.explanation).toBe('合金 是 车架 的投入，本地没有企业生产它，外地有 2 家（缺链，招商重点）');
      expect(alloy.explanationEn).toContain('Alloy is an input to Frame; no local enterprise makes it, 2 outside do');
      const ecu = gaps.find((g) => g.id === 'SINGLE_LOCAL:product:ecu');
      // 电控厂 names no zone: it sits where its cluster does (园区), so it is local.
      expect(ids(ecu?.localProducers ?? [])).toEqual(['enterprise:ecuco']);
      expect(ecu?.externalProducerCount).toBe(1);
      expect(ecu?.explanation).toBe('电控 是 整车 的投入，本地只有 电控厂 一家生产（弱链），外地有 1 家');
      expect(gaps.find((g) => g.id === 'UNFILLED_TARGET:product:bike')?.dependents).toEqual([]);
    });

    it('ranks outside producers as targets by the reasons it spells out, each with its path', async () => {
      const [alloy, chip, paint] = await store.chainGaps({ targets: 10 });
      // 合金厂: makes it (1) + supplies 车架厂 (0.5) + shares 甲市 one step up from home (0.2).
      // 远合金: a PLANNED maker (0.5) + cooperates with 实验室 (0.25); 远市 shares nothing.
      expect(targetsOf(alloy)).toEqual([
        { id: 'enterprise:alloyco', score: 1.7, zone: 'zone:county' },
        { id: 'enterprise:alloyfar', score: 0.75, zone: 'zone:far' },
      ]);
      expect(alloy?.targets[0]?.reasons).toEqual([
        '生产 合金',
        '已为本地企业 车架厂配套',
        '位于 乙县，与本地同属 甲市',
      ]);
      expect(alloy?.targets[1]?.reasons).toEqual(['生产 合金（规划）', '与本地机构 实验室 合作', '位于 远市']);
      expect(alloy?.targets[1]?.reasonsEn).toEqual([
        'Makes Alloy (planned)',
        'Cooperates with the local institution The Lab',
        'In Far City',
      ]);
      const path = alloy?.targets[0]?.path;
      expect(ids(path?.nodes ?? [])).toEqual(['product:frame', 'product:alloy', 'enterprise:alloyco']);
      expect(ids(path?.edges ?? [])).toEqual([
        'product:alloy-[INPUT_TO]->product:frame',
        'enterprise:alloyco-[PRODUCES]->product:alloy',
      ]);
      expect(path?.length).toBe(2);
      expect(path?.edges[1]?.sources[0]).toMatchObject({ quote: 'PRODUCES', section: 'fixture' });
      // 芯片厂 sits in 甲省 itself, two steps up from home: 1 + 0.1.
      expect(targetsOf(chip)).toEqual([{ id: 'enterprise:chipco', score: 1.1, zone: 'zone:prov' }]);
      expect(chip?.targets[0]?.reasons).toEqual(['生产 芯片', '位于 甲省（本地所在地区）']);
      // 涂料厂 also makes 车架, another input of 整车 (+0.25); 无址厂's place is unknown.
      expect(targetsOf(paint)).toEqual([
        { id: 'enterprise:painter', score: 1.25, zone: 'zone:far' },
        { id: 'enterprise:nowhere', score: 1, zone: null },
      ]);
      expect(paint?.targets[0]?.reasons).toEqual(['生产 涂料', '还生产相邻投入 车架（同为 整车 的投入）', '位于 远市']);
      expect(paint?.targets[1]?.reasons).toEqual(['生产 涂料', '所在地不详']);
    });

    it('works out only as many targets as asked, and none for gaps nobody outside fills', async () => {
      const gaps = await store.chainGaps({ targets: 1 });
      expect(gaps[0]?.targets.map((t) => t.node.id)).toEqual(['enterprise:alloyco']);
      expect(gaps.find((g) => g.kind === 'ABSENT')?.targets).toEqual([]);
      expect((await store.chainGaps({ targets: 0 }))[0]?.targets).toEqual([]);
    });

    it('filters by kind, cluster and product, and looks `tiers` levels up', async () => {
      expect(ids(await store.chainGaps({ kinds: ['SINGLE_LOCAL', 'ABSENT'] }))).toEqual([
        'ABSENT:product:battery',
        'SINGLE_LOCAL:product:ecu',
        'SINGLE_LOCAL:product:frame',
      ]);
      // 汽车集群: focuses on 整车, 电池; its members make 整车, 电控 → inputs 电池, 电控, 车架, 涂料, 芯片.
      expect(ids(await store.chainGaps({ clusterId: 'cluster:auto' }))).toEqual([
        'MISSING_LOCALLY:product:chip',
        'MISSING_LOCALLY:product:paint',
        'ABSENT:product:battery',
        'UNFILLED_TARGET:product:battery',
        'SINGLE_LOCAL:product:ecu',
        'SINGLE_LOCAL:product:frame',
      ]);
      expect(ids(await store.chainGaps({ productId: 'product:frame' }))).toEqual(['MISSING_LOCALLY:product:alloy']);
      // Two levels up from 车架: 合金, then 矿石 (nobody makes it; 车架 is made here → HIGH).
      const two = await store.chainGaps({ productId: 'product:frame', tiers: 2 });
      expect(two.map((g) => [g.id, g.severity])).toEqual([
        ['MISSING_LOCALLY:product:alloy', 'HIGH'],
        ['ABSENT:product:ore', 'HIGH'],
      ]);
      expect(ids(two[1]?.dependents ?? [])).toEqual(['product:frame']);
      // From 整车, two levels: 芯片 feeds 整车 (via 电控) and 电控 itself.
      const fromCar = await store.chainGaps({ tiers: 2, kinds: ['MISSING_LOCALLY'] });
      expect(fromCar.map((g) => [g.id, ids(g.dependents)])).toEqual([
        ['MISSING_LOCALLY:product:alloy', ['product:car', 'product:frame']],
        ['MISSING_LOCALLY:product:chip', ['product:car', 'product:ecu']],
        ['MISSING_LOCALLY:product:paint', ['product:car']],
      ]);
      expect(ids(await store.chainGaps({ first: 2 }))).toEqual([
        'MISSING_LOCALLY:product:alloy',
        'MISSING_LOCALLY:product:chip',
      ]);
    });

    it('takes another home zone when asked: 乙县 makes 合金 once, and 车架 is not made there', async () => {
      const gaps = await store.chainGaps({ homeZoneId: 'zone:county', productId: 'product:frame', targets: 5 });
      expect(gaps.map((g) => [g.id, g.severity])).toEqual([['SINGLE_LOCAL:product:alloy', 'LOW']]);
      expect(ids(gaps[0]?.localProducers ?? [])).toEqual(['enterprise:alloyco']);
      expect(targetsOf(gaps[0])).toEqual([{ id: 'enterprise:alloyfar', score: 0.5, zone: 'zone:far' }]);
    });

    it('lays a cluster’s chain out in lanes with counts, gaps and the 链主', async () => {
      const p = await store.chainPanorama({ clusterId: 'cluster:auto' });
      // Tiers: longest INPUT_TO path inside: 矿石 0 → 合金 1 → 车架 2 → 整车 3; 芯片 0 → 电控 1.
      // Deepest 3: tier 0 UPSTREAM, 1–2 MIDSTREAM, 3 DOWNSTREAM.
      expect(
        p.nodes.map((n) => [
          n.product.id,
          n.lane,
          n.tier,
          n.localProducerCount,
          n.externalProducerCount,
          n.gap,
          n.chainLeader?.id ?? null,
        ]),
      ).toEqual([
        ['product:alloy', 'MIDSTREAM', 1, 0, 2, 'MISSING_LOCALLY', null],
        ['product:battery', 'UPSTREAM', 0, 0, 0, 'ABSENT', null],
        ['product:car', 'DOWNSTREAM', 3, 1, 0, null, 'enterprise:carco'],
        ['product:chip', 'UPSTREAM', 0, 0, 1, 'MISSING_LOCALLY', null],
        ['product:ecu', 'MIDSTREAM', 1, 1, 1, 'SINGLE_LOCAL', 'enterprise:ecuco'],
        ['product:frame', 'MIDSTREAM', 2, 1, 1, 'SINGLE_LOCAL', 'enterprise:framer'],
        ['product:ore', 'UPSTREAM', 0, 0, 0, 'ABSENT', null],
        ['product:paint', 'UPSTREAM', 0, 0, 2, 'MISSING_LOCALLY', null],
      ]);
      expect(ids(p.edges)).toEqual([
        'product:alloy-[INPUT_TO]->product:frame',
        'product:battery-[INPUT_TO]->product:car',
        'product:chip-[INPUT_TO]->product:ecu',
        'product:ecu-[INPUT_TO]->product:car',
        'product:frame-[INPUT_TO]->product:car',
        'product:ore-[INPUT_TO]->product:alloy',
        'product:paint-[INPUT_TO]->product:car',
      ]);
      expect(p.truncated).toBe(false);
      expect(p.nodes[2]?.product).toMatchObject({ name: '整车', kind: 'PRODUCT' });
    });

    it('lays one product’s chain out up and down', async () => {
      const p = await store.chainPanorama({ productId: 'product:frame', tiers: 1 });
      expect(p.nodes.map((n) => [n.product.id, n.lane, n.tier, n.gap])).toEqual([
        ['product:alloy', 'UPSTREAM', 0, 'MISSING_LOCALLY'],
        ['product:car', 'DOWNSTREAM', 2, null],
        ['product:frame', 'MIDSTREAM', 1, null],
      ]);
    });

    it('says what breaks if enterprises move out (若迁出)', async () => {
      const impact = await store.whatIf(['enterprise:framer'], { targets: 5 });
      expect(ids(impact.orphaned)).toEqual(['product:frame']);
      expect(ids(impact.exposed)).toEqual(['product:car']);
      // 车架 leaves the home chain: 合金 is no longer its input here; 车架 itself is now missing.
      expect(ids(impact.newGaps)).toEqual(['MISSING_LOCALLY:product:frame']);
      // 车架厂, moved out, is a target itself: it makes 车架 (1) and still supplies 整车厂 (0.5);
      // where it went is unknown. 涂料厂: 1 + 涂料, a neighbouring input of 整车 (0.25).
      expect(targetsOf(impact.newGaps[0])).toEqual([
        { id: 'enterprise:framer', score: 1.5, zone: null },
        { id: 'enterprise:painter', score: 1.25, zone: 'zone:far' },
      ]);
      expect(impact.newGaps[0]?.targets[0]?.reasons).toEqual(['生产 车架', '已为本地企业 整车厂配套', '所在地不详']);
      const none = await store.whatIf([]);
      expect(none).toEqual({ orphaned: [], exposed: [], newGaps: [] });
      // An outside enterprise leaving changes nothing here.
      expect(await store.whatIf(['enterprise:painter'])).toEqual({ orphaned: [], exposed: [], newGaps: [] });
    });

    it('refuses bad arguments with typed errors', async () => {
      await expect(store.chainGaps({ clusterId: 'product:car' })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(store.chainGaps({ clusterId: 'cluster:nope' })).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.chainGaps({ productId: 'product:nope' })).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.chainGaps({ homeZoneId: 'product:car' })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(store.chainGaps({ tiers: 7 })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(store.chainGaps({ tiers: 0 })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(store.chainGaps({ first: 101 })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(store.chainGaps({ targets: 51 })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(store.chainPanorama({ tiers: 7 })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(store.whatIf(['product:car'])).rejects.toBeInstanceOf(InvalidInputError);
      await expect(store.whatIf(['enterprise:nope'])).rejects.toBeInstanceOf(NotFoundError);
      const many = Array.from({ length: 101 }, (_, i) => `enterprise:e${i}`);
      await expect(store.whatIf(many)).rejects.toBeInstanceOf(InvalidInputError);
    });

    it('refuses a dataset whose home zone is not a zone, keeping the graph it had', async () => {
      const bad = await chain();
      // A typed refusal: InvalidInputError from a store, DatasetError where a file is written and read.
      await expect(store.load({ ...bad, meta: { homeZoneId: 'product:car' } })).rejects.toSatisfy(
        (e) => e instanceof InvalidInputError || e instanceof DatasetError,
      );
      expect(await store.homeZoneId()).toBe('zone:home');
    });

    it('asks for a home zone when the dataset names none', async () => {
      await store.load(await mini());
      expect(await store.homeZoneId()).toBeNull();
      await expect(store.chainGaps()).rejects.toBeInstanceOf(InvalidInputError);
      expect(ids(await store.chainGaps({ homeZoneId: 'zone:one', kinds: ['UNFILLED_TARGET'] }))).toEqual(
        ids(await store.chainGaps({ homeZoneId: 'zone:one', kinds: ['UNFILLED_TARGET'] })),
      );
      await store.load(await chain());
    });
  });
}
