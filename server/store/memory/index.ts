/**
 * The embedded memory store: the default, zero-setup GraphStore, on graphology.
 * Loading builds a new indexed graph and swaps it in, so a failed load changes nothing.
 */
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import type { ClusterNode, Dataset, NodeKind, ZoneNode } from '../../domain/model';
import { NODE_KINDS, REL_TYPES } from '../../domain/model';
import * as args from '../args';
import { computeGaps, filterGaps, type GapSkeleton } from '../semantics/gaps';
import { byId } from '../semantics/order';
import { rankPartners } from '../semantics/partners';
import { resolveGaps } from '../semantics/resolve-gaps';
import type {
  Gap,
  GapsArgs,
  GraphStore,
  NeighborhoodArgs,
  Overview,
  PathsArgs,
  SearchArgs,
  StoredNode,
  SubgraphArgs,
  SupplyChainArgs,
} from '../types';
import { gapFacts } from './gaps';
import { IndexedGraph } from './graph';
import { partnerCandidates } from './partners';
import { induced, kPaths, neighborhood, supplyChain } from './traverse';

export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  private g: IndexedGraph;

  constructor(dataset: Dataset = { nodes: [], edges: [] }) {
    this.g = new IndexedGraph(dataset);
  }

  async load(dataset: Dataset): Promise<void> {
    this.g = new IndexedGraph(dataset);
  }

  async node(id: string) {
    return this.g.node(args.checkId('id', id));
  }

  async nodes(ids: readonly string[]) {
    return args
      .checkIds(ids)
      .map((id) => this.g.node(id))
      .filter((n): n is StoredNode => n !== null);
  }

  async search(text: string, a?: SearchArgs) {
    const { kinds, first } = args.searchArgs(text, a);
    // The index gives exactly the nodes and order of scoring every node (see search-index.ts).
    return this.g.search.search(text, kinds, first).map((id) => this.g.mustNode(id));
  }

  private ofKind(kind: NodeKind): StoredNode[] {
    return this.g.graph
      .filterNodes((_, a) => a.node.kind === kind)
      .sort()
      .map((id) => this.g.mustNode(id));
  }

  async clusters() {
    return this.ofKind('CLUSTER') as (ClusterNode & { degree: number })[];
  }

  async zones() {
    return this.ofKind('ZONE') as (ZoneNode & { degree: number })[];
  }

  private need(id: string, what = 'node', kind?: NodeKind): StoredNode {
    const node = this.g.node(args.checkId(what, id));
    if (!node) throw new NotFoundError(what, id);
    if (kind && node.kind !== kind)
      throw new InvalidInputError(`\`${what}\` must be a ${kind}, not a ${node.kind}: ${id}`, what);
    return node;
  }

  async neighborhood(id: string, a?: NeighborhoodArgs) {
    const checked = args.neighborhoodArgs(a);
    this.need(id, 'id');
    return neighborhood(this.g, id, checked);
  }

  async supplyChain(productId: string, a?: SupplyChainArgs) {
    const checked = args.supplyChainArgs(a);
    this.need(productId, 'productId', 'PRODUCT');
    return supplyChain(this.g, productId, checked);
  }

  async paths(from: string, to: string, a?: PathsArgs) {
    const checked = args.pathsArgs(a);
    this.need(from, 'from');
    this.need(to, 'to');
    if (from === to) throw new InvalidInputError('`from` and `to` must be different nodes', 'to');
    return kPaths(this.g, from, to, checked);
  }

  async partners(productId: string, a?: { first?: number }) {
    const { first } = args.partnersArgs(a);
    this.need(productId, 'productId', 'PRODUCT');
    return rankPartners(partnerCandidates(this.g, productId), first);
  }

  async gaps(a?: GapsArgs) {
    const checked = args.gapsArgs(a);
    if (checked.clusterId) this.need(checked.clusterId, 'clusterId', 'CLUSTER');
    if (checked.zoneId) this.need(checked.zoneId, 'zoneId', 'ZONE');
    const { skeletons, gaps } = await this.allGaps();
    const wanted = new Set(filterGaps(skeletons, checked).map((g) => g.id));
    return gaps.filter((g) => wanted.has(g.id));
  }

  /**
   * The graph does not change between loads, so the full gap report (the costliest query:
   * every gap resolves its suggested partners) is worked out once per load and filtered per call.
   */
  private gapCache: { graph: IndexedGraph; report: Promise<{ skeletons: GapSkeleton[]; gaps: Gap[] }> } | undefined;

  private allGaps() {
    if (this.gapCache?.graph !== this.g) {
      const graph = this.g;
      const skeletons = computeGaps(gapFacts(graph));
      const report = resolveGaps(skeletons, {
        nodes: async (ids) => ids.map((id) => graph.node(id)).filter((n): n is StoredNode => n !== null),
        partners: async (id, p) => rankPartners(partnerCandidates(graph, id), p.first),
        nearest: async (from, kind, maxHops) => nearest(graph, from, kind, maxHops),
        firstPath: async (from, to, maxHops) => kPaths(graph, from, to, { lens: 'ALL', maxHops, first: 1 })[0] ?? null,
      }).then((gaps) => ({ skeletons, gaps }));
      this.gapCache = { graph, report };
    }
    return this.gapCache.report;
  }

  async subgraph(a?: SubgraphArgs) {
    const { kinds, relTypes, limit } = args.subgraphArgs(a);
    const ids = this.g.graph.filterNodes((_, attrs) => !kinds || kinds.includes(attrs.node.kind)).sort();
    return induced(this.g, ids.slice(0, limit), relTypes, ids.length);
  }

  async overview(): Promise<Overview> {
    const graph = this.g.graph;
    const nodesByKind = NODE_KINDS.map((kind) => ({ kind, count: 0 }));
    const edgesByType = REL_TYPES.map((type) => ({ type, count: 0 }));
    const indicators: Overview['indicators'] = [];
    graph.forEachNode((id, a) => {
      const slot = nodesByKind.find((k) => k.kind === a.node.kind);
      if (slot) slot.count++;
      if ('indicators' in a.node)
        for (const indicator of a.node.indicators) indicators.push({ subject: this.g.mustNode(id), indicator });
    });
    graph.forEachEdge((_, a) => {
      const slot = edgesByType.find((t) => t.type === a.edge.type);
      if (slot) slot.count++;
    });
    indicators.sort((x, y) => byId(x.subject, y.subject) || (x.indicator.key < y.indicator.key ? -1 : 1));
    return { nodeCount: graph.order, edgeCount: graph.size, nodesByKind, edgesByType, indicators };
  }

  async dump(): Promise<Dataset> {
    const nodes = this.g.graph.mapNodes((_, a) => a.node).sort(byId);
    const edges = this.g.graph.mapEdges((_, a) => a.edge).sort(byId);
    return { nodes, edges };
  }

  async health() {
    return { ok: true, store: 'memory' as const };
  }

  async close() {}
}

/** Nodes of a kind within maxHops (any relationship, either way), with their distance. */
function nearest(g: IndexedGraph, from: string, kind: NodeKind, maxHops: number) {
  const found: { id: string; distance: number }[] = [];
  const seen = new Set([from]);
  let frontier = [from];
  for (let d = 1; d <= maxHops && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const s of g.stepsFrom(u)) {
        if (seen.has(s.other)) continue;
        seen.add(s.other);
        next.push(s.other);
        if (g.graph.getNodeAttribute(s.other, 'node').kind === kind) found.push({ id: s.other, distance: d });
      }
    }
    frontier = next;
  }
  return found;
}
