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
 */
import type { GraphNode, NodeKind } from '../../domain/model';
import { compareStrings } from '../semantics/order';
import { scoreKeys, searchKeysMaker, searchNeedles } from '../semantics/search';

const BUCKETS = 1 << 20;
const HAN = /\p{Script=Han}/u;

interface Entry {
  id: string;
  kind: NodeKind;
  name: string;
  keys: string[];
}

/** A node as the index is given it: the labels its keys are made from. */
export interface IndexedNode {
  id: string;
  kind: NodeKind;
  name: string;
  labels: Pick<GraphNode, 'name' | 'nameEn' | 'aliases'>;
}

/** Ranks and their n-gram posting lists, in compressed-row form (offsets + one Int32Array). */
class Postings {
  private readonly offsets = new Int32Array(BUCKETS + 1);
  private ranks = new Int32Array(0);

  constructor(private readonly grams: (key: string, emit: (h: number) => void) => void) {}

  build(entries: readonly Entry[]): void {
    // One pass over the keys collects each entry's distinct n-grams (entries in rank order);
    // a counting sort of those then gives lists sorted by rank and free of repeats.
    let bound = 0;
    for (const e of entries) for (const key of e.keys) bound += key.length;
    const grams = new Int32Array(bound);
    const ends = new Int32Array(entries.length);
    const last = new Int32Array(BUCKETS).fill(-1);
    let count = 0;
    for (let rank = 0; rank < entries.length; rank++) {
      for (const key of (entries[rank] as Entry).keys) {
        this.grams(key, (h) => {
          if (last[h] === rank) return;
          last[h] = rank;
          grams[count++] = h;
        });
      }
      ends[rank] = count;
    }
    const offsets = this.offsets;
    for (let i = 0; i < count; i++) {
      const h = grams[i] as number;
      offsets[h + 1] = (offsets[h + 1] as number) + 1;
    }
    for (let h = 0; h < BUCKETS; h++) offsets[h + 1] = (offsets[h + 1] as number) + (offsets[h] as number);
    this.ranks = new Int32Array(count);
    const fill = offsets.slice(0, BUCKETS);
    let i = 0;
    for (let rank = 0; rank < entries.length; rank++) {
      for (const end = ends[rank] as number; i < end; i++) this.ranks[(fill[grams[i] as number] as number)++] = rank;
    }
  }

  /** The shortest posting list among the needle's n-grams (null: the needle has none). */
  shortest(needle: string): Int32Array | null {
    let best: Int32Array | null = null;
    this.grams(needle, (h) => {
      const list = this.ranks.subarray(this.offsets[h], this.offsets[h + 1]);
      if (!best || list.length < best.length) best = list;
    });
    return best;
  }
}

// FNV-1a over two or three UTF-16 codes, folded to a bucket.
const step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const fold = (h: number) => (h ^ (h >>> 15)) & (BUCKETS - 1);
const trigrams = (key: string, emit: (h: number) => void) => {
  for (let i = 0; i + 2 < key.length; i++)
    emit(fold(step(step(step(0x811c9dc5, key.charCodeAt(i)), key.charCodeAt(i + 1)), key.charCodeAt(i + 2))));
};
const hanBigrams = (key: string, emit: (h: number) => void) => {
  if (!HAN.test(key)) return;
  for (let i = 0; i + 1 < key.length; i++) emit(fold(step(step(0x811c9dc5, key.charCodeAt(i)), key.charCodeAt(i + 1))));
};

export class SearchIndex {
  private readonly entries: Entry[];
  private readonly tri = new Postings(trigrams);
  private readonly bi = new Postings(hanBigrams);

  constructor(nodes: IndexedNode[]) {
    const keysOf = searchKeysMaker();
    const entries: Entry[] = nodes.map((n) => ({ id: n.id, kind: n.kind, name: n.name, keys: keysOf(n.labels) }));
    this.entries = entries.sort((a, b) => a.name.length - b.name.length || compareStrings(a.id, b.id));
    this.tri.build(this.entries);
    this.bi.build(this.entries);
  }

  /** Ids of the best `first` matches, as `compareHits` orders them. */
  search(text: string, kinds: readonly NodeKind[] | null, first: number): string[] {
    const needles = searchNeedles(text);
    if (needles.length === 0) return [];
    const hits: { rank: number; score: number }[] = [];
    const consider = (rank: number) => {
      const e = this.entries[rank] as Entry;
      if (kinds && !kinds.includes(e.kind)) return;
      const score = scoreKeys(e.keys, needles);
      if (score > 0) hits.push({ rank, score });
    };
    const lists = needles.map((n) =>
      n.length >= 3 ? this.tri.shortest(n) : n.length === 2 && HAN.test(n) ? this.bi.shortest(n) : null,
    );
    if (lists.every((l) => l !== null)) {
      const candidates =
        lists.length === 1 ? (lists[0] as Int32Array) : new Set(lists.flatMap((l) => [...(l as Int32Array)]));
      for (const rank of candidates) consider(rank);
    } else {
      for (let rank = 0; rank < this.entries.length; rank++) consider(rank);
    }
    // Rank already encodes (name length, id): the rest of compareHits.
    hits.sort((a, b) => b.score - a.score || a.rank - b.rank);
    return hits.slice(0, first).map((h) => (this.entries[h.rank] as Entry).id);
  }
}
