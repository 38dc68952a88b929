/**
 * Edits over the compact graph: a small overlay the queries see at once, merged into freshly
 * built arrays by `compact`. This is the internal API the editing issue (15) builds on; no
 * GraphQL mutation calls it yet.
 *
 * - A node or edge added gets the next free number; a removed node keeps its number (re-adding
 *   its id reuses it, so ids keep their order), a removed edge is remembered in `removedEdges`.
 * - Every node whose steps change gets its whole row rewritten, sorted as the queries need, past
 *   the rows in use (the old row is left as garbage until compaction); walks read rows through
 *   `rowStart`/`rowEnd` as always and never branch on the overlay.
 * - Stored nodes are shared with callers, so a node whose degree or fields change is replaced,
 *   never changed in place. The search index is not rebuilt: changed nodes are scored beside it.
 * - Each edit is checked as a dataset is (`validateDataset` on the element and its ends), so the
 *   graph never holds what a dataset file could not, and refused edits change nothing.
 */

import { InvalidInputError, NotFoundError } from '../../domain/errors';
import type { GraphEdge, GraphNode, RelType } from '../../domain/model';
import { edgeId, NODE_KINDS, REL_ENDPOINTS, REL_TYPES } from '../../domain/model';
import { checkElements } from '../editing';
import { searchKeys } from '../semantics/search';
import type { StoredNode } from '../types';
import { buildGraph } from './build';
import { type IndexedGraph, PLANNED_BIT } from './graph';

/** What an edit may give for an edge: the dataset's fields, the id derived when absent. */
export type EdgeInput = Omit<GraphEdge, 'id' | 'status'> & Partial<Pick<GraphEdge, 'id' | 'status'>>;

export interface OverlayStats {
  /** Built nodes changed or removed, plus nodes added (even if removed again) since the build. */
  nodes: number;
  addedEdges: number;
  removedEdges: number;
  /** Adjacency entries left behind by rewritten rows. */
  garbage: number;
}

export function overlayStats(g: IndexedGraph): OverlayStats {
  return {
    nodes: g.searchOverlay.stale.size + g.nodes.length - g.builtOrder,
    addedEdges: g.edgeCount - g.builtSize,
    removedEdges: g.removedEdges.size,
    garbage: g.garbage,
  };
}

/** Adds a node, or replaces the node with its id (keeping its relationships). */
export function upsertNode(g: IndexedGraph, given: unknown): StoredNode {
  const [node] = checkElements([given], []).nodes as [GraphNode];
  const sources = g.metaTable.sources.intern(node.sources);
  let u = g.numbers.get(node.id);
  const existing = u === undefined ? null : g.nodes[u];
  if (existing && u !== undefined) {
    for (let k = g.rowStart[u] as number; k < (g.rowEnd[u] as number); k++) {
      const step = g.adjEdge[k] as number;
      const type = g.metaOf(step < 0 ? ~step : step).type;
      const allowed = step >= 0 ? REL_ENDPOINTS[type].from : REL_ENDPOINTS[type].to;
      if (allowed && !allowed.includes(node.kind))
        throw new InvalidInputError(
          `${node.id} field \`kind\`: its ${type} relationships cannot ${step >= 0 ? 'start' : 'end'} at a ${node.kind}`,
          'kind',
        );
    }
  }
  if (u === undefined) {
    u = g.nodes.length;
    g.nodes.push(null);
    g.numbers.set(node.id, u);
    growNodes(g, u + 1);
  }
  const stored: StoredNode = { ...node, sources, degree: existing ? existing.degree : 0 };
  if (!existing) {
    g.rowStart[u] = g.adjUsed;
    g.rowEnd[u] = g.adjUsed;
    g.liveNodes++;
  }
  g.nodes[u] = stored;
  g.kindBits[u] = 1 << NODE_KINDS.indexOf(node.kind);
  if (u < g.builtOrder) g.searchOverlay.stale.add(u);
  g.searchOverlay.fresh.set(u, { node: stored, keys: searchKeys(stored) });
  g.version++;
  return stored;
}

