/**
 * Sharing what many elements repeat: one array per distinct list of sources (a generated graph
 * has one for all its elements), and one `EdgeMeta` per distinct (type, status, sources).
 */
import type { GraphEdge, Source } from '../../domain/model';
import { REL_TYPES } from '../../domain/model';
import type { EdgeMeta } from './graph';

export class SourceInterner {
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

/** Same sources: the same keys with identical plain values (checked without allocating). */
function sameSources(a: readonly Source[], b: readonly Source[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Record<string, unknown>;
    const y = b[i] as Record<string, unknown>;
    let keys = 0;
    for (const key in x) {
      keys++;
      if (typeof x[key] === 'object' || x[key] !== y[key] || !Object.hasOwn(y, key)) return false;
    }
    for (const _ in y) keys--;
    if (keys !== 0) return false;
  }
  return true;
}

/** Edge metas: index by (shared sources list, type, status). */
export class MetaTable {
  readonly metas: EdgeMeta[] = [];
  /** Sources interned here are shared with the nodes' (one interner per graph). */
  readonly sources = new SourceInterner();
  private readonly index = new Map<Source[], Int32Array>();

  private slots(shared: Source[]): Int32Array {
    let slots = this.index.get(shared);
    if (!slots) {
      slots = new Int32Array(REL_TYPES.length * 2).fill(-1);
      this.index.set(shared, slots);
    }
    return slots;
  }

  /** The meta's index for an edge of this type, status and sources; made when new. */
  metaFor(edge: Pick<GraphEdge, 'type' | 'status' | 'sources'>, typeIndex: number): number {
    const shared = this.sources.intern(edge.sources);
    const slots = this.slots(shared);
    const slot = typeIndex * 2 + (edge.status === 'PLANNED' ? 1 : 0);
    let meta = slots[slot] as number;
    if (meta < 0) {
      meta = this.metas.length;
      this.metas.push({ type: edge.type, typeBit: 1 << typeIndex, status: edge.status, sources: shared });
      slots[slot] = meta;
    }
    return meta;
  }
}
