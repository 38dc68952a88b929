/**
 * The embedded memory store: the default, zero-setup GraphStore, on a compact graph of its own
 * (graph.ts). Loading builds a new graph and swaps it in, so a failed load changes nothing.
 * Edits (`upsertNode`, `addEdge`, … — not on the GraphStore interface yet) go to the graph's
 * overlay, which queries see at once, until `compact` builds a graph without one.
 */

import { stat } from 'node:fs/promises';
import { readDatasetFile } from '../../dataset/load';
import { InvalidInputError } from '../../domain/errors';
import type { ClusterNode, Dataset, GraphNode, NodeKind, ZoneNode } from '../../domain/model';
import { NODE_KINDS, REL_TYPES } from '../../domain/model';
import { Workspace } from '../../workspace/workspace';
import * as args from '../args';
import type { ChangeOp, ChangeQuery, ChangeSource, EditableStore } from '../editing';
import { ChainAnalyses } from '../semantics/chain';
import { computeGaps, filterGaps, type GapSkeleton } from '../semantics/gaps';
import { byId } from '../semantics/order';
import { resolveGaps } from '../semantics/resolve-gaps';
import type {
  BetweenArgs,
  ChainGapsArgs,
  Gap,
  GapsArgs,
  GraphStore,
  NeighborhoodArgs,
  Overview,
  PanoramaArgs,
  PathsArgs,
  SearchArgs,
  StoredNode,
  SubgraphArgs,
  SupplyChainArgs,
  WhatIfArgs,
} from '../types';
import { buildGraph, GraphBuilder } from './build';
import { chainFacts } from './chain';
import { MemoryEditor } from './editing';
import { gapFacts } from './gaps';
import { type IndexedGraph, typeMask } from './graph';
import * as overlay from './overlay';
import { partnersForProduct } from './partners';
import { fileHash, readSnapshot, snapshotFile, writeSnapshot } from './snapshot';
import { forEachStep, induced, kPaths, neighborCounts, neighborhood, supplyChain } from './traverse';

const ALL_TYPES = typeMask(null);

export class MemoryStore implements GraphStore, EditableStore {
  readonly kind = 'memory' as const;
  private g: IndexedGraph;
  /** Loads so far: the cache token. */
  private loads = 0;
  /** The chain analyses, on facts gathered once per version of the graph. */
  private readonly chain = new ChainAnalyses({
    version: async () => this.cacheToken(),
    readFacts: async () => chainFacts(this.g),
    induced: async (ids, relTypes) => {
      const numbers = ids.filter((id) => this.g.has(id)).map((id) => this.g.numberOf(id));
      return induced(this.g, numbers, relTypes, numbers.length);
    },
    node: async (id) => this.g.node(id),
  });

  constructor(dataset: Dataset = { nodes: [], edges: [] }) {
    this.g = buildGraph(dataset);
  }

  /** A store built while the dataset file is read (the file's edges are never held as objects). */
  static async fromFile(file: string): Promise<MemoryStore> {
    const store = new MemoryStore();
    await store.loadFile(file);
    return store;
  }

  /**
   * `load` of a dataset file: from its snapshot (snapshot.ts) when one matches it, else built as
   * the file is read; `writeSnapshot` then writes one. A bad file (DatasetError) changes nothing.
   */
  async loadFile(file: string, opts: { writeSnapshot?: boolean } = {}): Promise<'snapshot' | 'dataset'> {
    const hasSnapshot = await stat(snapshotFile(file)).then(
      (s) => s.isFile(),
      () => false,
    );
    // Hashed before reading, so that a snapshot pairs the graph with the bytes it was built from.
    const hash = hasSnapshot || opts.writeSnapshot ? await fileHash(file).catch(() => undefined) : undefined;
    const snapshot = hasSnapshot && hash ? await readSnapshot(file, hash).catch(() => null) : null;
    const g = snapshot ?? (await readDatasetFile(file, () => new GraphBuilder()));
    if (!snapshot && opts.writeSnapshot && hash) await writeSnapshot(g, file, hash);
    this.g = g;
    this.loads++;
    return snapshot ? 'snapshot' : 'dataset';
  }

