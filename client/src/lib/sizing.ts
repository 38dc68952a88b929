/**
 * Node size by a styling rule: by kind (the default), by degree, or by one indicator. Sizes are
 * data on each element (`size`), read by the stylesheet and by placement, so what is drawn and
 * what is laid out always agree. Scales are square-root, so areas are proportional.
 */
import { KIND_STYLE } from './theme';
import type { ApiNode } from './types';
import type { SizeRule } from './urlState';

export const MIN_SIZE = 22;
export const MAX_SIZE = 72;

export interface SizeScale {
  rule: SizeRule;
  /** The largest value among the nodes sized (degree or indicator value). */
  max: number;
}

/** The indicator key of a rule, or null. */
export function indicatorKey(rule: SizeRule): string | null {
  return rule.startsWith('indicator:') ? rule.slice('indicator:'.length) : null;
}

function value(n: ApiNode, rule: SizeRule): number | null {
  if (rule === 'degree') return n.degree ?? null;
  const key = indicatorKey(rule);
  if (!key) return null;
  return n.indicators?.find((i) => i.key === key)?.value ?? null;
}

export function sizeScale(nodes: readonly ApiNode[], rule: SizeRule): SizeScale {
  let max = 0;
  if (rule !== 'kind') for (const n of nodes) max = Math.max(max, value(n, rule) ?? 0);
  return { rule, max };
}

/** The node's size under the scale: nodes without the value keep their kind's size. */
export function nodeSize(n: ApiNode, scale: SizeScale): number {
  const base = KIND_STYLE[n.kind].size;
  if (scale.rule === 'kind' || scale.max <= 0) return base;
  const v = value(n, scale.rule);
  if (v === null || v < 0) return base;
  return Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(v / scale.max));
}

/** The indicators the nodes carry, one per key (what the size select offers), by key. */
export function indicatorChoices(nodes: readonly ApiNode[]): { key: string; name: string; nameEn: string }[] {
  const seen = new Map<string, { key: string; name: string; nameEn: string }>();
  for (const n of nodes) for (const i of n.indicators ?? []) if (!seen.has(i.key)) seen.set(i.key, i);
  return [...seen.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}
