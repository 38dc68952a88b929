/**
 * The view state — everything a shared link, the browser history and undo carry — and its
 * encoding in the URL hash.
 *
 * The panels' settings are readable parameters, written only where they differ from the
 * defaults; the scene (nodes on the canvas and their positions) is one compressed parameter `v`
 * (sceneCodec.ts). Decoding never throws: unknown or malformed values fall back to defaults,
 * because a link may have been hand-edited or written by an older version (whose `exp` and
 * `chain` parameters are still read).
 */
import { defaultFilters, type FilterState } from './filters';
import { emptyScene, type Scene } from './scene';
import {
  CLUSTER_TIERS,
  GAP_KINDS,
  type GapKind,
  type Lang,
  LENSES,
  type Lens,
  NODE_KINDS,
  REL_TYPES,
  SEVERITIES,
  type Severity,
  STATUSES,
} from './types';

export const TABS = ['explore', 'list', 'paths', 'partners', 'gaps', 'indicators'] as const;
export type Tab = (typeof TABS)[number];
export const MAX_HOPS = 6;

/** How node size is chosen: fixed by kind, by degree, or by one indicator (its key). */
export type SizeRule = 'kind' | 'degree' | `indicator:${string}`;

export interface ViewState {
  lang: Lang;
  tab: Tab;
  /** The node or relationship the details panel shows. */
  selected: string | null;
  /** Nodes selected together (shift-click, the list): what hide, keep-only and pin act on. */
  selection: string[];
  filters: FilterState;
  paths: {
    from: string | null;
    to: string | null;
    lens: Lens;
    maxHops: number;
    index: number;
    /** Leave out hubs: no stop on a path with more relationships than this. */
    maxDegree: number | null;
  };
  partners: { product: string | null; row: number | null };
  gaps: {
    kind: GapKind | null;
    severity: Severity | null;
    cluster: string | null;
    zone: string | null;
    gap: string | null;
  };
  sizeBy: SizeRule;
  /** The zone or cluster the indicators dashboard shows (null: the home zone, the first with most figures). */
  indicators: { subject: string | null };
  scene: Scene;
}

export function defaultViewState(): ViewState {
  return {
    lang: 'zh',
    tab: 'explore',
    selected: null,
    selection: [],
    filters: defaultFilters(),
    paths: { from: null, to: null, lens: 'ALL', maxHops: 4, index: 0, maxDegree: null },
    partners: { product: null, row: null },
    gaps: { kind: null, severity: null, cluster: null, zone: null, gap: null },
    sizeBy: 'kind',
    indicators: { subject: null },
    scene: emptyScene(),
  };
}

const list = (v: readonly string[]) => v.join(',');
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The hash for `s`; `scene` is the scene's token from sceneCodec (omitted when null). */
export function encodeViewState(s: ViewState, scene: string | null = null): string {
  const d = defaultViewState();
  const p = new URLSearchParams();
  const put = (k: string, v: string | number | null, dv: string | number | null) => {
    if (v !== null && v !== dv) p.set(k, String(v));
  };
  put('lang', s.lang, d.lang);
  put('tab', s.tab, d.tab);
  put('sel', s.selected, null);
  if (s.selection.length) p.set('also', list(s.selection));
  const f = s.filters;
  const df = d.filters;
  if (!sameSet(f.kinds, df.kinds)) p.set('kinds', list(f.kinds));
  if (!sameSet(f.tiers, df.tiers)) p.set('tiers', list(f.tiers));
  if (f.zones.length) p.set('zones', list(f.zones));
  if (!sameSet(f.relTypes, df.relTypes)) p.set('rels', list(f.relTypes));
  if (!sameSet(f.statuses, df.statuses)) p.set('status', list(f.statuses));
  put('from', s.paths.from, null);
  put('to', s.paths.to, null);
  put('lens', s.paths.lens, d.paths.lens);
  put('hops', s.paths.maxHops, d.paths.maxHops);
  put('path', s.paths.index, d.paths.index);
  put('deg', s.paths.maxDegree, null);
  put('product', s.partners.product, null);
  put('row', s.partners.row, null);
  put('gkind', s.gaps.kind, null);
  put('gsev', s.gaps.severity, null);
  put('gcluster', s.gaps.cluster, null);
  put('gzone', s.gaps.zone, null);
  put('gap', s.gaps.gap, null);
  put('size', s.sizeBy, d.sizeBy);
  put('isub', s.indicators.subject, null);
  if (scene) p.set('v', scene);
  const q = p.toString();
  return q ? `#${q}` : '';
}

