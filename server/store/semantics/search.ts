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
  // Printable ASCII and CJK unified ideographs are their own NFKC form and hold no control or
  // format characters; with single inner spaces only, lower-casing is all that is left to do.
  if (PLAIN.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const PLAIN = /^[!-~\u4e00-\u9fff]+(?: [!-~\u4e00-\u9fff]+)*$/;

/** The same text with spaces and apostrophes removed: `ha fei` and `ha'fei` match `hafei`. */
function compact(text: string): string {
  return text.replace(/[\s'’-]+/g, '');
}

export function searchKeys(node: Pick<GraphNode, 'name' | 'nameEn' | 'aliases'>): string[] {
  return keysOf(node, (label) => labelKeys(label, labelPinyin), englishKeys);
}

/**
 * `searchKeys` for many nodes at once, as a function: identical keys, worked out faster by
 * reusing the keys of labels seen before (names and aliases repeat) and the plain form of
 * syllables (the tone marks are stripped once per distinct syllable rather than by nine regular
 * expressions each time). The caches live as long as the returned function.
 */
export function searchKeysMaker(): (node: Pick<GraphNode, 'name' | 'nameEn' | 'aliases'>) => string[] {
  const labels = new Map<string, readonly string[]>();
  const english = new Map<string, readonly string[]>();
  const syllables = new Map<string, [string, string]>();
  const pinyinOf = (norm: string) => labelPinyin(norm, syllables);
  const cachedLabel = (label: string) => {
    let keys = labels.get(label);
    if (!keys) {
      keys = labelKeys(label, pinyinOf);
      labels.set(label, keys);
    }
    return keys;
  };
  const cachedEnglish = (nameEn: string) => {
    let keys = english.get(nameEn);
    if (!keys) {
      keys = englishKeys(nameEn);
      english.set(nameEn, keys);
    }
    return keys;
  };
  return (node) => keysOf(node, cachedLabel, cachedEnglish);
}

/** A Chinese label's keys: its normalized form and, with Han characters, its full pinyin and initials. */
function labelKeys(label: string, pinyinKeys: (norm: string) => [string, string]): readonly string[] {
  const normalized = normalizeSearchText(label);
  if (!normalized) return [];
  // The label itself when normalizing changes nothing: one string kept, not two equal ones.
  const norm = normalized === label ? label : normalized;
  return HAN.test(norm) ? [norm, ...pinyinKeys(norm)] : [norm];
}

function englishKeys(nameEn: string): readonly string[] {
  const en = normalizeSearchText(nameEn);
  return [en, compact(en)];
}

function keysOf(
  node: Pick<GraphNode, 'name' | 'nameEn' | 'aliases'>,
  label: (label: string) => readonly string[],
  english: (nameEn: string) => readonly string[],
): string[] {
  // Distinct keys in the order first met (a list: there are a handful), the empty key left out.
  const keys: string[] = [];
  const add = (from: readonly string[]) => {
    for (const key of from) if (key !== '' && !keys.includes(key)) keys.push(key);
  };
  add(label(node.name));
  for (const alias of node.aliases) add(label(alias));
  if (node.nameEn) add(english(node.nameEn));
  return keys;
}

const PINYIN_OPTIONS = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;
/** Labels of Han characters and ASCII only: every non-ASCII piece of their pinyin is a syllable. */
const HAN_AND_ASCII = /^[\p{Script=Han}\p{ASCII}]*$/u;

/** The full pinyin and the initials of a normalized label with Han characters. */
function labelPinyin(norm: string, syllables?: Map<string, [string, string]>): [string, string] {
  if (syllables && HAN_AND_ASCII.test(norm)) {
    // Tone marks stripped here rather than by pinyin-pro: for a syllable the result is the same
    // (its `toneType: 'none'` and `v` steps), and ASCII pieces have nothing to strip. Each
    // distinct piece's plain form and initial are worked out once.
    let full = '';
    let initials = '';
    for (const p of pinyin(norm, { type: 'array', nonZh: 'consecutive' })) {
      let plain = syllables.get(p);
      if (plain === undefined) {
        const lower = withoutTone(p).toLowerCase();
        plain = [lower, initialOf(lower)];
        syllables.set(p, plain);
      }
      full += plain[0];
      initials += plain[1];
    }
    return [compact(full), compact(initials)];
  }
  const pieces = pinyin(norm, PINYIN_OPTIONS).map((s) => s.toLowerCase());
  return [compact(pieces.join('')), compact(pieces.map(initialOf).join(''))];
}

/** What a piece of pinyin gives the initials: a syllable its first letter, anything else itself. */
function initialOf(piece: string): string {
  return HAN.test(piece) ? piece : /^[a-z]/.test(piece) ? (piece[0] as string) : piece;
}

/** pinyin-pro's tone stripping (`toneType: 'none'`) followed by its `v: true`. */
function withoutTone(syllable: string): string {
  return syllable
    .replace(/(ā|á|ǎ|à)/g, 'a')
    .replace(/(ō|ó|ǒ|ò)/g, 'o')
    .replace(/(ē|é|ě|è)/g, 'e')
    .replace(/(ī|í|ǐ|ì)/g, 'i')
    .replace(/(ū|ú|ǔ|ù)/g, 'u')
    .replace(/(ǖ|ǘ|ǚ|ǜ)/g, 'ü')
    .replace(/(n̄|ń|ň|ǹ)/g, 'n')
    .replace(/(m̄|ḿ|m̌|m̀)/g, 'm')
    .replace(/(ê̄|ế|ê̌|ề)/g, 'ê')
    .replace(/ü/g, 'v');
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
