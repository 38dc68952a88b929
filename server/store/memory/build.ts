/**
 * Building the compact graph from a dataset: one pass over the nodes and one over the edges,
 * then sorts. A repeated id, an edge whose end is missing and a loop are refused by the number
 * lookups the pass makes anyway (a set check), so nothing else is built to check them.
 */
import { InvalidInputError } from '../../domain/errors';
import type { Dataset, GraphEdge, GraphNode } from '../../domain/model';
import { NODE_KINDS, REL_TYPES } from '../../domain/model';
import type { StoredNode } from '../types';
import { edgeOrder } from './edge-order';
import { type GraphParts, IndexedGraph, PLANNED_BIT } from './graph';
import { type KeysOf, SearchIndex } from './search-index';
import { MetaTable } from './sources';

const TYPE_INDEX = new Map<string, number>(REL_TYPES.map((t, i) => [t, i]));
const KIND_BIT = new Map<string, number>(NODE_KINDS.map((k, i) => [k, 1 << i]));

/** Room left past the built arrays for edits to append to before anything is reallocated. */
export const spare = (used: number, min: number) => used + Math.max(min, used >>> 5);

export function buildGraph(dataset: Dataset, keysOf?: KeysOf): IndexedGraph {
  const given = dataset.nodes;
  const n = given.length;
  // Node numbers follow id order (a native sort of the ids).
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) ids[i] = (given[i] as GraphNode).id;
  ids.sort();
  const numbers = new Map<string, number>();
  for (let u = 0; u < n; u++) {
    if (u > 0 && ids[u] === ids[u - 1]) throw new InvalidInputError(`the node id ${ids[u]} is repeated`, 'nodes');
    numbers.set(ids[u] as string, u);
  }

  const edges = dataset.edges;
  const m = edges.length;
  const metaTable = new MetaTable();
  const src = new Int32Array(m);
  const tgt = new Int32Array(m);
  const bits = new Uint8Array(m);
  const meta = new Uint32Array(m);
  const degree = new Int32Array(n);
  const custom: number[] = [];
  for (let i = 0; i < m; i++) {
    const e = edges[i] as GraphEdge;
    const s = numbers.get(e.source);
    const t = numbers.get(e.target);
    const type = TYPE_INDEX.get(e.type);
    if (s === undefined || t === undefined)
      throw new InvalidInputError(
        `the relationship ${e.id} has no node at its ${s === undefined ? 'source' : 'target'}`,
      );
    if (s === t) throw new InvalidInputError(`the relationship ${e.id} joins a node to itself`);
    if (type === undefined) throw new InvalidInputError(`the relationship ${e.id} has an unknown type`);
    src[i] = s;
    tgt[i] = t;
    bits[i] = type | (e.status === 'PLANNED' ? PLANNED_BIT : 0);
    meta[i] = metaTable.metaFor(e, type);
    degree[s] = (degree[s] as number) + 1;
    degree[t] = (degree[t] as number) + 1;
    if (!isDerivedId(e)) custom.push(i);
  }

  const order = edgeOrder(edges, ids, src, tgt, bits, custom.length > 0);
  const edgeCapacity = spare(m, 64);
  const edgeSource = new Int32Array(edgeCapacity);
  const edgeTarget = new Int32Array(edgeCapacity);
  const edgeBits = new Uint8Array(edgeCapacity);
  const edgeMeta = metaTable.metas.length > 0xffff ? new Uint32Array(edgeCapacity) : new Uint16Array(edgeCapacity);
  const customIds = new Map<number, string>();
  for (let e = 0; e < m; e++) {
    const i = order[e] as number;
    edgeSource[e] = src[i] as number;
    edgeTarget[e] = tgt[i] as number;
    edgeBits[e] = bits[i] as number;
    edgeMeta[e] = meta[i] as number;
  }
  if (custom.length > 0) {
    const rank = new Int32Array(m);
    for (let e = 0; e < m; e++) rank[order[e] as number] = e;
    for (const i of custom) customIds.set(rank[i] as number, (edges[i] as GraphEdge).id);
  }

  const nodeCapacity = spare(n, 16);
  const kindBits = new Uint8Array(nodeCapacity);
  const nodes = new Array<StoredNode | null>(n);
  for (const node of given) {
    const u = numbers.get(node.id) as number;
    nodes[u] = { ...node, sources: metaTable.sources.intern(node.sources), degree: degree[u] as number };
    kindBits[u] = KIND_BIT.get(node.kind) ?? 0;
  }
  const { rowStart, rowEnd, adjOther, adjEdge } = adjacency(n, nodeCapacity, m, degree, edgeSource, edgeTarget);
  const parts: GraphParts = {
    nodes,
    numbers,
    kindBits,
    edgeSource,
    edgeTarget,
    edgeBits,
    edgeMeta,
    edgeCount: m,
    metaTable,
    customIds,
    rowStart,
    rowEnd,
    adjOther,
    adjEdge,
    search: new SearchIndex(nodes as StoredNode[], keysOf),
  };
  return new IndexedGraph(parts);
}

/** Whether the edge's id is `source-[TYPE]->target` (checked without building that string). */
function isDerivedId(e: GraphEdge): boolean {
  const { id, source, type, target } = e;
  const at = source.length;
  return (
    id.length === at + type.length + target.length + 5 &&
    id.startsWith(source) &&
    id.charCodeAt(at) === 45 && // -
    id.charCodeAt(at + 1) === 91 && // [
    id.startsWith(type, at + 2) &&
    id.startsWith(']->', at + 2 + type.length) &&
    id.endsWith(target)
  );
}

/**
 * Rows by (owner, other, edge): entries made in edge order, then two stable counting sorts, by
 * the other end and then by the owner. Edge numbers are in id order, so each row ends sorted.
 */
function adjacency(
  n: number,
  nodeCapacity: number,
  m: number,
  degree: Int32Array,
  edgeSource: Int32Array,
  edgeTarget: Int32Array,
) {
  const rowStart = new Int32Array(nodeCapacity);
  const rowEnd = new Int32Array(nodeCapacity);
  let at = 0;
  for (let u = 0; u < n; u++) {
    rowStart[u] = at;
    at += degree[u] as number;
    rowEnd[u] = at;
  }
  const byOther = rowStart.slice(0, n);
  const stage = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    // Walking e forward reaches its target; backward, its source.
    stage[(byOther[edgeTarget[e] as number] as number)++] = e;
    stage[(byOther[edgeSource[e] as number] as number)++] = ~e;
  }
  const capacity = spare(2 * m, 256);
  const adjOther = new Int32Array(capacity);
  const adjEdge = new Int32Array(capacity);
  const fill = byOther;
  fill.set(rowStart.subarray(0, n));
  for (let k = 0; k < 2 * m; k++) {
    const step = stage[k] as number;
    const e = step < 0 ? ~step : step;
    const owner = step < 0 ? (edgeTarget[e] as number) : (edgeSource[e] as number);
    const other = step < 0 ? (edgeSource[e] as number) : (edgeTarget[e] as number);
    const slot = (fill[owner] as number)++;
    adjOther[slot] = other;
    adjEdge[slot] = step;
  }
  return { rowStart, rowEnd, adjOther, adjEdge };
}
