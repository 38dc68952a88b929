import { describe, expect, it } from 'vitest';
import { groupIndicators, type Indicator, indicatorChartSvg, measureKey } from '../../client/src/lib/chart';

const ind = (
  key: string,
  year: number,
  value: number,
  kind: Indicator['kind'],
  extra: Partial<Indicator> = {},
): Indicator => ({
  key,
  name: '工业总产值',
  nameEn: 'Industrial output',
  year,
  value,
  unit: '亿元',
  kind,
  ...extra,
});

describe('indicator chart', () => {
  it('pairs 2005 actuals with 2010 targets of the same measure, actual first', () => {
    const groups = groupIndicators(
      [ind('output-2010', 2010, 500, 'TARGET'), ind('output-2005', 2005, 210, 'ACTUAL')],
      'zh',
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]?.items.map((i) => i.kind)).toEqual(['ACTUAL', 'TARGET']);
    expect(groups[0]?.label).toBe('工业总产值');
  });

  it('strips the indicator’s own year or period from the key, never a base year', () => {
    expect(measureKey({ key: 'gdp-2005', year: 2005, unit: '亿元' })).toBe('gdp|亿元');
    expect(measureKey({ key: 'incubators-2001-2005', year: 2005, unit: '个' })).toBe('incubators|个');
    expect(measureKey({ key: 'gdp-multiple-of-2000', year: 2005, unit: '倍' })).toBe('gdp-multiple-of-2000|倍');
  });

  it('lists measures with an actual and a target first', () => {
    const groups = groupIndicators(
      [ind('tax-2005', 2005, 28, 'ACTUAL'), ind('gdp-2005', 2005, 201, 'ACTUAL'), ind('gdp-2010', 2010, 461, 'TARGET')],
      'zh',
    );
    expect(groups.map((g) => g.key)).toEqual(['gdp|亿元', 'tax|亿元']);
  });

  it('keeps measures with different units apart', () => {
    const groups = groupIndicators(
      [ind('growth', 2005, 30, 'ACTUAL', { unit: '%' }), ind('growth', 2010, 500, 'TARGET')],
      'en',
    );
    expect(groups).toHaveLength(2);
  });

  it('draws one bar per indicator, scaled within its group, with escaped text', () => {
    const svg = indicatorChartSvg(
      [ind('output-2005', 2005, 250, 'ACTUAL'), ind('output-2010', 2010, 500, 'TARGET', { nameEn: 'A<B' })],
      'en',
      280,
    );
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[1]).toBeCloseTo(2 * (widths[0] ?? 0), 1);
    expect(svg).toContain('500亿元');
    expect(svg).toContain('2005 Actual');
    expect(svg).not.toContain('A<B');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('shows ranges and draws nothing without indicators', () => {
    expect(indicatorChartSvg([ind('share', 2010, 60, 'TARGET', { valueMax: 70, unit: '%' })], 'zh')).toContain(
      '60–70%',
    );
    expect(indicatorChartSvg([], 'zh')).toBe('');
  });
});
