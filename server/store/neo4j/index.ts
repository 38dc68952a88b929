/**
 * The Neo4j GraphStore. Each method checks its arguments with the shared `args` (so both stores
 * refuse the same input with the same error), prepares named queries and parameters for the one
 * executor, and hands the rows to the shared semantics (ranking, gaps, orders). What this module
 * exports is the adapter's public face: the class, nothing of the driver.
 */
import type { Neo4jConfig } from '../../config';
import { InvalidInputError } from '../../domain/errors';
import {
  type ClusterNode,
  type Dataset,
  NODE_KINDS,
  type NodeKind,
  REL_TYPES,
  type ZoneNode,
} from '../../domain/model';
import * as args from '../args';
import type { ChangeOp, ChangeQuery, ChangeSource, EditableStore, Versioned } from '../editing';
import { ChainAnalyses } from '../semantics/chain';
import { computeGaps, filterGaps, type GapSkeleton } from '../semantics/gaps';
import { byId, compareStrings } from '../semantics/order';
import { rankPartners } from '../semantics/partners';
import { resolveGaps } from '../semantics/resolve-gaps';
import type {
  BetweenArgs,
  ChainGapsArgs,
  Gap,
  GapsArgs,
  GraphStore,
  NeighborCount,
  NeighborhoodArgs,
  Overview,
  PanoramaArgs,
  PathsArgs,
  SearchArgs,
  StoredNode,
  StoreHealth,
  SubgraphArgs,
  SupplyChainArgs,
  WhatIfArgs,
} from '../types';
import { Executor } from './executor';
import { chainFacts, gapFacts, partnerCandidates } from './facts';
import { checkGraph, dropOlder, type LoadHooks, loadGeneration } from './import';
import { Neo4jEditor } from './mutations';
import { kPaths } from './paths';
import { toEdge, toNode } from './rows';
import { searchNodes } from './search';
import { induced, nearest, neighborhood, readNodes, supplyChain, type WalkMemo } from './traverse';

type GapReport = { skeletons: GapSkeleton[]; gaps: Gap[] };

export class Neo4jStore implements GraphStore, EditableStore {
  readonly kind = 'neo4j' as const;
  private readonly db: Executor;

  private readonly dropGraceMs: number;

  /**
   * The chain analyses: their facts are one read kept per version stamp (read on every call, as
   * the gap report's); each answer then resolves its nodes and path edges in one more read.
   */
  private readonly chain: ChainAnalyses;

  private readonly editor: Neo4jEditor;

  /**
   * `dropGraceMs`: how long after a switch the old generation is kept for the reads that began
   * on it (by default the query timeout, the longest a read can last).
   */
  constructor(config: Neo4jConfig, options: { dropGraceMs?: number; loadHooks?: LoadHooks } = {}) {
    this.db = new Executor(config);
    this.dropGraceMs = options.dropGraceMs ?? config.queryTimeoutMs;
    this.loadHooks = options.loadHooks ?? {};
    this.editor = new Neo4jEditor(this.db);
    this.chain = new ChainAnalyses({
      version: () => this.stamp(),
      readFacts: () => chainFacts(this.db),
      induced: (ids, relTypes) => induced(this.db, ids, relTypes, ids.length),
      node: (id) => this.node(id),
    });
  }

  // Changes (mutations.ts): write transactions with their audit entries in the same database.
  applyChanges(ops: readonly ChangeOp[], source: ChangeSource, user: string) {
    return this.editor.apply(ops, source, user);
  }

  revertChange(id: string, user: string, opts: { anyone: boolean }) {
    return this.editor.revert(id, user, opts.anyone);
  }

  changes(q: ChangeQuery) {
    return this.editor.changes(q);
  }

  versionOf(element: Versioned) {
    return this.editor.versionOf(element);
  }

  private readonly loadHooks: LoadHooks;

  /**
   * Writes the dataset as a new generation and switches to it (server/store/neo4j/import.ts);
   * resolves once the new graph answers. The older generations are dropped in the background
   * after the grace period; `close` waits for that.
   */
  async load(dataset: Dataset): Promise<void> {
    checkGraph(dataset);
    const gen = await loadGeneration(this.db, dataset, this.loadHooks);
    this.dropBelow = Math.max(this.dropBelow, gen);
    this.dropping ??= this.dropOldGenerations().finally(() => {
      this.dropping = null;
    });
  }

  /** The newest generation this process switched to, and the drop of the ones before it. */
  private dropBelow = 0;
  private dropping: Promise<void> | null = null;

