/**
 * The in-memory graph: a compact store of numbered nodes and edges that the queries walk.
 * Built from a dataset by build.ts; edited in place through overlay.ts.
 *
 * - Nodes and edges are numbered by their rank in id order, so sorting numbers sorts by id and
 *   a walk over numbers visits ids in the order the shared semantics ask for. Numbers handed out
 *   by edits (a new node, a new edge) come after the built ones and are ordered by their ids
 *   (`compareNodes`, `sortNodes`, …) until the next compaction renumbers everything.
 * - Adjacency is in compressed-row form: node `u`'s steps are entries `rowStart[u]` to
 *   `rowEnd[u]` of `adjOther` (the node reached) and `adjEdge` (the edge taken, `~edge` when
 *   taken against its direction), sorted by (other node id, edge id), both directions. An edit
 *   writes a touched node's new row past the built rows (`adjUsed`), so walks never branch on it.
 * - Per edge: its ends, a byte of type and status, and an index into `metas`, one object per
 *   distinct (type, status, sources); ids are `source-[TYPE]->target`, built when an edge is
 *   returned, except the few stored in `customIds`. No per-edge objects.
 */
import type { GraphEdge, NodeKind, RelType, Source, Status } from '../../domain/model';
import { NODE_KINDS, REL_TYPES } from '../../domain/model';
import { compareStrings } from '../semantics/order';
import type { StoredNode } from '../types';
import type { SearchIndex, SearchOverlay } from './search-index';
import type { MetaTable } from './sources';

/** What edges of one type, status and sources share. */
export interface EdgeMeta {
  type: RelType;
  /** Bit `1 << REL_TYPES.indexOf(type)`. */
  typeBit: number;
  status: Status;
  sources: Source[];
}

/** One step from a node: the edge taken and the node reached. */
export interface Step {
  edge: GraphEdge;
  other: string;
  /** true when the step follows the edge from source to target. */
  forward: boolean;
}

/** The low four bits of an edge's byte are its type's index; this bit is set when it is PLANNED. */
export const PLANNED_BIT = 16;
/** `TYPE]->`, the middle of a derived relationship id, by type index. */
const TYPE_MIDDLE = REL_TYPES.map((t) => `${t}]->`);

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

/** The parts build.ts makes; every array is sized past its use so edits can append. */
export interface GraphParts {
  nodes: (StoredNode | null)[];
  numbers: Map<string, number>;
  kindBits: Uint8Array;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  edgeBits: Uint8Array;
  edgeMeta: Uint16Array | Uint32Array;
  edgeCount: number;
  metaTable: MetaTable;
  customIds: Map<number, string>;
  rowStart: Int32Array;
  rowEnd: Int32Array;
  adjOther: Int32Array;
  adjEdge: Int32Array;
  search: SearchIndex;
  /** The dataset's `meta.homeZoneId`: the zone local and external are relative to. */
  homeZoneId?: string | null;
}

export class IndexedGraph {
  // The fields below are shared with build.ts and overlay.ts, which fill and edit them.
  /** Node number → node; null where an edit removed it. */
  nodes: (StoredNode | null)[];
  numbers: Map<string, number>;
  /** Node number → bit of its kind. */
  kindBits: Uint8Array;
  /** Nodes numbered by the build, in id order; numbers from here on were handed out by edits. */
  readonly builtOrder: number;
  liveNodes = 0;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** Edge number → type index, plus PLANNED_BIT. */
  edgeBits: Uint8Array;
  /** Edge number → index into `metas`. */
  edgeMeta: Uint16Array | Uint32Array;
  /** Edge numbers in use (removed ones included). */
  edgeCount: number;
  readonly builtSize: number;
  liveEdges: number;
  readonly removedEdges = new Set<number>();
  readonly metaTable: MetaTable;
  readonly metas: EdgeMeta[];
  /** Ids that are not `source-[TYPE]->target`, and back. */
  readonly customIds: Map<number, string>;
  readonly customNumbers = new Map<string, number>();
  rowStart: Int32Array;
  rowEnd: Int32Array;
  adjOther: Int32Array;
  /** The edge number, or its complement (`~e`, negative) when walked from target to source. */
  adjEdge: Int32Array;
  /** Adjacency entries in use: rows rewritten by edits go from here. */
  adjUsed: number;
  /** Entries of rows that edits rewrote elsewhere. */
  garbage = 0;
  /** Scratch marks for walks: a node is marked when `marks[u] === epoch` (see `newMarks`). */
  marks: Int32Array;
  private epoch = 0;
  readonly search: SearchIndex;
  /** What edits changed since the index was built (see SearchIndex.search). */
  readonly searchOverlay: SearchOverlay & {
    stale: Set<number>;
    fresh: Map<number, { node: StoredNode; keys: string[] }>;
  } = {
    stale: new Set(),
    fresh: new Map(),
  };
  /** Changes on every edit: what caches of whole answers key on. */
  version = 0;
  /** The dataset's home zone (`meta.homeZoneId`), or null. */
  homeZoneId: string | null;

