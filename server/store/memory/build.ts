/**
 * Building the compact graph from a dataset: one pass over the nodes and one over the edges,
 * then sorts. A repeated id, an edge whose end is missing and a loop are refused by the number
 * lookups the pass makes anyway (a set check), so nothing else is built to check them.
 */
import { isDerivedId } from '../../dataset/accept';
import { type DatasetSink, feed } from '../../dataset/sink';
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
  return feed(dataset, new GraphBuilder(keysOf));
}

/**
 * Builds while a dataset is read (a DatasetSink): the nodes are numbered when they are all in,
 * each edge becomes numbers as it comes (its object is not kept), and `finish` sorts.
 */
export class GraphBuilder implements DatasetSink<IndexedGraph> {
  private given: readonly GraphNode[] = [];
  private ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  private degree = new Int32Array(0);
  /** Position in the node list given → node number. */
  private numberAt = new Int32Array(0);
  private readonly metaTable = new MetaTable();
  private src = new Int32Array(1024);
  private tgt = new Int32Array(1024);
  private bits = new Uint8Array(1024);
  private metaOf = new Uint32Array(1024);
  private m = 0;
  /** File positions of edges whose id is not derived, with the id. */
  private readonly custom = new Map<number, string>();

  constructor(private readonly keysOf?: KeysOf) {}

  private homeZoneId: string | null = null;

  /** Of the dataset's meta only the home zone is kept; lint acknowledgements are not part of the graph. */
  meta(meta: Record<string, unknown>): void {
    this.homeZoneId = typeof meta.homeZoneId === 'string' ? meta.homeZoneId : null;
  }

  lintAcks(): void {}

  nodes(nodes: GraphNode[]): void {
    const n = nodes.length;
    this.given = nodes;
    // Node numbers follow id order (a native sort of the ids).
    const ids = new Array<string>(n);
    for (let i = 0; i < n; i++) ids[i] = (nodes[i] as GraphNode).id;
    ids.sort();
    for (let u = 0; u < n; u++) {
      if (u > 0 && ids[u] === ids[u - 1]) throw new InvalidInputError(`the node id ${ids[u]} is repeated`, 'nodes');
      this.numbers.set(ids[u] as string, u);
    }
    this.ids = ids;
    this.degree = new Int32Array(n);
    this.numberAt = new Int32Array(n);
    for (let i = 0; i < n; i++) this.numberAt[i] = this.numbers.get((nodes[i] as GraphNode).id) as number;
  }

  edge(e: GraphEdge, source: number, target: number): void {
    const s = source >= 0 ? this.numberAt[source] : this.numbers.get(e.source);
    const t = target >= 0 ? this.numberAt[target] : this.numbers.get(e.target);
    const type = TYPE_INDEX.get(e.type);
    if (s === undefined || t === undefined)
      throw new InvalidInputError(
        `the relationship ${e.id} has no node at its ${s === undefined ? 'source' : 'target'}`,
      );
    if (s === t) throw new InvalidInputError(`the relationship ${e.id} joins a node to itself`);
    if (type === undefined) throw new InvalidInputError(`the relationship ${e.id} has an unknown type`);
    const i = this.m++;
    if (i === this.src.length) this.grow();
    this.src[i] = s;
    this.tgt[i] = t;
    this.bits[i] = type | (e.status === 'PLANNED' ? PLANNED_BIT : 0);
    this.metaOf[i] = this.metaTable.metaFor(e, type);
    this.degree[s] = (this.degree[s] as number) + 1;
    this.degree[t] = (this.degree[t] as number) + 1;
    if (!isDerivedId(e)) this.custom.set(i, e.id);
  }

  private grow(): void {
    const size = this.src.length * 2;
    const grown = <A extends Int32Array | Uint8Array | Uint32Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(size);
      b.set(a);
      return b;
    };
    this.src = grown(this.src);
    this.tgt = grown(this.tgt);
    this.bits = grown(this.bits);
    this.metaOf = grown(this.metaOf);
  }

  finish(): IndexedGraph {
    const { ids, numbers, degree, metaTable, m } = this;
    const n = ids.length;
    const src = this.src.subarray(0, m);
    const tgt = this.tgt.subarray(0, m);
    const bits = this.bits.subarray(0, m);
    const idOf = (i: number) =>
      this.custom.get(i) ??
      `${ids[src[i] as number]}-[${REL_TYPES[(bits[i] as number) & 15]}]->${ids[tgt[i] as number]}`;
    const order = edgeOrder(ids, src, tgt, bits, this.custom.size > 0, idOf);
    const edgeCapacity = spare(m, 64);
    const edgeSource = new Int32Array(edgeCapacity);
    const edgeTarget = new Int32Array(edgeCapacity);
    const edgeBits = new Uint8Array(edgeCapacity);
    const edgeMeta = metaTable.metas.length > 0xffff ? new Uint32Array(edgeCapacity) : new Uint16Array(edgeCapacity);
    for (let e = 0; e < m; e++) {
      const i = order[e] as number;
      edgeSource[e] = src[i] as number;
      edgeTarget[e] = tgt[i] as number;
      edgeBits[e] = bits[i] as number;
      edgeMeta[e] = this.metaOf[i] as number;
    }
    const customIds = new Map<number, string>();
    if (this.custom.size > 0) {
      const rank = new Int32Array(m);
      for (let e = 0; e < m; e++) rank[order[e] as number] = e;
      for (const [i, id] of this.custom) customIds.set(rank[i] as number, id);
    }

    if (this.homeZoneId !== null && !this.given.some((x) => x.id === this.homeZoneId && x.kind === 'ZONE'))
      throw new InvalidInputError(`meta.homeZoneId names no zone: ${this.homeZoneId}`, 'homeZoneId');
    const nodeCapacity = spare(n, 16);
    const kindBits = new Uint8Array(nodeCapacity);
    const nodes = new Array<StoredNode | null>(n);
    for (const node of this.given) {
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
      search: SearchIndex.build(nodes as StoredNode[], this.keysOf),
      homeZoneId: this.homeZoneId,
    };
    return new IndexedGraph(parts);
  }
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