  private async dropOldGenerations(): Promise<void> {
    let done = 0;
    while (done < this.dropBelow) {
      const gen = this.dropBelow;
      await new Promise((resolve) => setTimeout(resolve, this.dropGraceMs));
      // A failed drop is not fatal: the next load's drop removes every older generation too.
      await dropOlder(this.db, gen).catch(() => undefined);
      done = gen;
    }
  }

  async node(id: string): Promise<StoredNode | null> {
    const [row] = await this.db.read('queries/node', { id: args.checkId('id', id) });
    return row ? toNode(row.node) : null;
  }

  async nodes(ids: readonly string[]): Promise<StoredNode[]> {
    return readNodes(this.db, args.checkIds(ids));
  }

  async search(text: string, a?: SearchArgs) {
    const { kinds, first } = args.searchArgs(text, a);
    return searchNodes(this.db, text, kinds, first);
  }

  private async ofKind(kind: NodeKind): Promise<StoredNode[]> {
    const rows = await this.db.read('queries/by-kind', { kind });
    return rows.map((r) => toNode(r.node)).sort(byId);
  }

  async clusters() {
    return (await this.ofKind('CLUSTER')) as (ClusterNode & { degree: number })[];
  }

  async zones() {
    return (await this.ofKind('ZONE')) as (ZoneNode & { degree: number })[];
  }

  /** The node an argument names; NotFoundError / InvalidInputError exactly where memory throws them. */
  private async need(id: string, what = 'node', kind?: NodeKind): Promise<StoredNode> {
    return args.requireNode(await this.node(args.checkId(what, id)), what, id, kind);
  }

  // neighborhood and supplyChain read their start node in the walk's own query and refuse an
  // unknown or wrong-kind one there, with the same requireNode.
  async neighborhood(id: string, a?: NeighborhoodArgs) {
    const checked = args.neighborhoodArgs(a);
    return neighborhood(this.db, args.checkId('id', id), checked);
  }

  async between(ids: readonly string[], a?: BetweenArgs) {
    const checked = args.betweenArgs(ids, a);
    const sg = await induced(this.db, checked.ids, checked.relTypes, 0);
    return { ...sg, truncated: false, total: sg.nodes.length };
  }

  async neighborCounts(id: string): Promise<NeighborCount[]> {
    await this.need(id, 'id');
    const rows = await this.db.read('queries/neighbor-counts', { id });
    return rows
      .map((r) => ({ type: r.type, kind: r.kind, count: r.count }))
      .sort(
        (a, b) =>
          REL_TYPES.indexOf(a.type) - REL_TYPES.indexOf(b.type) ||
          NODE_KINDS.indexOf(a.kind) - NODE_KINDS.indexOf(b.kind),
      );
  }

  async supplyChain(productId: string, a?: SupplyChainArgs) {
    const checked = args.supplyChainArgs(a);
    return supplyChain(this.db, args.checkId('productId', productId), checked);
  }

  async paths(from: string, to: string, a?: PathsArgs) {
    const checked = args.pathsArgs(a);
    // Both ends in one read, refused in the order `need` would refuse them.
    const ends = await this.nodes([args.checkId('from', from), args.checkId('to', to)]);
    args.requireNode(ends.find((n) => n.id === from) ?? null, 'from', from);
    args.requireNode(ends.find((n) => n.id === to) ?? null, 'to', to);
    if (from === to) throw new InvalidInputError('`from` and `to` must be different nodes', 'to');
    return kPaths(this.db, from, to, checked);
  }

  async partners(productId: string, a?: { first?: number }) {
    const { first } = args.partnersArgs(a);
    await this.need(productId, 'productId', 'PRODUCT');
    return rankPartners((await partnerCandidates(this.db, [productId])).get(productId) ?? [], first);
  }

  async gaps(a?: GapsArgs) {
    const checked = args.gapsArgs(a);
    if (checked.clusterId) await this.need(checked.clusterId, 'clusterId', 'CLUSTER');
    if (checked.zoneId) await this.need(checked.zoneId, 'zoneId', 'ZONE');
    const { skeletons, gaps } = await this.gapReport();
    const wanted = new Set(filterGaps(skeletons, checked).map((g) => g.id));
    return gaps.filter((g) => wanted.has(g.id));
  }

  /**
   * The full gap report (every gap with its suggested partners), as the memory store keeps it:
   * worked out once per version of the graph and filtered per call. The version is the stamp
   * each load's switch writes (docs/neo4j.md); it is read on every call (one small read), so a
   * load by this process or any other makes the next call work the report out again. A report
   * during which the stamp changed is returned but not kept.
   */
  private report: { stamp: string; report: Promise<GapReport> } | undefined;

