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
import type { NodeKind } from '../../domain/model';
import { compareStrings } from '../semantics/order';
import { scoreKeys, searchNeedles } from '../semantics/search';

const BUCKETS = 1 << 20;
const HAN = /\p{Script=Han}/u;

interface Entry {
  id: string;
  kind: NodeKind;
  name: string;
  keys: string[];
}

/** Ranks and their n-gram posting lists, in compressed-row form (offsets + one Int32Array). */
class Postings {
  private readonly offsets = new Int32Array(BUCKETS + 1);
  private ranks = new Int32Array(0);

  constructor(private readonly grams: (key: string, emit: (h: number) => void) => void) {}

  build(entries: readonly Entry[]): void {
    const last = new Int32Array(BUCKETS).fill(-1);
    // Two passes (count, then fill) keep the lists sorted by rank and free of repeats.
    for (const pass of [0, 1]) {
      last.fill(-1);
      const fill = pass === 1 ? this.offsets.slice(0, BUCKETS) : null;
      entries.forEach((e, rank) => {
        for (const key of e.keys) {
          this.grams(key, (h) => {
            if (last[h] === rank) return;
            last[h] = rank;
            if (fill) this.ranks[(fill[h] as number)++] = rank;
            else this.offsets[h + 1] = (this.offsets[h + 1] as number) + 1;
          });
        }
      });
      if (pass === 0) {
        for (let h = 0; h < BUCKETS; h++)
          this.offsets[h + 1] = (this.offsets[h + 1] as number) + (this.offsets[h] as number);
        this.ranks = new Int32Array(this.offsets[BUCKETS] as number);
      }
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

const hash = (...codes: number[]) => {
  let h = 0x811c9dc5;
  for (const c of codes) h = Math.imul(h ^ c, 0x01000193);
  return (h ^ (h >>> 15)) & (BUCKETS - 1);
};
const trigrams = (key: string, emit: (h: number) => void) => {
  for (let i = 0; i + 2 < key.length; i++) emit(hash(key.charCodeAt(i), key.charCodeAt(i + 1), key.charCodeAt(i + 2)));
};
const hanBigrams = (key: string, emit: (h: number) => void) => {
  if (!HAN.test(key)) return;
  for (let i = 0; i + 1 < key.length; i++) emit(hash(key.charCodeAt(i), key.charCodeAt(i + 1)));
};

export class SearchIndex {
  private readonly entries: Entry[];
  private readonly tri = new Postings(trigrams);
  private readonly bi = new Postings(hanBigrams);

  constructor(entries: Entry[]) {
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
