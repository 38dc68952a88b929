/** The indicators dashboard's model: figures sorted into sections by measure and unit, actuals beside targets. */
import { describe, expect, it } from 'vitest';
import { baseKey, dashboardSections, type Figure, figureText, periodLabel } from '../../client/src/lib/dashboard';

const f = (
  key: string,
  kind: Figure['kind'],
  measure: Figure['measure'],
  period: string,
  value: number,
  unit = '亿元',
  extra: Partial<Figure> = {},
): Figure => ({
  key,
  name: key,
  nameEn: key,
  year: Number(period.slice(-4)),
  value,
  unit,
  kind,
  measure,
  period,
  ...extra,
});

describe('dashboard sections', () => {
  const figures = [
    f('gdp-2005', 'ACTUAL', 'LEVEL', '2005', 201),
    f('gdp-2010', 'TARGET', 'LEVEL', '2010', 461),
    f('gdp-growth-2001-2005', 'ACTUAL', 'GROWTH', '2001-2005', 31, '%'),
    f('gdp-growth-2006-2010', 'TARGET', 'GROWTH', '2006-2010', 25.5, '%'),
    f('fdi-2005', 'ACTUAL', 'LEVEL', '2005', 1.9, '亿美元'),
    f('share-2010', 'TARGET', 'SHARE', '2010', 60, '%', { valueMax: 70 }),
    f('approvals-2001', 'ACTUAL', 'LEVEL', '2001', 110, '项'),
    f('approvals-2005', 'ACTUAL', 'LEVEL', '2005', 10, '项'),
  ];

  it('pairs an actual with its target by key, never mixes units or measures, and keeps a second actual apart', () => {
    const s = dashboardSections(figures, 'zh');
    // By measure, then the section with most rows first.
    expect(s.map((x) => `${x.measure} ${x.unit}`)).toEqual([
      'LEVEL 项',
      'LEVEL 亿元',
      'LEVEL 亿美元',
      'GROWTH %',
      'SHARE %',
    ]);
    const gdp = s[1]?.rows[0];
    expect([gdp?.actual?.value, gdp?.target?.value]).toEqual([201, 461]);
    expect(gdp?.impliedGrowth).toBe(18.1);
    expect(s[0]?.rows.map((r) => r.actual?.key)).toEqual(['approvals-2001', 'approvals-2005']);
    expect(s[3]?.rows[0]?.impliedGrowth).toBeNull();
  });

  it('names periods and kinds, and writes ranges', () => {
    expect(periodLabel({ period: '2001-2005', year: 2005, kind: 'ACTUAL' }, 'zh')).toBe('十五（2001–2005） 实际');
    expect(periodLabel({ period: '2010', year: 2010, kind: 'TARGET' }, 'en')).toBe('2010 Target');
    expect(figureText({ value: 60, valueMax: 70, unit: '%' })).toBe('60–70 %');
    expect(figureText({ value: 1780, unit: '亿元' })).toBe('1,780 亿元');
    expect(baseKey('utilized-fdi-total-2006-2010')).toBe('utilized-fdi-total');
  });
});
