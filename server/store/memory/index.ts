/**
 * The embedded memory store: the default, zero-setup GraphStore, on graphology.
 * Loading builds a new indexed graph and swaps it in, so a failed load changes nothing.
 */
import { InvalidInputError } from '../../domain/errors';
import type { ClusterNode, Dataset, GraphNode, NodeKind, ZoneNode } from '../../domain/model';
import { NODE_KINDS, REL_TYPES } from '../../domain/model';
import * as args from '../args';
import { computeGaps, filterGaps, type GapSkeleton } from '../semantics/gaps';
import { byId } from '../semantics/order';
import { resolveGaps } from '../semantics/resolve-gaps';
import type {
  BetweenArgs,
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
import { IndexedGraph, typeMask } from './graph';

const ALL_TYPES = typeMask(null);

import { partnersForProduct } from './partners';
import { forEachStep, induced, kPaths, neighborCounts, neighborhood, supplyChain } from './traverse';

export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  private g: IndexedGraph;
  /** Loads so far: the cache token. */
  private loads = 0;

  constructor(dataset: Dataset = { nodes: [], edges: [] }) {
    this.g = new IndexedGraph(dataset);
  }

  async load(dataset: Dataset): Promise<void> {
    this.g = new IndexedGraph(dataset);
    this.loads++;
  }

  /** Changes on every load: the graph is immutable in between, nothing else writes to it. */
  cacheToken(): string {
    return `memory:${this.loads}`;
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
    return this.g.nodes.filter((n) => n.kind === kind);
  }

  async clusters() {
    return this.ofKind('CLUSTER') as (ClusterNode & { degree: number })[];
  }

  async zones() {
    return this.ofKind('ZONE') as (ZoneNode & { degree: number })[];
  }

  private need(id: string, what = 'node', kind?: NodeKind): StoredNode {
    return args.requireNode(this.g.node(args.checkId(what, id)), what, id, kind);
  }

  async neighborhood(id: string, a?: NeighborhoodArgs) {
    const checked = args.neighborhoodArgs(a);
    this.need(id, 'id');
    return neighborhood(this.g, id, checked);
  }

  async between(ids: readonly string[], a?: BetweenArgs) {
    const checked = args.betweenArgs(ids, a);
    const numbers = checked.ids.filter((id) => this.g.has(id)).map((id) => this.g.numberOf(id));
    return induced(this.g, numbers, checked.relTypes, numbers.length);
  }

  async neighborCounts(id: string) {
    this.need(id, 'id');
    return neighborCounts(this.g, this.g.numberOf(id));
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
    return partnersForProduct(this.g, productId, first);
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
        partners: async (id, p) => partnersForProduct(graph, id, p.first),
        nearest: async (from, kind, maxHops) => nearest(graph, from, kind, maxHops),
        firstPath: async (from, to, maxHops) =>
          kPaths(graph, from, to, { lens: 'ALL', maxHops, first: 1, maxDegree: null })[0] ?? null,
      }).then((gaps) => ({ skeletons, gaps }));
      this.gapCache = { graph, report };
    }
    return this.gapCache.report;
  }

  async subgraph(a?: SubgraphArgs) {
    const { kinds, relTypes, limit } = args.subgraphArgs(a);
    const numbers: number[] = [];
    this.g.nodes.forEach((n, u) => {
      if (!kinds || kinds.includes(n.kind)) numbers.push(u);
    });
    return induced(this.g, numbers.slice(0, limit), relTypes, numbers.length);
  }

  async overview(): Promise<Overview> {
    const g = this.g;
    const nodesByKind = NODE_KINDS.map((kind) => ({ kind, count: 0 }));
    const edgesByType = REL_TYPES.map((type) => ({ type, count: 0 }));
    const indicators: Overview['indicators'] = [];
    for (const node of g.nodes) {
      const slot = nodesByKind.find((k) => k.kind === node.kind);
      if (slot) slot.count++;
      if ('indicators' in node) for (const indicator of node.indicators) indicators.push({ subject: node, indicator });
    }
    for (let e = 0; e < g.size; e++) {
      const type = g.metaOf(e).type;
      const slot = edgesByType.find((t) => t.type === type);
      if (slot) slot.count++;
    }
    indicators.sort((x, y) => byId(x.subject, y.subject) || (x.indicator.key < y.indicator.key ? -1 : 1));
    return { nodeCount: g.order, edgeCount: g.size, nodesByKind, edgesByType, indicators };
  }

  async dump(): Promise<Dataset> {
    // Stored nodes without their degree; both lists are kept in id order.
    const nodes = this.g.nodes.map(({ degree: _, ...node }) => node as GraphNode);
    const edges = Array.from({ length: this.g.size }, (_, e) => this.g.edgeAt(e));
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
  const start = g.numberOf(from);
  const seen = g.newMarks();
  g.mark(start, seen);
  let frontier = [start];
  for (let d = 1; d <= maxHops && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const u of frontier) {
      forEachStep(g, u, ALL_TYPES, 'both', (v) => {
        if (g.marked(v, seen)) return;
        g.mark(v, seen);
        next.push(v);
        const node = g.at(v);
        if (node.kind === kind) found.push({ id: node.id, distance: d });
      });
    }
    frontier = next;
  }
  return found;
}
