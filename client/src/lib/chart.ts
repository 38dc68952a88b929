/**
 * A small inline SVG bar chart of a cluster's or zone's indicators: 2005 actuals beside 2010
 * targets, one group per measure, each group scaled on its own (units differ between groups).
 */

import { xmlEscape } from './exporters';
import { enumLabel } from './i18n';
import type { Indicator as ApiIndicator, Lang } from './types';

/** What a chart reads of an indicator (the API's, or the dataset's, whose optionals may be missing). */
export type Indicator = Pick<ApiIndicator, 'key' | 'name' | 'nameEn' | 'year' | 'value' | 'unit' | 'kind'> & {
  valueMax?: number | null;
  measure?: ApiIndicator['measure'];
  period?: string;
};

export const ACTUAL_COLOR = '#64748b';
export const TARGET_COLOR = '#f2a516';

export interface IndicatorGroup {
  key: string;
  label: string;
  unit: string;
  items: Indicator[];
}

/**
 * The measure an indicator belongs to: its key without the year or period it is for, so
 * `gdp-2005` and `gdp-2010` pair up, while `gdp-multiple-of-2000` (a base year, not the
 * indicator's own) stays its own measure.
 */
export function measureKey(ind: Pick<Indicator, 'key' | 'year' | 'unit'>): string {
  const base = ind.key.replace(/-\d{4}-\d{4}$/, '').replace(new RegExp(`-${ind.year}$`), '');
  return `${base}|${ind.unit}`;
}

/** Groups indicators by measure; measures with both an actual and a target come first. */
export function groupIndicators(indicators: readonly Indicator[], lang: Lang): IndicatorGroup[] {
  const groups = new Map<string, IndicatorGroup>();
  for (const ind of indicators) {
    const key = measureKey(ind);
    const label = lang === 'zh' ? ind.name : ind.nameEn;
    const g = groups.get(key) ?? { key, label, unit: ind.unit, items: [] };
    g.items.push(ind);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    g.items.sort((a, b) => (a.kind === b.kind ? a.year - b.year : a.kind === 'ACTUAL' ? -1 : 1));
  }
  const paired = (g: IndicatorGroup) => new Set(g.items.map((i) => i.kind)).size === 2;
  return [...groups.values()].sort((a, b) => Number(paired(b)) - Number(paired(a)));
}

function formatValue(i: Indicator): string {
  const n = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/0+$/, ''));
  return `${n(i.value)}${i.valueMax != null ? `–${n(i.valueMax)}` : ''}${i.unit}`;
}

export function indicatorChartSvg(indicators: readonly Indicator[], lang: Lang, width = 280): string {
  const groups = groupIndicators(indicators, lang);
  if (groups.length === 0) return '';
  const labelW = 70;
  const barMax = width - labelW - 80;
  const rowH = 16;
  let y = 4;
  const parts: string[] = [];
  for (const g of groups) {
    parts.push(`<text x="0" y="${y + 11}" class="ind-group">${xmlEscape(g.label)}</text>`);
    y += 16;
    const max = Math.max(...g.items.map((i) => Math.abs(i.valueMax ?? i.value)), 1e-9);
    for (const i of g.items) {
      const w = Math.max(2, (Math.abs(i.valueMax ?? i.value) / max) * barMax);
      const color = i.kind === 'ACTUAL' ? ACTUAL_COLOR : TARGET_COLOR;
      const tag = `${i.year} ${enumLabel(lang, i.kind)}`;
      parts.push(
        `<text x="4" y="${y + 11}" class="ind-year">${xmlEscape(tag)}</text>`,
        `<rect x="${labelW}" y="${y + 2}" width="${w.toFixed(1)}" height="${rowH - 5}" rx="2" fill="${color}"><title>${xmlEscape(`${g.label} ${tag}: ${formatValue(i)}`)}</title></rect>`,
        `<text x="${(labelW + w + 4).toFixed(1)}" y="${y + 11}" class="ind-value">${xmlEscape(formatValue(i))}</text>`,
      );
      y += rowH;
    }
    y += 4;
  }
  const title = lang === 'zh' ? '指标图' : 'Indicator chart';
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" class="ind-chart" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}">${parts.join('')}</svg>`;
}
