/**
 * indicator-series — indicators on one node whose keys differ only in their period (`gdp-2005`,
 * `gdp-2010`) are one series, read side by side: they measure the same thing in the same unit,
 * and no period and kind occurs twice. 累计利用外资 2001–2005 (a total) keyed as
 * `utilized-fdi-2001-2005` beside 实际利用外资 2005 (`utilized-fdi-2005`, a year's level) would
 * show as two "2005 actual" values of one measure.
 */
import type { Indicator } from '../../../domain/model';
import { type Finding, type LintCheck, target } from '../types';

/** The key without its own period (or year) at the end: what a dashboard pairs values by. */
export function seriesOf(ind: Pick<Indicator, 'key' | 'period' | 'year'>): string {
  for (const suffix of [`-${ind.period}`, `-${ind.year}`])
    if (ind.key.endsWith(suffix)) return ind.key.slice(0, -suffix.length);
  return ind.key;
}

export const indicatorSeries: LintCheck = {
  rule: 'indicator-series',
  description: 'indicators keyed as one series share measure and unit, once per period and kind',
  check(ctx) {
    const out: Finding[] = [];
    for (const node of ctx.dataset.nodes) {
      if (!('indicators' in node)) continue;
      const first = new Map<string, Indicator>();
      const seen = new Set<string>();
      node.indicators.forEach((ind, k) => {
        const series = seriesOf(ind);
        const head = first.get(series);
        const slot = `${series}\u0000${ind.kind}\u0000${ind.period}`;
        const at = target.indicator(ctx, node, k, ind.key);
        if (!head) first.set(series, ind);
        else if (head.measure !== ind.measure || head.unit !== ind.unit)
          out.push({
            rule: 'indicator-series',
            target: at,
            message:
              `键 ${ind.key} 与 ${head.key} 同属系列 ${series}，但量度或单位不同（${ind.measure} ${ind.unit} / ${head.measure} ${head.unit}）；不同的量用不同的键` +
              ` (same series as ${head.key} but a different measure or unit; give a different quantity its own key)`,
          });
        if (seen.has(slot))
          out.push({
            rule: 'indicator-series',
            target: at,
            message: `系列 ${series} 在 ${ind.period} ${ind.kind} 出现两次 (the series has two ${ind.kind} values for ${ind.period})`,
          });
        seen.add(slot);
      });
    }
    return out;
  },
};