  async load(dataset: Dataset): Promise<void> {
    this.g = buildGraph(dataset);
    this.loads++;
    if (this.editor) {
      const { nodes, edges } = await this.dump();
      this.editor.reseed(nodes, edges, 'load');
    }
  }

  // Changes with provenance and audit (editing.ts), kept in the workspace file when one is
  // attached, else in a workspace in memory.

  private editor: MemoryEditor | undefined;
  private ownWorkspace = false;

  /** Makes `ws` the store of record: it must hold the graph this store was loaded with. */
  attachWorkspace(ws: Workspace): void {
    this.editor = new MemoryEditor(() => this.g, ws);
  }

  private edits(): MemoryEditor {
    if (!this.editor) {
      this.editor = new MemoryEditor(() => this.g, Workspace.open(':memory:'));
      this.ownWorkspace = true;
    }
    return this.editor;
  }

  /** A change is answered once it is on the disk (Workspace.durable); reads go on meanwhile. */
  async applyChanges(ops: readonly ChangeOp[], source: ChangeSource, user: string) {
    const editor = this.edits();
    const made = editor.apply(ops, source, user);
    await editor.workspace.durable();
    return made;
  }

  async revertChange(id: string, user: string, opts: { anyone: boolean }) {
    const editor = this.edits();
    const made = editor.revert(id, user, opts.anyone);
    await editor.workspace.durable();
    return made;
  }

  async changes(q: ChangeQuery) {
    return this.edits().changes(q);
  }

  versionOf(element: { id: string }): number {
    return this.editor?.versionOf(element.id) ?? 1;
  }

  /** Changes on every load and every edit: nothing else writes to the graph. */
  cacheToken(): string {
    return `memory:${this.loads}:${this.g.version}`;
  }

  // Edits: synchronous, each checked as a dataset element is, and seen by the next query.

  upsertNode(node: unknown): StoredNode {
    return overlay.upsertNode(this.g, node);
  }

  /** Names the home zone (the dataset's `meta.homeZoneId`), or none; it must be a zone of the graph. */
  setHomeZoneId(id: string | null): void {
    if (id !== null) args.requireNode(this.g.node(args.checkId('homeZoneId', id)), 'homeZoneId', id, 'ZONE');
    this.g.homeZoneId = id;
    this.g.version++;
  }

  /** Removes the node and its relationships; returns their ids. */
  removeNode(id: string): string[] {
    return overlay.removeNode(this.g, args.checkId('id', id));
  }

  addEdge(edge: overlay.EdgeInput) {
    return overlay.addEdge(this.g, edge);
  }

  removeEdge(id: string): void {
    overlay.removeEdge(this.g, id);
  }

  /** How much the overlay holds: what a caller weighs to decide when to `compact`. */
  overlayStats(): overlay.OverlayStats {
    return overlay.overlayStats(this.g);
  }

  /** Merges the overlay into a freshly built graph (same answers, no overlay). */
  compact(): void {
    const version = this.g.version;
    this.g = overlay.compact(this.g);
    this.g.version = version + 1;
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
    return this.g.search.search(text, kinds, first, this.g.searchOverlay).map((u) => this.g.at(u));
  }

