/**
 * A substring index over the search keys, so a search reads a few hundred candidates instead
 * of scoring every node. The score is still `scoreKeys` and the order still `compareHits`'s,
 * so results are identical to scoring every node:
 *
 * - nodes are ranked once by (name length, id), the tie order of `compareHits`;
 * - every key's trigrams go into hashed posting lists of ranks (a hash collision only adds
 *   candidates, which scoring then rejects); keys with Han characters also index bigrams, for
 *   the two-character Chinese queries (汽车, 哈飞) that are the most common;
 * - a needle of three or more characters (or two with Han) takes the shortest posting list
 *   among its n-grams as candidates: any key containing the needle contains all its n-grams.
 *   Shorter needles fall back to scoring every node.
 *
 * Edits do not touch the index: the overlay passes the nodes it changed (scored directly) and
 * the numbers whose indexed entries are stale (skipped).
 */
import type { GraphNode, NodeKind } from '../../domain/model';
import { NODE_KINDS } from '../../domain/model';
import { compareStrings } from '../semantics/order';
import { scoreKeys, searchKeysMaker, searchNeedles } from '../semantics/search';

const BUCKETS = 1 << 20;
const HAN = /\p{Script=Han}/u;

export type KeysOf = (node: Pick<GraphNode, 'id' | 'name' | 'nameEn' | 'aliases'>) => string[];
type Indexed = Pick<GraphNode, 'id' | 'kind' | 'name' | 'nameEn' | 'aliases'>;

/** Nodes changed by edits since the index was built: scored on their own. */
export interface SearchOverlay {
  /** Node numbers whose indexed entries no longer hold (changed or removed). */
  stale: ReadonlySet<number>;
  /** The changed nodes that are live, with their keys. */
  fresh: ReadonlyMap<number, { node: Indexed; keys: string[] }>;
}

/** Ranks and their n-gram posting lists, in compressed-row form (offsets + one Int32Array). */
export interface PostingLists {
  offsets: Int32Array;
  ranks: Int32Array;
}

class Postings implements PostingLists {
  constructor(
    private readonly grammer: (key: string, out: Int32Array, at: number) => number,
    readonly offsets: Int32Array,
    readonly ranks: Int32Array,
  ) {}

  /**
   * One pass over the keys (entries in rank order) collects each entry's distinct n-grams into
   * `scratch`; a counting sort of those then gives lists sorted by rank and free of repeats.
   */
  static build(
    grammer: (key: string, out: Int32Array, at: number) => number,
    keys: readonly (readonly string[])[],
    scratch: Int32Array,
  ): Postings {
    const offsets = new Int32Array(BUCKETS + 1);
    const last = new Int32Array(BUCKETS).fill(-1);
    const ends = new Int32Array(keys.length);
    let count = 0;
    for (let rank = 0; rank < keys.length; rank++) {
      const from = count;
      let end = from;
      for (const key of keys[rank] as string[]) end = grammer(key, scratch, end);
      for (let i = from; i < end; i++) {
        const h = scratch[i] as number;
        if (last[h] === rank) continue;
        last[h] = rank;
        scratch[count++] = h;
        offsets[h + 1] = (offsets[h + 1] as number) + 1;
      }
      ends[rank] = count;
    }
    for (let h = 0; h < BUCKETS; h++) offsets[h + 1] = (offsets[h + 1] as number) + (offsets[h] as number);
    const ranks = new Int32Array(count);
    const fill = last;
    fill.set(offsets.subarray(0, BUCKETS));
    let i = 0;
    for (let rank = 0; rank < keys.length; rank++) {
      for (const end = ends[rank] as number; i < end; i++) ranks[(fill[scratch[i] as number] as number)++] = rank;
    }
    return new Postings(grammer, offsets, ranks);
  }

  /** The shortest posting list among the needle's n-grams (null: the needle has none). */
  shortest(needle: string): Int32Array | null {
    const hashes = new Int32Array(needle.length);
    const count = this.grammer(needle, hashes, 0);
    let best: Int32Array | null = null;
    for (let i = 0; i < count; i++) {
      const h = hashes[i] as number;
      const list = this.ranks.subarray(this.offsets[h], this.offsets[h + 1]);
      if (!best || list.length < best.length) best = list;
    }
    return best;
  }
}

// FNV-1a over two or three UTF-16 codes, folded to a bucket.
const SEED = 0x811c9dc5;
const step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const fold = (h: number) => (h ^ (h >>> 15)) & (BUCKETS - 1);
function trigrams(key: string, out: Int32Array, at: number): number {
  for (let i = 0; i + 2 < key.length; i++)
    out[at++] = fold(step(step(step(SEED, key.charCodeAt(i)), key.charCodeAt(i + 1)), key.charCodeAt(i + 2)));
  return at;
}
function hanBigrams(key: string, out: Int32Array, at: number): number {
  if (!HAN.test(key)) return at;
  for (let i = 0; i + 1 < key.length; i++) out[at++] = fold(step(step(SEED, key.charCodeAt(i)), key.charCodeAt(i + 1)));
  return at;
}

interface Hit {
  score: number;
  /** The indexed rank, or -1 for a node of the overlay. */
  rank: number;
  u: number;
}

