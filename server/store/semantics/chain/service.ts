/**
 * The chain analyses over what a store provides (ChainOps): the facts, read once per version
 * of the graph and indexed, and one read per answer that resolves the ids it names into nodes
 * and edges (with their sources). Both stores answer chainGaps, chainPanorama and whatIf
 * through this class, so they answer alike.
 */
import { englishName } from '../../../domain/english-name';
import { InvalidInputError } from '../../../domain/errors';
import type { GraphEdge, NodeKind, RelType } from '../../../domain/model';
import * as args from '../../args';
import type {
  ChainGap,
  ChainGapsArgs,
  Impact,
  Panorama,
  PanoramaArgs,
  Path,
  StoredNode,
  TargetMatch,
  WhatIfArgs,
} from '../../types';
import { compareStrings } from '../order';
import { type ChainFacts, ChainIndex } from './facts';
import { type ChainGapSkeleton, computeChainGaps, inputGap, sortGaps } from './gaps';
import { Locality } from './locality';
import { computePanorama } from './panorama';
import { rankTargets, type TargetSkeleton } from './targets';
import { explain, type NameOf, reasonIds, reasonText } from './text';

export interface ChainOps {
  /** A token that changes whenever the graph may have (null: never keep the facts). */
  version(): Promise<string | null>;
  readFacts(): Promise<ChainFacts>;
  /** The nodes (unknown ids skipped) and the relationships of these types among them. */
  induced(ids: string[], relTypes: RelType[]): Promise<{ nodes: StoredNode[]; edges: GraphEdge[] }>;
  node(id: string): Promise<StoredNode | null>;
}

/** How far downstream of an orphaned product what-if looks for exposed local production. */
const EXPOSURE_DEPTH = args.CAPS.maxDepth;

type Kept = {
  version: string;
  index: Promise<ChainIndex>;
  localities: Map<string, Locality>;
  answers: Map<string, Promise<unknown>>;
};

/** Whole answers kept per version of the graph (as the gap report is): an explorer asks again and again. */
const KEPT_ANSWERS = 256;

export class ChainAnalyses {
  private kept: Kept | undefined;

  constructor(private readonly ops: ChainOps) {}

  private async state(): Promise<{
    index: ChainIndex;
    localities: Map<string, Locality>;
    answers: Map<string, Promise<unknown>> | null;
  }> {
    const version = await this.ops.version();
    if (version !== null && this.kept?.version === version)
      return { index: await this.kept.index, localities: this.kept.localities, answers: this.kept.answers };
    const index = this.ops.readFacts().then((f) => new ChainIndex(f));
    const localities = new Map<string, Locality>();
    const answers = new Map<string, Promise<unknown>>();
    if (version !== null) {
      const kept: Kept = { version, index, localities, answers };
      this.kept = kept;
      index.catch(() => {
        if (this.kept === kept) this.kept = undefined;
      });
    }
    return { index: await index, localities, answers: version === null ? null : answers };
  }

  /** The answer for `key` on this version of the graph, worked out once (a failure is not kept). */
  private async once<T>(key: string, work: () => Promise<T>): Promise<T> {
    const { answers } = await this.state();
    if (!answers) return work();
    let answer = answers.get(key) as Promise<T> | undefined;
    if (!answer) {
      answer = work();
      if (answers.size >= KEPT_ANSWERS) answers.delete(answers.keys().next().value as string);
      answers.set(key, answer);
      answer.catch(() => answers.delete(key));
    }
    return answer;
  }

  async homeZoneId(): Promise<string | null> {
    return (await this.state()).index.facts.homeZoneId;
  }

  /** The node an argument names must exist and be of its kind (the index knows the usual case). */
  private async need(has: boolean, what: string, id: string, kind: NodeKind): Promise<void> {
    if (!has) args.requireNode(await this.ops.node(id), what, id, kind);
  }

