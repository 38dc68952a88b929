/**
 * Accumulates the generated nodes and edges. Nodes are addressed by their position (an
 * integer), so the duplicate check for up to millions of edges is a Set of numbers rather
 * than of strings; every element shares one frozen `sources` array to keep L small in memory.
 */
import { type GraphEdge, type GraphNode, REL_TYPES, type RelType, type Source, type Status } from '../domain/model';

/** A node as the steps write it: `sources` is filled in here. */
type Unsourced<T> = T extends unknown ? Omit<T, 'sources'> : never;

export class GraphBuilder {
  readonly nodes: GraphNode[] = [];
  readonly edges: GraphEdge[] = [];
  readonly sources: Source[];
  /** Ids by node index: one monomorphic array, where `nodes` mixes five object shapes. */
  private readonly ids: string[] = [];
  private readonly seen = new PairSet();

  constructor(seed: number) {
    this.sources = Object.freeze([
      Object.freeze({ quote: 'synthetic', section: `generator seed ${seed}`, stated: true }),
    ]) as Source[];
  }

  /** Adds a node (without `sources`, which it fills in) and returns its index. */
  add(node: Unsourced<GraphNode>): number {
    this.nodes.push({ ...node, sources: this.sources } as GraphNode);
    this.ids.push(node.id);
    return this.ids.length - 1;
  }

  id(index: number): string {
    const id = this.ids[index];
    if (id === undefined) throw new Error(`internal: no node ${index}`);
    return id;
  }

  /** Adds `source -type-> target` unless it would be a self-loop or a second edge of the triple. */
  link(type: RelType, source: number, target: number, status: Status = 'EXISTING'): boolean {
    if (source === target) return false;
    // Up to 2^20 nodes: the type goes in the high bits of the first number.
    if (!this.seen.add((REL_TYPES.indexOf(type) << 20) | source, target)) return false;
    const s = this.id(source);
    const t = this.id(target);
    this.edges.push({ id: `${s}-[${type}]->${t}`, type, source: s, target: t, status, sources: this.sources });
    return true;
  }

  has(type: RelType, source: number, target: number): boolean {
    return this.seen.has((REL_TYPES.indexOf(type) << 20) | source, target);
  }
}

/**
 * A set of (int, int) pairs in open addressing over one Int32Array: a JS Set of numbers above
 * 2^31 boxes every key, which made generating size L several times slower.
 */
class PairSet {
  private table = new Int32Array(1 << 12).fill(-1);
  private count = 0;

  has(a: number, b: number): boolean {
    return this.table[this.slot(a, b)] !== -1;
  }

  /** false when the pair was already there. */
  add(a: number, b: number): boolean {
    const i = this.slot(a, b);
    if (this.table[i] !== -1) return false;
    this.table[i] = a;
    this.table[i + 1] = b;
    if (++this.count * 4 > this.table.length) this.grow();
    return true;
  }

  /** Where the pair is, or the empty slot where it would go. */
  private slot(a: number, b: number): number {
    const mask = (this.table.length >> 1) - 1;
    let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
    h = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const i = h << 1;
      const x = this.table[i] as number;
      if (x === -1 || (x === a && this.table[i + 1] === b)) return i;
      h = (h + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2).fill(-1);
    for (let i = 0; i < old.length; i += 2) {
      const a = old[i] as number;
      const b = old[i + 1] as number;
      if (a === -1) continue;
      const j = this.slot(a, b);
      this.table[j] = a;
      this.table[j + 1] = b;
    }
  }
}