  constructor(parts: GraphParts) {
    this.nodes = parts.nodes;
    this.numbers = parts.numbers;
    this.kindBits = parts.kindBits;
    this.builtOrder = parts.nodes.length;
    this.liveNodes = parts.nodes.length;
    this.edgeSource = parts.edgeSource;
    this.edgeTarget = parts.edgeTarget;
    this.edgeBits = parts.edgeBits;
    this.edgeMeta = parts.edgeMeta;
    this.edgeCount = parts.edgeCount;
    this.builtSize = parts.edgeCount;
    this.liveEdges = parts.edgeCount;
    this.metaTable = parts.metaTable;
    this.metas = parts.metaTable.metas;
    this.customIds = parts.customIds;
    for (const [e, id] of parts.customIds) this.customNumbers.set(id, e);
    this.rowStart = parts.rowStart;
    this.rowEnd = parts.rowEnd;
    this.adjOther = parts.adjOther;
    this.adjEdge = parts.adjEdge;
    this.adjUsed = parts.nodes.length === 0 ? 0 : (parts.rowEnd[parts.nodes.length - 1] as number);
    this.marks = new Int32Array(parts.kindBits.length);
    this.search = parts.search;
    this.homeZoneId = parts.homeZoneId ?? null;
  }

  /** Node numbers handed out (removed nodes included): the bound of a per-node table. */
  get order(): number {
    return this.nodes.length;
  }

  get size(): number {
    return this.liveEdges;
  }

  has(id: string): boolean {
    return this.numberOf(id) >= 0;
  }

  /** The live node's number, or -1. */
  numberOf(id: string): number {
    const u = this.numbers.get(id);
    return u === undefined || this.nodes[u] === null ? -1 : u;
  }

  /** The stored node: shared, never to be changed by a caller. */
  node(id: string): StoredNode | null {
    const u = this.numbers.get(id);
    return u === undefined ? null : (this.nodes[u] ?? null);
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
    return 1 << ((this.edgeBits[e] as number) & 15);
  }

  planned(e: number): boolean {
    return ((this.edgeBits[e] as number) & PLANNED_BIT) !== 0;
  }

  metaOf(e: number): EdgeMeta {
    return this.metas[this.edgeMeta[e] as number] as EdgeMeta;
  }

  edgeId(e: number): string {
    const custom = this.customIds.size > 0 ? this.customIds.get(e) : undefined;
    if (custom !== undefined) return custom;
    const s = this.edgeSource[e] as number;
    return (
      this.idPrefix(s) +
      (TYPE_MIDDLE[(this.edgeBits[e] as number) & 15] as string) +
      this.at(this.edgeTarget[e] as number).id
    );
  }

  /** `source-[`: the start of the ids of a node's relationships, made once per node (ids are built per answer). */
  private idPrefix(u: number): string {
    let prefix = this.prefixes[u];
    if (prefix === undefined) {
      prefix = `${this.at(u).id}-[`;
      this.prefixes[u] = prefix;
    }
    return prefix;
  }
  private readonly prefixes: (string | undefined)[] = [];

  /** The edge as the API returns it (a fresh object). */
  edgeAt(e: number): GraphEdge {
    const meta = this.metaOf(e);
    const source = this.at(this.edgeSource[e] as number).id;
    const target = this.at(this.edgeTarget[e] as number).id;
    return {
      id: this.edgeId(e),
      type: meta.type,
      source,
      target,
      status: meta.status,
      sources: meta.sources,
    };
  }

  /** Whether node numbers sort as their ids do (no node added since the build). */
  get nodesInIdOrder(): boolean {
    return this.nodes.length === this.builtOrder;
  }

  get edgesInIdOrder(): boolean {
    return this.edgeCount === this.builtSize;
  }

  compareNodes(a: number, b: number): number {
    if (a < this.builtOrder && b < this.builtOrder) return a - b;
    return compareStrings(this.at(a).id, this.at(b).id);
  }

  compareEdges(a: number, b: number): number {
    if (a < this.builtSize && b < this.builtSize) return a - b;
    return compareStrings(this.edgeId(a), this.edgeId(b));
  }

  /** Sorts node numbers into id order, in place. */
  sortNodes(numbers: Int32Array): Int32Array {
    return this.nodesInIdOrder ? numbers.sort() : numbers.sort((a, b) => this.compareNodes(a, b));
  }

  sortEdges(numbers: Int32Array): Int32Array {
    return this.edgesInIdOrder ? numbers.sort() : numbers.sort((a, b) => this.compareEdges(a, b));
  }

  /** Live node numbers in id order. */
  nodeNumbers(): Int32Array {
    const out = new Int32Array(this.liveNodes);
    let i = 0;
    for (let u = 0; u < this.nodes.length; u++) if (this.nodes[u] !== null) out[i++] = u;
    return this.nodesInIdOrder ? out : this.sortNodes(out);
  }

  /** Live nodes in id order. */
  liveNodeList(): StoredNode[] {
    return Array.from(this.nodeNumbers(), (u) => this.at(u));
  }

  /** Live edge numbers in id order. */
  edgeNumbers(): Int32Array {
    const out = new Int32Array(this.liveEdges);
    let i = 0;
    for (let e = 0; e < this.edgeCount; e++) if (!this.removedEdges.has(e)) out[i++] = e;
    return this.edgesInIdOrder ? out : this.sortEdges(out);
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
    const u = this.numberOf(id);
    if (u < 0) return [];
    const mask = typeMask(types);
    const out: Step[] = [];
    for (let k = this.rowStart[u] as number; k < (this.rowEnd[u] as number); k++) {
      const step = this.adjEdge[k] as number;
      const forward = step >= 0;
      const e = forward ? step : ~step;
      if ((this.typeBitOf(e) & mask) === 0) continue;
      if (direction !== 'both' && (direction === 'out') !== forward) continue;
      out.push({ edge: this.edgeAt(e), other: this.at(this.adjOther[k] as number).id, forward });
    }
    return out;
  }

  /** Nodes reached by one relationship type in one direction, sorted by id. */
  related(id: string, type: RelType, direction: 'out' | 'in'): string[] {
    return this.stepsBy(id, [type], direction).map((s) => s.other);
  }
}