  private async locality(homeZoneId: string | null): Promise<Locality> {
    const { index, localities } = await this.state();
    const home = homeZoneId ?? index.facts.homeZoneId;
    if (!home)
      throw new InvalidInputError(
        '数据集没有指定本地区域（meta.homeZoneId），请给出 homeZoneId. The dataset names no home zone (meta.homeZoneId): pass `homeZoneId`',
        'homeZoneId',
      );
    await this.need(index.zone.has(home), 'homeZoneId', home, 'ZONE');
    let loc = localities.get(home);
    if (!loc) {
      loc = new Locality(index, home).warm();
      localities.set(home, loc);
    }
    return loc;
  }

  private async scopeChecks(loc: Locality, a: { clusterId: string | null; productId: string | null }) {
    if (a.clusterId) await this.need(loc.index.clusters.has(a.clusterId), 'clusterId', a.clusterId, 'CLUSTER');
    if (a.productId) await this.need(loc.index.product.has(a.productId), 'productId', a.productId, 'PRODUCT');
  }

  async chainGaps(a?: ChainGapsArgs): Promise<ChainGap[]> {
    const c = args.chainGapsArgs(a);
    return this.once(`gaps\u0000${JSON.stringify(c)}`, () => this.workOutGaps(c));
  }

  private async workOutGaps(c: ReturnType<typeof args.chainGapsArgs>): Promise<ChainGap[]> {
    const loc = await this.locality(c.homeZoneId);
    await this.scopeChecks(loc, c);
    const gaps = computeChainGaps(loc, c)
      .filter((g) => !c.kinds || c.kinds.includes(g.kind))
      .slice(0, c.first);
    return this.resolveGaps(loc, gaps, c.targets);
  }

  async chainPanorama(a?: PanoramaArgs): Promise<Panorama> {
    const c = args.panoramaArgs(a);
    return this.once(`panorama\u0000${JSON.stringify(c)}`, () => this.workOutPanorama(c));
  }

  private async workOutPanorama(c: ReturnType<typeof args.panoramaArgs>): Promise<Panorama> {
    const loc = await this.locality(c.homeZoneId);
    await this.scopeChecks(loc, c);
    const p = computePanorama(loc, c);
    const ids = [...p.nodes.map((n) => n.productId), ...p.nodes.flatMap((n) => (n.chainLeader ? [n.chainLeader] : []))];
    const { nodes, edges } = await this.ops.induced([...new Set(ids)], ['INPUT_TO']);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return {
      nodes: p.nodes.map((n) => ({
        product: byId.get(n.productId) as StoredNode,
        lane: n.lane,
        tier: n.tier,
        localProducerCount: n.localProducerCount,
        externalProducerCount: n.externalProducerCount,
        gap: n.gap,
        chainLeader: n.chainLeader ? (byId.get(n.chainLeader) ?? null) : null,
      })),
      edges: edges.filter((e) => e.type === 'INPUT_TO').sort((x, y) => compareStrings(x.id, y.id)),
      truncated: p.truncated,
    };
  }

