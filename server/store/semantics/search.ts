/**
 * Search keys and ranking, shared by both stores so they rank identically.
 *
 * Each node gets lower-cased keys: its Chinese name and aliases, its English name, the full
 * pinyin (哈飞汽车 → hafeiqiche) and the pinyin initials (hfqc) of each Chinese label. A query
 * matches a key exactly (3), as a prefix (2) or as a substring (1); results are ordered by
 * score, then by the shorter name, then by id.
 */
import { pinyin } from 'pinyin-pro';
import type { GraphNode } from '../../domain/model';
import { compareStrings } from './order';

const HAN = /\p{Script=Han}/u;

export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The same text with spaces and apostrophes removed: `ha fei` and `ha'fei` match `hafei`. */
function compact(text: string): string {
  return text.replace(/[\s'’-]+/g, '');
}

export function searchKeys(node: Pick<GraphNode, 'name' | 'nameEn' | 'aliases'>): string[] {
  const keys = new Set<string>();
  for (const label of [node.name, ...node.aliases]) {
    const norm = normalizeSearchText(label);
    if (!norm) continue;
    keys.add(norm);
    if (HAN.test(norm)) {
      const syllables = pinyin(norm, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).map((s) =>
        s.toLowerCase(),
      );
      keys.add(compact(syllables.join('')));
      keys.add(compact(syllables.map((s) => (HAN.test(s) ? s : /^[a-z]/.test(s) ? s[0] : s)).join('')));
    }
  }
  if (node.nameEn) {
    const en = normalizeSearchText(node.nameEn);
    keys.add(en);
    keys.add(compact(en));
  }
  keys.delete('');
  return [...keys];
}

/** 3 exact, 2 prefix, 1 substring, 0 no match. */
export function matchScore(keys: readonly string[], query: string): number {
  return scoreKeys(keys, searchNeedles(query));
}

/** What a query is compared with: its normalized form and, where different, its compact form. */
export function searchNeedles(query: string): string[] {
  const q = normalizeSearchText(query);
  if (!q) return [];
  const qc = compact(q);
  return q === qc ? [q] : [q, qc];
}

/** `matchScore` with the needles worked out once per query rather than once per node. */
export function scoreKeys(keys: readonly string[], needles: readonly string[]): number {
  let best = 0;
  for (const key of keys) {
    for (const needle of needles) {
      if (key === needle) return 3;
      if (key.startsWith(needle)) best = Math.max(best, 2);
      else if (best < 1 && key.includes(needle)) best = 1;
    }
  }
  return best;
}

export interface SearchHit<T> {
  node: T;
  score: number;
}

export function compareHits<T extends { id: string; name: string }>(a: SearchHit<T>, b: SearchHit<T>): number {
  return b.score - a.score || a.node.name.length - b.node.name.length || compareStrings(a.node.id, b.node.id);
}
