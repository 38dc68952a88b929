/**
 * The view state that a shared link carries, and its encoding in the URL hash.
 *
 * Only values that differ from the defaults are written, so a fresh view has an empty hash and
 * links stay short. Decoding never throws: unknown or malformed values fall back to defaults,
 * because a link may have been hand-edited or written by an older version.
 */
import { defaultFilters, type FilterState } from './filters';
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

export const TABS = ['explore', 'paths', 'partners', 'gaps'] as const;
export type Tab = (typeof TABS)[number];
export const MAX_HOPS = 6;

export interface ViewState {
  lang: Lang;
  tab: Tab;
  selected: string | null;
  /** Nodes whose neighbourhood the user expanded, in order. */
  expanded: string[];
  /** Product whose supply chain replaces the overview. */
  chain: string | null;
  filters: FilterState;
  paths: { from: string | null; to: string | null; lens: Lens; maxHops: number; index: number };
  partners: { product: string | null; row: number | null };
  gaps: {
    kind: GapKind | null;
    severity: Severity | null;
    cluster: string | null;
    zone: string | null;
    gap: string | null;
  };
}

export function defaultViewState(): ViewState {
  return {
    lang: 'zh',
    tab: 'explore',
    selected: null,
    expanded: [],
    chain: null,
    filters: defaultFilters(),
    paths: { from: null, to: null, lens: 'ALL', maxHops: 4, index: 0 },
    partners: { product: null, row: null },
    gaps: { kind: null, severity: null, cluster: null, zone: null, gap: null },
  };
}

const list = (v: readonly string[]) => v.join(',');
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function encodeViewState(s: ViewState): string {
  const d = defaultViewState();
  const p = new URLSearchParams();
  const put = (k: string, v: string | number | null, dv: string | number | null) => {
    if (v !== null && v !== dv) p.set(k, String(v));
  };
  put('lang', s.lang, d.lang);
  put('tab', s.tab, d.tab);
  put('sel', s.selected, null);
  if (s.expanded.length) p.set('exp', list(s.expanded));
  put('chain', s.chain, null);
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
  put('product', s.partners.product, null);
  put('row', s.partners.row, null);
  put('gkind', s.gaps.kind, null);
  put('gsev', s.gaps.severity, null);
  put('gcluster', s.gaps.cluster, null);
  put('gzone', s.gaps.zone, null);
  put('gap', s.gaps.gap, null);
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

export function decodeViewState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const d = defaultViewState();
  const row = p.get('row');
  return {
    lang: oneOf(['zh', 'en'] as const, p.get('lang'), d.lang),
    tab: oneOf(TABS, p.get('tab'), d.tab),
    selected: p.get('sel') || null,
    expanded: ids(p.get('exp')),
    chain: p.get('chain') || null,
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
    },
    partners: { product: p.get('product') || null, row: row === null ? null : int(row, 0, 99, 0) },
    gaps: {
      kind: oneOf(GAP_KINDS, p.get('gkind'), null),
      severity: oneOf(SEVERITIES, p.get('gsev'), null),
      cluster: p.get('gcluster') || null,
      zone: p.get('gzone') || null,
      gap: p.get('gap') || null,
    },
  };
}