  private ofKind(kind: NodeKind): StoredNode[] {
    return this.g.liveNodeList().filter((n) => n.kind === kind);
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
   * The full gap report (the costliest query: every gap resolves its suggested partners) is
   * worked out once per graph version and filtered per call.
   */
  private gapCache:
    | { graph: IndexedGraph; version: number; report: Promise<{ skeletons: GapSkeleton[]; gaps: Gap[] }> }
    | undefined;

  private allGaps() {
    if (this.gapCache?.graph !== this.g || this.gapCache.version !== this.g.version) {
      const graph = this.g;
      const skeletons = computeGaps(gapFacts(graph));
      const report = resolveGaps(skeletons, {
        nodes: async (ids) => ids.map((id) => graph.node(id)).filter((n): n is StoredNode => n !== null),
        partners: async (id, p) => partnersForProduct(graph, id, p.first),
        nearest: async (from, kind, maxHops) => nearest(graph, from, kind, maxHops),
        firstPath: async (from, to, maxHops) =>
          kPaths(graph, from, to, { lens: 'ALL', maxHops, first: 1, maxDegree: null })[0] ?? null,
      }).then((gaps) => ({ skeletons, gaps }));
      this.gapCache = { graph, version: graph.version, report };
    }
    return this.gapCache.report;
  }

  chainGaps(a?: ChainGapsArgs) {
    return this.chain.chainGaps(a);
  }

  chainPanorama(a?: PanoramaArgs) {
    return this.chain.chainPanorama(a);
  }

  whatIf(removeIds: readonly string[], a?: WhatIfArgs) {
    return this.chain.whatIf(removeIds, a);
  }

  async homeZoneId() {
    return this.g.homeZoneId;
  }

  async subgraph(a?: SubgraphArgs) {
    const { kinds, relTypes, limit } = args.subgraphArgs(a);
    const numbers: number[] = [];
    for (const u of this.g.nodeNumbers()) if (!kinds || kinds.includes(this.g.at(u).kind)) numbers.push(u);
    return induced(this.g, numbers.slice(0, limit), relTypes, numbers.length);
  }

  /**
   * The counts of `overview` without its indicators, from the typed arrays: what the response
   * budget needs after every change (a few milliseconds less than `overview` at M per change).
   */
  async counts(): Promise<Omit<Overview, 'indicators'>> {
    const g = this.g;
    const byKind = new Int32Array(NODE_KINDS.length);
    for (let u = 0; u < g.nodes.length; u++) {
      if (g.nodes[u] === null) continue;
      const bits = g.kindBits[u] as number;
      byKind[31 - Math.clz32(bits)] = (byKind[31 - Math.clz32(bits)] as number) + 1;
    }
    const byType = new Int32Array(REL_TYPES.length);
    for (let e = 0; e < g.edgeCount; e++) {
      const type = (g.edgeBits[e] as number) & 15;
      if (!g.removedEdges.has(e)) byType[type] = (byType[type] as number) + 1;
    }
    return {
      nodeCount: g.liveNodes,
      edgeCount: g.size,
      nodesByKind: NODE_KINDS.map((kind, i) => ({ kind, count: byKind[i] as number })),
      edgesByType: REL_TYPES.map((type, i) => ({ type, count: byType[i] as number })),
    };
  }

  async overview(): Promise<Overview> {
    const g = this.g;
    const nodesByKind = NODE_KINDS.map((kind) => ({ kind, count: 0 }));
    const edgesByType = REL_TYPES.map((type) => ({ type, count: 0 }));
    const indicators: Overview['indicators'] = [];
    for (const node of g.liveNodeList()) {
      const slot = nodesByKind.find((k) => k.kind === node.kind);
      if (slot) slot.count++;
      if ('indicators' in node) for (const indicator of node.indicators) indicators.push({ subject: node, indicator });
    }
    const byType = new Int32Array(REL_TYPES.length);
    for (let e = 0; e < g.edgeCount; e++) {
      const type = (g.edgeBits[e] as number) & 15;
      if (!g.removedEdges.has(e)) byType[type] = (byType[type] as number) + 1;
    }
    edgesByType.forEach((slot, i) => {
      slot.count = byType[i] as number;
    });
    indicators.sort((x, y) => byId(x.subject, y.subject) || (x.indicator.key < y.indicator.key ? -1 : 1));
    return { nodeCount: g.liveNodes, edgeCount: g.size, nodesByKind, edgesByType, indicators };
  }

  async dump(): Promise<Dataset> {
    // Stored nodes without their degree, edges put together; both in id order.
    const nodes = this.g.liveNodeList().map(({ degree: _, ...node }) => node as GraphNode);
    const edges = Array.from(this.g.edgeNumbers(), (e) => this.g.edgeAt(e));
    return { nodes, edges };
  }

  async health() {
    return { ok: true, store: 'memory' as const };
  }

  async close() {
    if (this.ownWorkspace) this.editor?.workspace.close();
  }
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