function oneOf<T extends string>(allowed: readonly T[], v: string | null, fallback: T): T;
function oneOf<T extends string>(allowed: readonly T[], v: string | null, fallback: null): T | null;
function oneOf<T extends string>(allowed: readonly T[], v: string | null, fallback: T | null): T | null {
  return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

function someOf<T extends string>(allowed: readonly T[], v: string | null, fallback: T[]): T[] {
  if (v === null) return fallback;
  return v.split(',').filter((x): x is T => (allowed as readonly string[]).includes(x));
}

function ids(v: string | null): string[] {
  return v ? v.split(',').filter((x) => x.length > 0) : [];
}

function int(v: string | null, min: number, max: number, fallback: number): number {
  const n = v === null ? Number.NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

function sizeRule(v: string | null): SizeRule {
  if (v === 'degree') return v;
  if (v?.startsWith('indicator:') && /^indicator:[a-z0-9-]+$/.test(v)) return v as SizeRule;
  return 'kind';
}

const params = (hash: string) => new URLSearchParams(hash.replace(/^#/, ''));

/** The scene's token (`v`), when the link has one. */
export function sceneToken(hash: string): string | null {
  return params(hash).get('v') || null;
}

/** What a link of an older version says instead of a scene: the product chain and the expands. */
export function legacyScene(hash: string): { chain: string | null; expanded: string[] } {
  const p = params(hash);
  return { chain: p.get('chain') || null, expanded: ids(p.get('exp')) };
}

/** The state a hash names, with an empty scene (the scene's token is decoded on its own). */
export function decodeViewState(hash: string): ViewState {
  const p = params(hash);
  const d = defaultViewState();
  const row = p.get('row');
  const deg = p.get('deg');
  const chain = p.get('chain');
  return {
    lang: oneOf(['zh', 'en'] as const, p.get('lang'), d.lang),
    tab: oneOf(TABS, p.get('tab'), d.tab),
    selected: p.get('sel') || null,
    selection: ids(p.get('also')),
    filters: {
      kinds: someOf(NODE_KINDS, p.get('kinds'), d.filters.kinds),
      tiers: someOf(CLUSTER_TIERS, p.get('tiers'), d.filters.tiers),
      zones: ids(p.get('zones')),
      relTypes: someOf(REL_TYPES, p.get('rels'), d.filters.relTypes),
      statuses: someOf(STATUSES, p.get('status'), d.filters.statuses),
    },
    paths: {
      from: p.get('from') || null,
      to: p.get('to') || null,
      lens: oneOf(LENSES, p.get('lens'), d.paths.lens),
      maxHops: int(p.get('hops'), 1, MAX_HOPS, d.paths.maxHops),
      index: int(p.get('path'), 0, 99, 0),
      maxDegree: deg === null ? null : int(deg, 1, 1_000_000, 50),
    },
    partners: { product: p.get('product') || null, row: row === null ? null : int(row, 0, 99, 0) },
    gaps: {
      kind: oneOf(GAP_KINDS, p.get('gkind'), null),
      severity: oneOf(SEVERITIES, p.get('gsev'), null),
      cluster: p.get('gcluster') || null,
      zone: p.get('gzone') || null,
      gap: p.get('gap') || null,
    },
    sizeBy: sizeRule(p.get('size')),
    indicators: { subject: p.get('isub') || null },
    scene: emptyScene(chain ? { kind: 'chain', productId: chain } : { kind: 'overview' }),
  };
}
