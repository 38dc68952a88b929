/**
 * The in-memory graph: a graphology MultiDirectedGraph keyed by the domain ids, with compact
 * side arrays the queries walk, built once per load.
 *
 * - Nodes and edges are numbered by their rank in id order, so sorting numbers sorts by id and
 *   a walk over numbers visits ids in the order the shared semantics ask for.
 * - Adjacency is in compressed-row form: for node `u`, entries `offsets[u]` to `offsets[u+1]`
 *   hold the node reached and the edge taken (`~edge` when taken against its direction), sorted
 *   by (other node id, edge id), both directions.
 * - graphology holds each node and edge keyed by its id, with the node's `StoredNode` (the
 *   domain node with its degree) as its attributes and, for an edge, one attributes object shared
 *   by every edge of the same type, status and sources; a `GraphEdge` is put together when a
 *   query returns it. (Ids are kept, not rebuilt from `source-[TYPE]->target` when a query needs
 *   them: building a thousand id strings costs about 0.4 ms, more than a whole neighbourhood.)
 */
import Graph from 'graphology';
import type { Dataset, GraphEdge, NodeKind, RelType, Source, Status } from '../../domain/model';
import { NODE_KINDS, REL_TYPES } from '../../domain/model';
import type { StoredNode } from '../types';
import { SearchIndex } from './search-index';

/** What edges of one type, status and sources share (graphology keeps it as the attributes). */
export interface EdgeMeta {
  type: RelType;
  /** Bit `1 << REL_TYPES.indexOf(type)`. */
  typeBit: number;
  status: Status;
  sources: Source[];
}
export type DomainGraph = Graph<StoredNode, EdgeMeta>;

/** One step from a node: the edge taken and the node reached. */
export interface Step {
  edge: GraphEdge;
  other: string;
  /** true when the step follows the edge from source to target. */
  forward: boolean;
}

/** A bit set of relationship types (every type when `types` is null). */
export function typeMask(types: readonly RelType[] | null | undefined): number {
  if (!types) return (1 << REL_TYPES.length) - 1;
  let mask = 0;
  for (const t of types) mask |= 1 << REL_TYPES.indexOf(t);
  return mask;
}

/** A bit set of node kinds (every kind when `kinds` is null). */
export function kindMask(kinds: readonly NodeKind[] | null | undefined): number {
  if (!kinds) return (1 << NODE_KINDS.length) - 1;
  let mask = 0;
  for (const k of kinds) mask |= 1 << NODE_KINDS.indexOf(k);
  return mask;
}

export class IndexedGraph {
  readonly graph: DomainGraph;
  /** Node number → node, in id order. */
  readonly nodes: StoredNode[];
  /** Node number → bit of its kind. */
  readonly kindBits: Uint8Array;
  /** Edge number → edge id, in id order (the strings graphology keys the edges by). */
  readonly edgeIds: string[];
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  /** Edge number → index into `metas`. */
  private readonly edgeMeta: Uint16Array;
  readonly metas: EdgeMeta[];
  readonly offsets: Int32Array;
  readonly adjOther: Int32Array;
  /** The edge number, or its complement (`~e`, negative) when walked from target to source. */
  readonly adjEdge: Int32Array;
  private readonly numbers = new Map<string, number>();
  /** Scratch marks for walks: a node is marked when `marks[u] === epoch` (see `newMarks`). */
  readonly marks: Int32Array;
  private epoch = 0;

  readonly search: SearchIndex;

