/** Neighbourhoods, supply chains and k paths over the in-memory graph. */
import type { GraphEdge, NodeKind, RelType } from '../../domain/model';
import { lensRule } from '../semantics/lens';
import { byId } from '../semantics/order';
import type { Direction, Lens, Path, StoredNode, Subgraph } from '../types';
import type { IndexedGraph, Step } from './graph';

export function neighborhood(
  g: IndexedGraph,
  id: string,
  a: { depth: number; kinds: NodeKind[] | null; relTypes: RelType[] | null; limit: number },
): Subgraph {
  const reached: string[] = [id];
  const seen = new Set([id]);
  let frontier = [id];
  for (let d = 0; d < a.depth && frontier.length > 0; d++) {
    const next = new Set<string>();
    for (const u of frontier) {
      for (const s of g.stepsBy(u, a.relTypes)) {
        if (seen.has(s.other)) continue;
        if (a.kinds && !a.kinds.includes(g.graph.getNodeAttribute(s.other, 'node').kind)) continue;
        next.add(s.other);
      }
    }
    frontier = [...next].sort();
    for (const v of frontier) seen.add(v);
    reached.push(...frontier);
  }
  const kept = reached.slice(0, a.limit);
  return induced(g, kept, a.relTypes, reached.length);
}

/** The nodes given and every edge among them whose type is allowed; nodes and edges by id. */
export function induced(g: IndexedGraph, ids: string[], relTypes: readonly RelType[] | null, total: number): Subgraph {
  const keep = new Set(ids);
  const edges = new Map<string, GraphEdge>();
  for (const u of keep) {
    for (const s of g.stepsBy(u, relTypes, 'out')) if (keep.has(s.other)) edges.set(s.edge.id, s.edge);
  }
  return {
    nodes: [...keep].map((n) => g.mustNode(n)).sort(byId),
    edges: [...edges.values()].sort(byId),
    truncated: total > keep.size,
    total,
  };
}

/** Products reached along INPUT_TO (upstream: against it), their producers and the links among them. */
export function supplyChain(
  g: IndexedGraph,
  productId: string,
  a: { direction: Direction; maxDepth: number },
): Subgraph {
  const products = new Set([productId]);
  const walk = (dir: 'in' | 'out') => {
    let frontier = [productId];
    const seen = new Set(frontier);
    for (let d = 0; d < a.maxDepth && frontier.length > 0; d++) {
      const next: string[] = [];
      for (const u of frontier) {
        for (const v of g.related(u, 'INPUT_TO', dir)) {
          if (seen.has(v)) continue;
          seen.add(v);
          next.push(v);
          products.add(v);
        }
      }
      frontier = next;
    }
  };
  if (a.direction !== 'DOWNSTREAM') walk('in');
  if (a.direction !== 'UPSTREAM') walk('out');
  const enterprises = new Set<string>();
  for (const p of products) for (const e of g.related(p, 'PRODUCES', 'in')) enterprises.add(e);
  const ids = [...products, ...enterprises];
  return induced(g, ids, ['INPUT_TO', 'PRODUCES', 'SUPPLIES'], ids.length);
}

/**
 * The first k simple paths from → to: shortest first, then by node-id sequence, then by
 * edge-id sequence. Lengths are tried in turn; a depth-first walk over neighbours sorted by id
 * visits node sequences in order, pruned by the distance to `to`, and parallel edges are
 * expanded in id order once a node sequence is complete.
 */
export function kPaths(
  g: IndexedGraph,
  from: string,
  to: string,
  a: { lens: Lens; maxHops: number; first: number },
): Path[] {
  const rule = lensRule(a.lens);
  const forward = (u: string): readonly Step[] => g.stepsBy(u, rule.types, rule.directed ? 'out' : 'both');
  const backward = (u: string): readonly Step[] => g.stepsBy(u, rule.types, rule.directed ? 'in' : 'both');
  // Distances to `to` are known only out to half the length tried (beyond that, around hub
  // zones, lies most of the graph). A node farther than that is pruned where the hops left
  // are within the known radius; elsewhere it is explored. Pruning only ever removes dead
  // ends, so the paths and their order are those of the full distance map.
  const dist = new LayeredDistances(to, backward);
  const results: Path[] = [];
  const onPath = new Set<string>([from]);
  const seq = [from];
  const emit = () => {
    const groups: GraphEdge[][] = [];
    for (let i = 0; i + 1 < seq.length; i++) {
      const u = seq[i] as string;
      const v = seq[i + 1] as string;
      groups.push(
        forward(u)
          .filter((s) => s.other === v)
          .map((s) => s.edge),
      );
    }
    const nodes = seq.map((n) => g.mustNode(n));
    const combo = (i: number, chosen: GraphEdge[]): void => {
      if (results.length >= a.first) return;
      if (i === groups.length) {
        results.push({ nodes, edges: [...chosen], length: chosen.length });
        return;
      }
      for (const e of groups[i] as GraphEdge[]) combo(i + 1, [...chosen, e]);
    };
    combo(0, []);
  };
  const dfs = (u: string, remaining: number): void => {
    if (results.length >= a.first) return;
    if (u === to) {
      if (remaining === 0) emit();
      return;
    }
    let last: string | undefined;
    for (const s of forward(u)) {
      if (s.other === last) continue; // parallel edges: one visit per neighbour
      last = s.other;
      if (!dist.within(s.other, remaining - 1) || onPath.has(s.other)) continue;
      onPath.add(s.other);
      seq.push(s.other);
      dfs(s.other, remaining - 1);
      seq.pop();
      onPath.delete(s.other);
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
  private readonly dist: Map<string, number>;
  private frontier: string[];
  private depth = 0;

  constructor(
    to: string,
    private readonly backward: (u: string) => readonly Step[],
  ) {
    this.dist = new Map([[to, 0]]);
    this.frontier = [to];
  }

  /** false only when `id` is certainly more than `hops` away. */
  within(id: string, hops: number): boolean {
    const d = this.dist.get(id);
    if (d !== undefined) return d <= hops;
    // Unknown: beyond the layers computed, which may still be within `hops`.
    return this.frontier.length > 0 && hops > this.depth;
  }

  extendTo(depth: number): void {
    while (this.depth < depth && this.frontier.length > 0) {
      this.depth++;
      const next: string[] = [];
      for (const u of this.frontier) {
        for (const s of this.backward(u)) {
          if (this.dist.has(s.other)) continue;
          this.dist.set(s.other, this.depth);
          next.push(s.other);
        }
      }
      this.frontier = next;
    }
  }
}

export type { StoredNode };
