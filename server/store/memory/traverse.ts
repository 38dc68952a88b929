/**
 * Neighbourhoods, supply chains and k paths over the in-memory graph, walking node and edge
 * numbers (see graph.ts): numbers sort as ids do, so sorting numbers gives the id orders the
 * shared semantics pin.
 */
import type { NodeKind, RelType } from '../../domain/model';
import { NODE_KINDS, REL_TYPES } from '../../domain/model';
import { lensRule } from '../semantics/lens';
import type { Direction, Lens, NeighborCount, Path, StoredNode, Subgraph } from '../types';
import { type IndexedGraph, kindMask, typeMask } from './graph';

const INPUT_TO = typeMask(['INPUT_TO']);
const PRODUCES = typeMask(['PRODUCES']);

/**
 * Breadth-first from `id`: the start, then each layer by id, cut at `limit` nodes. Only the
 * layer where the cut falls is sorted (by number, to pick its smallest ids); nodes beyond the
 * cut are counted for `total`, never built.
 */
export function neighborhood(
  g: IndexedGraph,
  id: string,
  a: { depth: number; kinds: NodeKind[] | null; relTypes: RelType[] | null; limit: number },
): Subgraph {
  const start = g.numberOf(id);
  const types = typeMask(a.relTypes);
  const kinds = kindMask(a.kinds);
  const filtered = a.relTypes !== null || a.kinds !== null;
  const { rowStart, rowEnd, adjOther, adjEdge, kindBits, marks } = g;
  const seen = g.newMarks();
  marks[start] = seen;
  const kept: number[] = [start];
  let total = 1;
  let frontier: number[] = [start];
  for (let d = 0; d < a.depth && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const u of frontier) {
      const end = rowEnd[u] as number;
      for (let k = rowStart[u] as number; k < end; k++) {
        const v = adjOther[k] as number;
        if (marks[v] === seen) continue;
        if (filtered) {
          const step = adjEdge[k] as number;
          if ((g.typeBitOf(step < 0 ? ~step : step) & types) === 0) continue;
          if (((kindBits[v] as number) & kinds) === 0) continue;
        }
        marks[v] = seen;
        next.push(v);
      }
    }
    total += next.length;
    const room = a.limit - kept.length;
    if (next.length <= room) for (const v of next) kept.push(v);
    else if (room > 0) for (const v of g.sortNodes(Int32Array.from(next)).subarray(0, room)) kept.push(v);
    frontier = next;
  }
  return induced(g, kept, a.relTypes, total);
}

/** The nodes given (by number) and every edge among them whose type is allowed; nodes and edges by id. */
export function induced(
  g: IndexedGraph,
  nodes: readonly number[],
  relTypes: readonly RelType[] | null,
  total: number,
): Subgraph {
  const types = typeMask(relTypes);
  const { rowStart, rowEnd, adjOther, adjEdge, marks } = g;
  const keep = g.newMarks();
  for (const u of nodes) marks[u] = keep;
  const sorted = g.sortNodes(Int32Array.from(nodes));
  const inOrder = g.nodesInIdOrder;
  const edges: number[] = [];
  let count = 0;
  let last = -1;
  // Each edge is taken once: from its source, walked forward.
  const everyType = relTypes === null;
  const take = (k: number) => {
    const step = adjEdge[k] as number;
    if (step >= 0 && (everyType || (g.typeBitOf(step) & types) !== 0)) edges.push(step);
  };
  for (const u of sorted) {
    if (u === last) continue; // a node given twice counts once
    last = u;
    count++;
    const from = rowStart[u] as number;
    const end = rowEnd[u] as number;
    if (end - from > 8 * sorted.length) {
      // A hub: look up each kept node in its adjacency (sorted by neighbour) instead of
      // reading all of it.
      let previous = -1;
      for (const v of sorted) {
        if (v === previous) continue;
        previous = v;
        let lo = from;
        let hi = end;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          const w = adjOther[mid] as number;
          if (inOrder ? w < v : g.compareNodes(w, v) < 0) lo = mid + 1;
          else hi = mid;
        }
        for (let k = lo; k < end && adjOther[k] === v; k++) take(k);
      }
    } else {
      for (let k = from; k < end; k++)
        if (marks[adjOther[k] as number] === keep && (adjEdge[k] as number) >= 0) take(k);
    }
  }
  const outNodes: StoredNode[] = new Array(count);
  last = -1;
  let i = 0;
  for (const u of sorted) {
    if (u === last) continue;
    last = u;
    outNodes[i++] = g.at(u);
  }
  return {
    nodes: outNodes,
    edges: Array.from(g.sortEdges(Int32Array.from(edges)), (e) => g.edgeAt(e)),
    truncated: total > count,
    total,
  };
}