/** What a search index is made of (what a snapshot stores). */
export interface SearchParts {
  /** Rank → node number; ranks follow (name length, id). */
  byRank: Int32Array;
  /** Rank → bit of the node's kind. */
  kindBits: Uint8Array;
  /** Rank → the node's search keys. */
  keys: string[][];
  tri: PostingLists;
  bi: PostingLists;
}

export class SearchIndex {
  private readonly byRank: Int32Array;
  private readonly kindBits: Uint8Array;
  private readonly keys: string[][];
  private readonly tri: Postings;
  private readonly bi: Postings;

  /** `nodes` by number, as the graph numbers them. */
  constructor(
    private readonly nodes: readonly Indexed[],
    parts: SearchParts,
  ) {
    this.byRank = parts.byRank;
    this.kindBits = parts.kindBits;
    this.keys = parts.keys;
    this.tri = new Postings(trigrams, parts.tri.offsets, parts.tri.ranks);
    this.bi = new Postings(hanBigrams, parts.bi.offsets, parts.bi.ranks);
  }

  /**
   * The index of `nodes` by number, numbered in id order (as a built graph is); `keysOf` may
   * reuse keys worked out before.
   */
  static build(nodes: readonly Indexed[], keysOf: KeysOf = searchKeysMaker()): SearchIndex {
    const n = nodes.length;
    // (name length, id) as one number: numbers follow id order.
    const order = new Float64Array(n);
    for (let u = 0; u < n; u++) order[u] = (nodes[u] as Indexed).name.length * n + u;
    order.sort();
    const byRank = Int32Array.from(order, (key) => key % n);
    const kindBits = new Uint8Array(n);
    const keys = new Array<string[]>(n);
    let bound = 0;
    for (let rank = 0; rank < n; rank++) {
      const node = nodes[byRank[rank] as number] as Indexed;
      const list = keysOf(node);
      keys[rank] = list;
      kindBits[rank] = 1 << NODE_KINDS.indexOf(node.kind);
      for (const key of list) bound += key.length;
    }
    // One scratch for both (an entry has fewer n-grams than characters in its keys).
    const scratch = new Int32Array(bound);
    const tri = Postings.build(trigrams, keys, scratch);
    const bi = Postings.build(hanBigrams, keys, scratch);
    return new SearchIndex(nodes, { byRank, kindBits, keys, tri, bi });
  }

  parts(): SearchParts {
    const { byRank, kindBits, keys, tri, bi } = this;
    return { byRank, kindBits, keys, tri, bi };
  }

  /** The keys worked out for each node number (to build the next index without redoing them). */
  keysByNumber(): Map<number, string[]> {
    const out = new Map<number, string[]>();
    for (let rank = 0; rank < this.byRank.length; rank++)
      out.set(this.byRank[rank] as number, this.keys[rank] as string[]);
    return out;
  }

  /** Numbers of the best `first` matches, as `compareHits` orders them. */
  search(text: string, kinds: readonly NodeKind[] | null, first: number, overlay?: SearchOverlay): number[] {
    const needles = searchNeedles(text);
    if (needles.length === 0) return [];
    let mask = 0;
    for (const k of kinds ?? NODE_KINDS) mask |= 1 << NODE_KINDS.indexOf(k);
    const stale = overlay && overlay.stale.size > 0 ? overlay.stale : null;
    const hits: Hit[] = [];
    const consider = (rank: number) => {
      if (((this.kindBits[rank] as number) & mask) === 0) return;
      const u = this.byRank[rank] as number;
      if (stale?.has(u)) return;
      const score = scoreKeys(this.keys[rank] as string[], needles);
      if (score > 0) hits.push({ score, rank, u });
    };
    const lists = needles.map((n) =>
      n.length >= 3 ? this.tri.shortest(n) : n.length === 2 && HAN.test(n) ? this.bi.shortest(n) : null,
    );
    if (lists.every((l) => l !== null)) {
      const candidates =
        lists.length === 1 ? (lists[0] as Int32Array) : new Set(lists.flatMap((l) => [...(l as Int32Array)]));
      for (const rank of candidates) consider(rank);
    } else {
      for (let rank = 0; rank < this.byRank.length; rank++) consider(rank);
    }
    if (overlay) {
      for (const [u, { node, keys }] of overlay.fresh) {
        if ((mask & (1 << NODE_KINDS.indexOf(node.kind))) === 0) continue;
        const score = scoreKeys(keys, needles);
        if (score > 0) hits.push({ score, rank: -1, u });
      }
    }
    const nodeOf = (h: Hit) => (h.rank < 0 ? (overlay?.fresh.get(h.u)?.node as Indexed) : (this.nodes[h.u] as Indexed));
    // Rank already encodes (name length, id), the rest of compareHits; overlay nodes compare by them.
    hits.sort((a, b) => {
      if (a.score !== b.score) return b.score - a.score;
      if (a.rank >= 0 && b.rank >= 0) return a.rank - b.rank;
      const x = nodeOf(a);
      const y = nodeOf(b);
      return x.name.length - y.name.length || compareStrings(x.id, y.id);
    });
    return hits.slice(0, first).map((h) => h.u);
  }
}