  private async gapReport(): Promise<GapReport> {
    const stamp = await this.stamp();
    if (stamp !== null && this.report?.stamp === stamp) return this.report.report;
    const report = this.workOutGaps();
    if (stamp !== null) this.report = { stamp, report };
    try {
      const done = await report;
      if (stamp !== null && (await this.stamp()) !== stamp && this.report?.report === report) this.report = undefined;
      return done;
    } catch (err) {
      if (this.report?.report === report) this.report = undefined;
      throw err;
    }
  }

  /**
   * For the response cache: the graph's version stamp, which every load through the adapter
   * (this process or another) replaces in its switch transaction. Writes that bypass the adapter
   * are not seen; RESPONSE_CACHE_MB=0 turns the cache off for such a database.
   */
  async cacheToken(): Promise<string | null> {
    const stamp = await this.stamp();
    return stamp === null ? null : `neo4j:${stamp}`;
  }

  private async stamp(): Promise<string | null> {
    const [row] = await this.db.read('queries/version', {});
    return row?.stamp ?? null;
  }

  private async workOutGaps(): Promise<GapReport> {
    const skeletons = computeGaps(await gapFacts(this.db));
    // Fewer round trips than one query per gap: the products' partner candidates in a few
    // reads, and each walk from a cluster done once (firstPath walks repeat per cluster).
    const products = [...new Set(skeletons.flatMap((g) => (g.productId ? [g.productId] : [])))];
    const candidates = await partnerCandidates(this.db, products);
    const memo: WalkMemo = new Map();
    const gaps = await resolveGaps(skeletons, {
      // Not `nodes`: the report names more ids than one API call may.
      nodes: (ids) => readNodes(this.db, ids),
      partners: async (id, p) => rankPartners(candidates.get(id) ?? [], p.first),
      nearest: (from, kind, maxHops) => nearest(this.db, from, kind, maxHops, memo),
      firstPath: async (from, to, maxHops) =>
        (await kPaths(this.db, from, to, { lens: 'ALL', maxHops, first: 1, maxDegree: null }))[0] ?? null,
    });
    return { skeletons, gaps };
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

  async homeZoneId(): Promise<string | null> {
    const [row] = await this.db.read('queries/version', {});
    return row?.homeZoneId ?? null;
  }

  async subgraph(a?: SubgraphArgs) {
    const { kinds, relTypes, limit } = args.subgraphArgs(a);
    const [row] = await this.db.read('queries/subgraph-ids', { kinds, limit });
    return induced(this.db, row?.kept ?? [], relTypes, row?.total ?? 0);
  }

  async overview(): Promise<Overview> {
    const [[counts], indicatorRows] = await Promise.all([
      this.db.read('queries/overview', {}),
      this.db.read('queries/indicators', {}),
    ]);
    const nodesByKind = NODE_KINDS.map((kind) => ({
      kind,
      count: counts?.nodesByKind.find((c) => c.kind === kind)?.count ?? 0,
    }));
    const edgesByType = REL_TYPES.map((type) => ({
      type,
      count: counts?.edgesByType.find((c) => c.type === type)?.count ?? 0,
    }));
    const indicators: Overview['indicators'] = [];
    for (const row of indicatorRows) {
      const subject = toNode(row.node);
      if ('indicators' in subject) for (const indicator of subject.indicators) indicators.push({ subject, indicator });
    }
    indicators.sort((x, y) => byId(x.subject, y.subject) || (x.indicator.key < y.indicator.key ? -1 : 1));
    const sum = (list: { count: number }[]) => list.reduce((n, c) => n + c.count, 0);
    return {
      nodeCount: sum(counts?.nodesByKind ?? []),
      edgeCount: sum(counts?.edgesByType ?? []),
      nodesByKind,
      edgesByType,
      indicators,
    };
  }

  async dump(): Promise<Dataset> {
    const [nodeRows, edgeRows] = await Promise.all([
      this.db.read('queries/dump-nodes', {}),
      this.db.read('queries/dump-edges', {}),
    ]);
    const nodes = nodeRows.map((r) => toNode(r.node)).sort(byId);
    const edges = edgeRows.map((r) => toEdge(r.edge)).sort((a, b) => compareStrings(a.id, b.id));
    return { nodes, edges };
  }

  async health(): Promise<StoreHealth> {
    try {
      await this.db.ping();
      return { ok: true, store: 'neo4j' };
    } catch (err) {
      return { ok: false, store: 'neo4j', message: err instanceof Error ? err.message : String(err) };
    }
  }

  async close(): Promise<void> {
    await this.dropping;
    await this.db.close();
  }
}