  constructor(dataset: Dataset) {
    const graph: DomainGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
    const sources = new SourceInterner();
    // Node numbers follow id order (a native sort of the ids); edges keep the file's order, and
    // the few places that order edges by id compare their ids.
    const sortedIds = dataset.nodes.map((node) => node.id).sort();
    const n = sortedIds.length;
    for (let u = 0; u < n; u++) this.numbers.set(sortedIds[u] as string, u);
    this.nodes = new Array(n);
    this.kindBits = new Uint8Array(n);
    const entries = new Array(n);
    for (const given of dataset.nodes) {
      const node: StoredNode = { ...given, sources: sources.intern(given.sources), degree: 0 };
      graph.addNode(node.id, node); // a repeated id fails here, as it always did
      const u = this.numbers.get(node.id) as number;
      this.nodes[u] = node;
      this.kindBits[u] = 1 << NODE_KINDS.indexOf(node.kind);
      entries[u] = { id: node.id, kind: node.kind, name: node.name, labels: node };
    }

    const m = dataset.edges.length;
    this.edgeIds = new Array(m);
    this.edgeSource = new Int32Array(m);
    this.edgeTarget = new Int32Array(m);
    this.edgeMeta = new Uint16Array(m);
    this.metas = [];
    // (sources list, type, status) → index into metas.
    const metaIndex = new Map<Source[], Int32Array>();
    const degree = new Int32Array(n);
    const edgeOrder = edgesById(dataset.edges, this.numbers);
    for (let e = 0; e < m; e++) {
      const given = dataset.edges[edgeOrder[e] as number] as GraphEdge;
      const shared = sources.intern(given.sources);
      let byKind = metaIndex.get(shared);
      if (!byKind) {
        byKind = new Int32Array(REL_TYPES.length * 2).fill(-1);
        metaIndex.set(shared, byKind);
      }
      const typeIndex = REL_TYPES.indexOf(given.type);
      const slot = typeIndex * 2 + (given.status === 'PLANNED' ? 1 : 0);
      let meta = byKind[slot] as number;
      if (meta < 0) {
        meta = this.metas.length;
        if (meta > 0xffff) throw new Error('internal: too many distinct relationship source lists');
        this.metas.push({
          type: given.type,
          typeBit: 1 << typeIndex,
          status: given.status,
          sources: shared,
        });
        byKind[slot] = meta;
      }
      const s = this.numbers.get(given.source);
      const t = this.numbers.get(given.target);
      // graphology reports a missing endpoint or a loop, as it always did (a repeated id: edgesById).
      graph.addDirectedEdgeWithKey(given.id, given.source, given.target, this.metas[meta] as EdgeMeta);
      this.edgeIds[e] = given.id;
      this.edgeSource[e] = s as number;
      this.edgeTarget[e] = t as number;
      this.edgeMeta[e] = meta;
      degree[s as number] = (degree[s as number] as number) + 1;
      degree[t as number] = (degree[t as number] as number) + 1;
    }
    for (let u = 0; u < n; u++) (this.nodes[u] as StoredNode).degree = degree[u] as number;

    // Adjacency by (owner, other, edge): entries made in edge order, then two stable counting
    // sorts, by the other end and then by the owner.
    this.offsets = new Int32Array(n + 1);
    for (let u = 0; u < n; u++) this.offsets[u + 1] = (this.offsets[u] as number) + (degree[u] as number);
    const byOther = this.offsets.slice(0, n);
    const stage = new Int32Array(2 * m);
    for (let e = 0; e < m; e++) {
      // Walking e forward reaches its target; backward, its source.
      stage[(byOther[this.edgeTarget[e] as number] as number)++] = e;
      stage[(byOther[this.edgeSource[e] as number] as number)++] = ~e;
    }
    this.adjOther = new Int32Array(2 * m);
    this.adjEdge = new Int32Array(2 * m);
    const fill = this.offsets.slice(0, n);
    for (let k = 0; k < 2 * m; k++) {
      const step = stage[k] as number;
      const e = step < 0 ? ~step : step;
      const owner = step < 0 ? (this.edgeTarget[e] as number) : (this.edgeSource[e] as number);
      const other = step < 0 ? (this.edgeSource[e] as number) : (this.edgeTarget[e] as number);
      const at = (fill[owner] as number)++;
      this.adjOther[at] = other;
      this.adjEdge[at] = step;
    }
    this.marks = new Int32Array(n);
    this.graph = graph;
    this.search = new SearchIndex(entries);
  }

  get order(): number {
    return this.nodes.length;
  }