  async whatIf(removeIds: readonly string[], a?: WhatIfArgs): Promise<Impact> {
    const c = args.whatIfArgs(removeIds, a);
    const before = await this.locality(c.homeZoneId);
    const { index } = before;
    for (const id of c.removeIds) await this.need(index.enterprises.has(id), 'removeIds', id, 'ENTERPRISE');
    const after = new Locality(index, before.home, new Set(c.removeIds));
    const orphaned = new Set<string>();
    for (const id of c.removeIds)
      for (const p of index.productsOf.get(id) ?? [])
        if (before.localProducers(p.product).length > 0 && after.localProducers(p.product).length === 0)
          orphaned.add(p.product);
    const exposed = new Set<string>();
    let frontier = [...orphaned];
    const seen = new Set(orphaned);
    for (let d = 1; d <= EXPOSURE_DEPTH && frontier.length > 0; d++) {
      const next: string[] = [];
      for (const p of frontier)
        for (const u of index.usersOf.get(p) ?? []) {
          if (seen.has(u.other)) continue;
          seen.add(u.other);
          next.push(u.other);
          if (after.localProducers(u.other).length > 0) exposed.add(u.other);
        }
      frontier = next;
    }
    // A gap can open (tiers 1) only at an input whose local makers the leavers were: UNFILLED_TARGET
    // does not change, and a product leaving the home chain only takes dependents away. So the
    // whole home chain's answer is the candidates', worked out before and after.
    const feeds = (loc: Locality, input: string) =>
      (index.usersOf.get(input) ?? []).map((u) => u.other).filter((p) => loc.inHomeChain(p));
    const candidates = new Set(c.removeIds.flatMap((id) => (index.productsOf.get(id) ?? []).map((p) => p.product)));
    const opened: ChainGapSkeleton[] = [];
    for (const input of candidates) {
      const now = inputGap(after, input, [...new Set(feeds(after, input))].sort(compareStrings));
      if (!now || now.dependents.length === 0) continue;
      const was = inputGap(before, input, [...new Set(feeds(before, input))].sort(compareStrings));
      if (was && was.dependents.length > 0 && was.id === now.id) continue;
      opened.push(now);
    }
    sortGaps(opened);
    const sortIds = (s: Set<string>) => [...s].sort(compareStrings);
    const products = [...sortIds(orphaned), ...sortIds(exposed)];
    const [resolved, newGaps] = await Promise.all([
      this.ops.induced(products, []),
      this.resolveGaps(after, opened, c.targets),
    ]);
    const byId = new Map(resolved.nodes.map((n) => [n.id, n]));
    const nodes = (s: Set<string>) => sortIds(s).map((id) => byId.get(id) as StoredNode);
    return { orphaned: nodes(orphaned), exposed: nodes(exposed), newGaps };
  }

  /** API gaps from skeletons: one read resolves every node and path edge they name. */
  private async resolveGaps(loc: Locality, gaps: ChainGapSkeleton[], targets: number): Promise<ChainGap[]> {
    const ranked = new Map<string, TargetSkeleton[]>(gaps.map((g) => [g.id, rankTargets(loc, g, targets)]));
    const ids = new Set<string>();
    for (const g of gaps) {
      for (const id of [g.productId, ...g.dependents, ...g.localProducers]) ids.add(id);
      for (const t of ranked.get(g.id) ?? []) {
        for (const id of t.pathNodes) ids.add(id);
        if (t.zone) ids.add(t.zone);
        for (const r of t.reasons) for (const id of reasonIds(r)) ids.add(id);
      }
    }
    if (gaps.length === 0) return [];
    const { nodes, edges } = await this.ops.induced([...ids], ['PRODUCES', 'INPUT_TO']);
    const node = new Map(nodes.map((n) => [n.id, n]));
    const edge = new Map(edges.map((e) => [e.id, e]));
    const name: NameOf = (id, lang) => {
      const n = node.get(id);
      return n ? (lang === 'en' ? englishName(n) : n.name) : id;
    };
    const get = (id: string) => node.get(id) as StoredNode;
    return gaps.map((g) => {
      const text = explain(g, name);
      return {
        id: g.id,
        kind: g.kind,
        severity: g.severity,
        product: get(g.productId),
        dependents: g.dependents.map(get),
        localProducers: g.localProducers.map(get),
        externalProducerCount: g.externalProducers.length,
        explanation: text.zh,
        explanationEn: text.en,
        targets: (ranked.get(g.id) ?? []).map(
          (t): TargetMatch => ({
            node: get(t.node),
            zone: t.zone ? (node.get(t.zone) ?? null) : null,
            score: t.score,
            reasons: t.reasons.map((r) => reasonText(r, name, 'zh')),
            reasonsEn: t.reasons.map((r) => reasonText(r, name, 'en')),
            path: pathOf(t, get, edge),
          }),
        ),
      };
    });
  }
}

function pathOf(t: TargetSkeleton, get: (id: string) => StoredNode, edge: Map<string, GraphEdge>): Path {
  const edges = t.pathEdges.map((id) => {
    const e = edge.get(id);
    if (!e) throw new Error(`internal: the path edge ${id} was not read`);
    return e;
  });
  return { nodes: t.pathNodes.map(get), edges, length: edges.length };
}