/** Products reached along INPUT_TO (upstream: against it), their producers and the links among them. */
export function supplyChain(
  g: IndexedGraph,
  productId: string,
  a: { direction: Direction; maxDepth: number },
): Subgraph {
  const start = g.numberOf(productId);
  const products: number[] = [start];
  const inChain = g.newMarks();
  g.mark(start, inChain);
  // The upstream and downstream walks each keep their own visited set: a product reached both
  // ways is listed once but explored by both.
  const walk = (forward: boolean) => {
    const seen = new Set<number>([start]);
    let frontier = [start];
    for (let d = 0; d < a.maxDepth && frontier.length > 0; d++) {
      const next: number[] = [];
      for (const u of frontier) {
        forEachStep(g, u, INPUT_TO, forward ? 'out' : 'in', (v) => {
          if (seen.has(v)) return;
          seen.add(v);
          next.push(v);
          if (!g.marked(v, inChain)) {
            g.mark(v, inChain);
            products.push(v);
          }
        });
      }
      frontier = next;
    }
  };
  if (a.direction !== 'DOWNSTREAM') walk(false);
  if (a.direction !== 'UPSTREAM') walk(true);
  const enterprises = new Set<number>();
  for (const p of products) forEachStep(g, p, PRODUCES, 'in', (v) => enterprises.add(v));
  const ids = [...products, ...enterprises];
  return induced(g, ids, ['INPUT_TO', 'PRODUCES', 'SUPPLIES'], ids.length);
}

/** Distinct neighbours of `u` by relationship type and kind (a node reached by two types counts in both). */
export function neighborCounts(g: IndexedGraph, u: number): NeighborCount[] {
  const seen = new Set<string>();
  const counts = new Map<string, NeighborCount>();
  forEachStep(g, u, typeMask(null), 'both', (v, e) => {
    const type = g.metaOf(e).type;
    const kind = g.at(v).kind;
    const pair = `${type} ${v}`;
    if (v === u || seen.has(pair)) return;
    seen.add(pair);
    const key = `${type} ${kind}`;
    const slot = counts.get(key);
    if (slot) slot.count++;
    else counts.set(key, { type, kind, count: 1 });
  });
  return [...counts.values()].sort(
    (a, b) =>
      REL_TYPES.indexOf(a.type) - REL_TYPES.indexOf(b.type) || NODE_KINDS.indexOf(a.kind) - NODE_KINDS.indexOf(b.kind),
  );
}

/** Calls `visit(other, edge)` for each step of the allowed types and direction, in adjacency order. */
export function forEachStep(
  g: IndexedGraph,
  u: number,
  types: number,
  direction: 'out' | 'in' | 'both',
  visit: (other: number, edge: number) => void,
): void {
  const { rowStart, rowEnd, adjOther, adjEdge } = g;
  const end = rowEnd[u] as number;
  for (let k = rowStart[u] as number; k < end; k++) {
    const step = adjEdge[k] as number;
    if (direction !== 'both' && step < 0 === (direction === 'out')) continue;
    const e = step < 0 ? ~step : step;
    if ((g.typeBitOf(e) & types) === 0) continue;
    visit(adjOther[k] as number, e);
  }
}

/**
 * The first k simple paths from → to: shortest first, then by node-id sequence, then by
 * edge-id sequence. Lengths are tried in turn; a depth-first walk over neighbours sorted by id
 * visits node sequences in order, pruned by the distance to `to`, and parallel edges are
 * expanded in id order once a node sequence is complete.
 */