/** Removes a node and every relationship it has; returns the ids of those relationships. */
export function removeNode(g: IndexedGraph, id: string): string[] {
  const u = g.numberOf(id);
  if (u < 0) throw new NotFoundError('node', id);
  const removed: string[] = [];
  const neighbours = new Set<number>();
  for (let k = g.rowStart[u] as number; k < (g.rowEnd[u] as number); k++) {
    const step = g.adjEdge[k] as number;
    const e = step < 0 ? ~step : step;
    removed.push(g.edgeId(e));
    dropEdge(g, e);
    neighbours.add(g.adjOther[k] as number);
  }
  for (const v of neighbours)
    writeRow(
      g,
      v,
      rowOf(g, v).filter(([, step]) => !g.removedEdges.has(step < 0 ? ~step : step)),
    );
  g.garbage += (g.rowEnd[u] as number) - (g.rowStart[u] as number);
  g.rowEnd[u] = g.rowStart[u] as number;
  g.nodes[u] = null;
  g.liveNodes--;
  if (u < g.builtOrder) g.searchOverlay.stale.add(u);
  g.searchOverlay.fresh.delete(u);
  g.version++;
  return removed.sort();
}

export function addEdge(g: IndexedGraph, given: EdgeInput): GraphEdge {
  const ends = [g.node(given.source), g.node(given.target)]
    .filter((n): n is StoredNode => n !== null)
    .map(({ degree: _, ...node }) => node);
  const [edge] = checkElements(ends, [given]).edges as [GraphEdge];
  const s = g.numberOf(edge.source);
  const t = g.numberOf(edge.target);
  const typeIndex = REL_TYPES.indexOf(edge.type);
  for (const [other, step] of rowOf(g, s))
    if (other === t && step >= 0 && g.metaOf(step).type === edge.type)
      throw new InvalidInputError(
        `${edge.id}: a second ${edge.type} edge between the same nodes; merge their sources into one edge`,
      );
  if (findEdge(g, edge.id) >= 0) throw new InvalidInputError(`${edge.id} field \`id\`: duplicate edge id`, 'id');
  const e = g.edgeCount;
  growEdges(g, e + 1);
  const meta = g.metaTable.metaFor(edge, typeIndex);
  if (meta > 0xffff && g.edgeMeta instanceof Uint16Array) g.edgeMeta = Uint32Array.from(g.edgeMeta);
  g.edgeSource[e] = s;
  g.edgeTarget[e] = t;
  g.edgeBits[e] = typeIndex | (edge.status === 'PLANNED' ? PLANNED_BIT : 0);
  g.edgeMeta[e] = meta;
  g.edgeCount++;
  g.liveEdges++;
  if (edge.id !== edgeId(edge)) {
    g.customIds.set(e, edge.id);
    g.customNumbers.set(edge.id, e);
  }
  writeRow(g, s, [...rowOf(g, s), [t, e]]);
  writeRow(g, t, [...rowOf(g, t), [s, ~e]]);
  g.version++;
  return g.edgeAt(e);
}

export function removeEdge(g: IndexedGraph, id: string): void {
  const e = findEdge(g, id);
  if (e < 0) throw new NotFoundError('relationship', id);
  dropEdge(g, e);
  for (const u of [g.edgeSource[e] as number, g.edgeTarget[e] as number])
    writeRow(
      g,
      u,
      rowOf(g, u).filter(([, step]) => step !== e && step !== ~e),
    );
  g.version++;
}

/** A new graph with the same content and no overlay (search keys of unchanged nodes reused). */
export function compact(g: IndexedGraph): IndexedGraph {
  const keys = new Map<string, string[]>();
  for (const [u, list] of g.search.keysByNumber()) {
    const node = g.nodes[u];
    if (node && !g.searchOverlay.stale.has(u)) keys.set(node.id, list);
  }
  for (const { node, keys: list } of g.searchOverlay.fresh.values()) keys.set(node.id, list);
  const nodes = g.liveNodeList().map(({ degree: _, ...node }) => node as GraphNode);
  const edges = Array.from(g.edgeNumbers(), (e) => g.edgeAt(e));
  const meta = g.homeZoneId ? { homeZoneId: g.homeZoneId } : undefined;
  return buildGraph(meta ? { meta, nodes, edges } : { nodes, edges }, (node) => keys.get(node.id) ?? searchKeys(node));
}

