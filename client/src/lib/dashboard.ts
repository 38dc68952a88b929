/**
 * The indicators dashboard's model: a zone's or cluster's indicator values sorted into what a
 * report shows side by side — levels (2005 actual beside the 2010 target, with the yearly growth
 * the pair implies), growth rates (十五 actual beside 十一五 target), totals over a period, shares,
 * multiples, changes and ranks — each value labelled with its period and its kind, so nothing is
 * guessed and no two values share a label. Pure: tested in Node against the Harbin data.
 */
import { t } from './i18n';
import type { Indicator as ApiIndicator, Lang, Source } from './types';

export const ACTUAL_COLOR = '#64748b';
export const TARGET_COLOR = '#f2a516';

/** What the dashboard reads of an indicator (the API's, or the dataset's, whose optionals may be missing). */
export type Indicator = Pick<ApiIndicator, 'key' | 'name' | 'nameEn' | 'year' | 'value' | 'unit' | 'kind'> & {
  valueMax?: number | null;
  measure?: ApiIndicator['measure'];
  period?: string;
};

export type Measure = NonNullable<Indicator['measure']>;
export const MEASURE_ORDER: Measure[] = ['LEVEL', 'GROWTH', 'TOTAL', 'SHARE', 'MULTIPLE', 'CHANGE', 'RANK'];

export type Figure = Indicator & {
  sources?: readonly (Omit<Source, 'note'> & { note?: string | null })[];
};

/** One row of a section: a measure's actual and its target, where the plan gives both. */
export interface Row {
  /** The indicator key without its year or period: what the actual and the target share. */
  key: string;
  label: string;
  unit: string;
  actual: Figure | null;
  target: Figure | null;
  /** Yearly growth (%) from the actual to the target, for a level with both (e.g. 201 → 461 亿元 in 5 years). */
  impliedGrowth: number | null;
}

export interface Section {
  measure: Measure;
  /** Rows of one unit: a chart never mixes units on one axis. */
  unit: string;
  rows: Row[];
}

/** The key a measure's values share: `gdp-2005` and `gdp-2010` are both `gdp`. */
export function baseKey(key: string): string {
  return key.replace(/-\d{4}-\d{4}$/, '').replace(/-\d{4}$/, '');
}

/** 2005 实际 / 十五（2001–2005）/ 2010 目标 … — a figure's period and kind as a label says them. */
export function periodLabel(f: Pick<Indicator, 'period' | 'year' | 'kind'>, lang: Lang): string {
  const period = f.period ?? String(f.year);
  const named: Record<string, [string, string]> = {
    '2001-2005': ['十五（2001–2005）', '10th FYP (2001–2005)'],
    '2006-2010': ['十一五（2006–2010）', '11th FYP (2006–2010)'],
  };
  const when = named[period]?.[lang === 'zh' ? 0 : 1] ?? period.replace('-', '–');
  return `${when} ${t(lang, f.kind)}`;
}

function measureOf(f: Indicator): Measure {
  return f.measure ?? 'LEVEL';
}

/** The figures sorted into sections, in MEASURE_ORDER, then by unit, rows in the data's order. */
export function dashboardSections(indicators: readonly Figure[], lang: Lang): Section[] {
  const rows = new Map<string, Row & { measure: Measure }>();
  for (const f of indicators) {
    const measure = measureOf(f);
    const id = `${measure}|${f.unit}|${baseKey(f.key)}`;
    const row = rows.get(id) ?? {
      key: baseKey(f.key),
      label: lang === 'zh' ? f.name : f.nameEn,
      unit: f.unit,
      measure,
      actual: null,
      target: null,
      impliedGrowth: null,
    };
    // The first value of a kind wins; a second one of the same kind would be a second row.
    if (f.kind === 'ACTUAL' && !row.actual) row.actual = f;
    else if (f.kind === 'TARGET' && !row.target) row.target = f;
    else {
      rows.set(`${id}|${f.key}`, {
        ...row,
        actual: f.kind === 'ACTUAL' ? f : null,
        target: f.kind === 'TARGET' ? f : null,
      });
      continue;
    }
    rows.set(id, row);
  }
  for (const row of rows.values()) {
    const a = row.actual;
    const b = row.target;
    if (row.measure === 'LEVEL' && a && b && b.year > a.year && a.value > 0)
      row.impliedGrowth = round(((b.value / a.value) ** (1 / (b.year - a.year)) - 1) * 100, 1);
  }
  const sections = new Map<string, Section>();
  for (const row of rows.values()) {
    const id = `${row.measure}|${row.unit}`;
    const section = sections.get(id) ?? { measure: row.measure, unit: row.unit, rows: [] };
    const { measure: _, ...plain } = row;
    section.rows.push(plain);
    sections.set(id, section);
  }
  return [...sections.values()].sort(
    (x, y) => MEASURE_ORDER.indexOf(x.measure) - MEASURE_ORDER.indexOf(y.measure) || y.rows.length - x.rows.length,
  );
}

/** A figure as a report writes it: 201 亿元, 60–70 %, 前 15 名. */
export function figureText(f: Pick<Indicator, 'value' | 'valueMax' | 'unit'>): string {
  const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const value = f.valueMax !== null && f.valueMax !== undefined ? `${n(f.value)}–${n(f.valueMax)}` : n(f.value);
  return `${value} ${f.unit}`;
}

function round(v: number, digits: number): number {
  const p = 10 ** digits;
  return Math.round(v * p) / p;
}