export function kPaths(
  g: IndexedGraph,
  fromId: string,
  toId: string,
  a: { lens: Lens; maxHops: number; first: number; maxDegree: number | null },
): Path[] {
  const from = g.numberOf(fromId);
  const to = g.numberOf(toId);
  const rule = lensRule(a.lens);
  const types = typeMask(rule.types);
  const { rowStart, rowEnd, adjOther, adjEdge } = g;
  /** Whether step k may be taken: allowed type and, for a directed lens, the right way. */
  const allowed = (k: number, forwardOnly: boolean, backwardOnly: boolean) => {
    const step = adjEdge[k] as number;
    if (forwardOnly && step < 0) return false;
    if (backwardOnly && step >= 0) return false;
    return (g.typeBitOf(step < 0 ? ~step : step) & types) !== 0;
  };
  // Distances to `to` are known only out to half the length tried (beyond that, around hub
  // zones, lies most of the graph). A node farther than that is pruned where the hops left
  // are within the known radius; elsewhere it is explored. Pruning only ever removes dead
  // ends, so the paths and their order are those of the full distance map.
  const dist = new LayeredDistances(g, to, (k) => allowed(k, false, rule.directed));
  const results: Path[] = [];
  const onPath = new Set<number>([from]);
  const seq = [from];
  const emit = () => {
    const groups: number[][] = [];
    for (let i = 0; i + 1 < seq.length; i++) {
      const u = seq[i] as number;
      const v = seq[i + 1] as number;
      const group: number[] = [];
      for (let k = rowStart[u] as number; k < (rowEnd[u] as number); k++) {
        if (adjOther[k] !== v || !allowed(k, rule.directed, false)) continue;
        const step = adjEdge[k] as number;
        group.push(step < 0 ? ~step : step);
      }
      groups.push(group);
    }
    const nodes = seq.map((u) => g.at(u));
    const combo = (i: number, chosen: number[]): void => {
      if (results.length >= a.first) return;
      if (i === groups.length) {
        results.push({ nodes, edges: chosen.map((e) => g.edgeAt(e)), length: chosen.length });
        return;
      }
      for (const e of groups[i] as number[]) combo(i + 1, [...chosen, e]);
    };
    combo(0, []);
  };
  const dfs = (u: number, remaining: number): void => {
    if (results.length >= a.first) return;
    if (u === to) {
      if (remaining === 0) emit();
      return;
    }
    let last = -1;
    const end = rowEnd[u] as number;
    for (let k = rowStart[u] as number; k < end; k++) {
      const v = adjOther[k] as number;
      if (v === last || !allowed(k, rule.directed, false)) continue; // parallel edges: one visit per neighbour
      last = v;
      if (!dist.within(v, remaining - 1) || onPath.has(v)) continue;
      // A hub the user asked to leave out: never a stop on the way (the ends are exempt).
      if (a.maxDegree !== null && v !== to && g.at(v).degree > a.maxDegree) continue;
      onPath.add(v);
      seq.push(v);
      dfs(v, remaining - 1);
      seq.pop();
      onPath.delete(v);
    }
  };
  for (let length = 1; length <= a.maxHops && results.length < a.first; length++) {
    dist.extendTo(Math.ceil(length / 2));
    if (dist.within(from, length)) dfs(from, length);
  }
  return results;
}

/** Breadth-first distances to one node, computed layer by layer on demand. */
class LayeredDistances {
  private readonly dist = new Map<number, number>();
  private frontier: number[];
  private depth = 0;

  constructor(
    private readonly g: IndexedGraph,
    to: number,
    /** Whether adjacency entry k may be walked (backwards along the lens). */
    private readonly allowed: (k: number) => boolean,
  ) {
    this.dist.set(to, 0);
    this.frontier = [to];
  }

  /** false only when `u` is certainly more than `hops` away. */
  within(u: number, hops: number): boolean {
    const d = this.dist.get(u);
    if (d !== undefined) return d <= hops;
    // Unknown: beyond the layers computed, which may still be within `hops`.
    return this.frontier.length > 0 && hops > this.depth;
  }

  extendTo(depth: number): void {
    const { rowStart, rowEnd, adjOther } = this.g;
    while (this.depth < depth && this.frontier.length > 0) {
      this.depth++;
      const next: number[] = [];
      for (const u of this.frontier) {
        const end = rowEnd[u] as number;
        for (let k = rowStart[u] as number; k < end; k++) {
          if (!this.allowed(k)) continue;
          const v = adjOther[k] as number;
          if (this.dist.has(v)) continue;
          this.dist.set(v, this.depth);
          next.push(v);
        }
      }
      this.frontier = next;
    }
  }
}