/** The edge's number from its id, or -1. */
export function findEdge(g: IndexedGraph, id: string): number {
  const custom = g.customNumbers.get(id);
  if (custom !== undefined) return g.removedEdges.has(custom) ? -1 : custom;
  // A derived id names its ends: try each `-[TYPE]->` it contains.
  for (const type of REL_TYPES) {
    const marker = `-[${type}]->`;
    for (let at = id.indexOf(marker); at > 0; at = id.indexOf(marker, at + 1)) {
      const s = g.numberOf(id.slice(0, at));
      const t = g.numberOf(id.slice(at + marker.length));
      if (s < 0 || t < 0) continue;
      for (const [other, step] of rowOf(g, s))
        if (other === t && step >= 0 && g.metaOf(step).type === (type as RelType) && !g.customIds.has(step))
          return step;
    }
  }
  return -1;
}

function dropEdge(g: IndexedGraph, e: number): void {
  g.removedEdges.add(e);
  g.liveEdges--;
  const custom = g.customIds.get(e);
  if (custom !== undefined) g.customNumbers.delete(custom);
}

/** A node's steps as (other, step) pairs. */
function rowOf(g: IndexedGraph, u: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = g.rowStart[u] as number; k < (g.rowEnd[u] as number); k++)
    out.push([g.adjOther[k] as number, g.adjEdge[k] as number]);
  return out;
}

/** Writes a node's new row past the rows in use, sorted by (other id, edge id); updates its degree. */
function writeRow(g: IndexedGraph, u: number, steps: [number, number][]): void {
  steps.sort(([v, a], [w, b]) => g.compareNodes(v, w) || g.compareEdges(a < 0 ? ~a : a, b < 0 ? ~b : b));
  const need = g.adjUsed + steps.length;
  if (need > g.adjOther.length) {
    const capacity = Math.max(need, Math.ceil(g.adjOther.length * 1.5));
    g.adjOther = grown(g.adjOther, capacity);
    g.adjEdge = grown(g.adjEdge, capacity);
  }
  g.garbage += (g.rowEnd[u] as number) - (g.rowStart[u] as number);
  g.rowStart[u] = g.adjUsed;
  for (const [other, step] of steps) {
    g.adjOther[g.adjUsed] = other;
    g.adjEdge[g.adjUsed] = step;
    g.adjUsed++;
  }
  g.rowEnd[u] = g.adjUsed;
  const node = g.nodes[u];
  if (node) g.nodes[u] = { ...node, degree: steps.length };
}

type Grown = 'kindBits' | 'rowStart' | 'rowEnd' | 'marks' | 'edgeSource' | 'edgeTarget' | 'edgeBits' | 'edgeMeta';
const NODE_ARRAYS: readonly Grown[] = ['kindBits', 'rowStart', 'rowEnd', 'marks'];
const EDGE_ARRAYS: readonly Grown[] = ['edgeSource', 'edgeTarget', 'edgeBits', 'edgeMeta'];

const growNodes = (g: IndexedGraph, need: number) => growArrays(g, NODE_ARRAYS, need);
const growEdges = (g: IndexedGraph, need: number) => growArrays(g, EDGE_ARRAYS, need);

/** Reallocates the named per-node or per-edge arrays, half as large again, when `need` passes them. */
function growArrays(g: IndexedGraph, names: readonly Grown[], need: number): void {
  const arrays = g as unknown as Record<Grown, Int32Array | Uint8Array | Uint16Array | Uint32Array>;
  const length = arrays[names[0] as Grown].length;
  if (need <= length) return;
  const capacity = Math.max(need, Math.ceil(length * 1.5));
  for (const name of names) arrays[name] = grown(arrays[name], capacity);
}

function grown<T extends Int32Array | Uint8Array | Uint16Array | Uint32Array>(a: T, capacity: number): T {
  const b = new (a.constructor as new (n: number) => T)(capacity);
  b.set(a);
  return b;
}