  get size(): number {
    return this.edgeIds.length;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** The node's number, or -1. */
  numberOf(id: string): number {
    return this.numbers.get(id) ?? -1;
  }

  /** The stored node: shared, never to be changed by a caller. */
  node(id: string): StoredNode | null {
    const u = this.numbers.get(id);
    return u === undefined ? null : (this.nodes[u] as StoredNode);
  }

  mustNode(id: string): StoredNode {
    const n = this.node(id);
    if (!n) throw new Error(`internal: missing node ${id}`);
    return n;
  }

  at(u: number): StoredNode {
    return this.nodes[u] as StoredNode;
  }

  /** The bit of the edge's type (see `typeMask`). */
  typeBitOf(e: number): number {
    return (this.metas[this.edgeMeta[e] as number] as EdgeMeta).typeBit;
  }

  metaOf(e: number): EdgeMeta {
    return this.metas[this.edgeMeta[e] as number] as EdgeMeta;
  }

  edgeId(e: number): string {
    return this.edgeIds[e] as string;
  }

  /** The edge as the API returns it (a fresh object). */
  edgeAt(e: number): GraphEdge {
    const meta = this.metaOf(e);
    return {
      id: this.edgeId(e),
      type: meta.type,
      source: (this.nodes[this.edgeSource[e] as number] as StoredNode).id,
      target: (this.nodes[this.edgeTarget[e] as number] as StoredNode).id,
      status: meta.status,
      sources: meta.sources,
    };
  }

  /** A fresh mark set for one walk (`mark`, `marked`); one walk at a time (queries are synchronous). */
  newMarks(): number {
    this.epoch = this.epoch === 0x7fffffff ? 1 : this.epoch + 1;
    if (this.epoch === 1) this.marks.fill(0);
    return this.epoch;
  }

  mark(u: number, epoch: number): void {
    this.marks[u] = epoch;
  }

  marked(u: number, epoch: number): boolean {
    return this.marks[u] === epoch;
  }

  /** Steps restricted to some relationship types and, optionally, one direction, as objects. */
  stepsBy(id: string, types: readonly RelType[] | null, direction: 'out' | 'in' | 'both' = 'both'): Step[] {
    const u = this.numbers.get(id);
    if (u === undefined) return [];
    const mask = typeMask(types);
    const out: Step[] = [];
    for (let k = this.offsets[u] as number; k < (this.offsets[u + 1] as number); k++) {
      const step = this.adjEdge[k] as number;
      const forward = step >= 0;
      const e = forward ? step : ~step;
      if ((this.metaOf(e).typeBit & mask) === 0) continue;
      if (direction !== 'both' && (direction === 'out') !== forward) continue;
      out.push({ edge: this.edgeAt(e), other: (this.nodes[this.adjOther[k] as number] as StoredNode).id, forward });
    }
    return out;
  }

  /** Nodes reached by one relationship type in one direction, sorted by id. */
  related(id: string, type: RelType, direction: 'out' | 'in'): string[] {
    return this.stepsBy(id, [type], direction).map((s) => s.other);
  }
}

/**
 * The edges' positions in id order. A plain sort of a million ids takes seconds; grouped by
 * source first (a counting sort), each group sorted on its own, the list is in id order but
 * where one source id is a prefix of another (or ids are not `source-[TYPE]->target`), and
 * the final sort, a merge sort that runs in linear time over what is already ordered, fixes that.
 */
function edgesById(edges: readonly GraphEdge[], numbers: ReadonlyMap<string, number>): Int32Array {
  const m = edges.length;
  const bucket = new Int32Array(m);
  const starts = new Int32Array(numbers.size + 2);
  for (let e = 0; e < m; e++) {
    const s = numbers.get((edges[e] as GraphEdge).source);
    bucket[e] = s === undefined ? 0 : s + 1;
    starts[(bucket[e] as number) + 1] = (starts[(bucket[e] as number) + 1] as number) + 1;
  }
  for (let b = 0; b + 1 < starts.length; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
  const grouped = new Array<number>(m);
  const fill = starts.slice();
  for (let e = 0; e < m; e++) grouped[(fill[bucket[e] as number] as number)++] = e;
  const byId = (a: number, b: number) => compareIds((edges[a] as GraphEdge).id, (edges[b] as GraphEdge).id);
  const out = new Int32Array(m);
  for (let b = 0; b + 1 < starts.length; b++) {
    const from = starts[b] as number;
    const to = starts[b + 1] as number;
    if (to - from > 1) out.set(grouped.slice(from, to).sort(byId), from);
    else if (to > from) out[from] = grouped[from] as number;
  }
  let sorted = true;
  for (let i = 1; i < m && sorted; i++) sorted = byId(out[i - 1] as number, out[i] as number) <= 0;
  const order = sorted ? out : Int32Array.from(Array.from(out).sort(byId));
  for (let i = 1; i < m; i++) {
    const id = (edges[order[i] as number] as GraphEdge).id;
    if (id === (edges[order[i - 1] as number] as GraphEdge).id)
      throw new Error(`the relationship id ${id} is repeated`);
  }
  return order;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One shared array per distinct list of sources (a generated graph has one for all elements). */
class SourceInterner {
  private readonly byJson = new Map<string, Source[]>();
  private lastGiven: Source[] | null = null;
  private lastShared: Source[] | null = null;

  intern(given: Source[]): Source[] {
    if (given === this.lastGiven && this.lastShared) return this.lastShared;
    // A parsed file repeats equal lists as separate arrays: compare with the last one first.
    if (this.lastShared && sameSources(given, this.lastShared)) {
      this.lastGiven = given;
      return this.lastShared;
    }
    const key = JSON.stringify(given);
    let shared = this.byJson.get(key);
    if (!shared) {
      shared = given;
      this.byJson.set(key, shared);
    }
    this.lastGiven = given;
    this.lastShared = shared;
    return shared;
  }
}

/** Same sources, keys in the same order with identical values: what JSON.stringify would equate. */
function sameSources(a: readonly Source[], b: readonly Source[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Record<string, unknown>;
    const y = b[i] as Record<string, unknown>;
    const keys = Object.keys(x);
    const other = Object.keys(y);
    if (keys.length !== other.length) return false;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      if (key !== other[k] || typeof x[key] === 'object' || x[key] !== y[key]) return false;
    }
  }
  return true;
}
