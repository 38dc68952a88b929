/**
 * Indicator values state what they measure and when: `measure` and `period` are required, the
 * period ends in `year`, and a range runs upwards. On the Harbin data no two values of one
 * dashboard group share a period and kind (the 累计利用外资 shown twice as "2005 实际").
 */
import { describe, expect, it } from 'vitest';
import { dashboardSections } from '../../client/src/lib/dashboard';
import { parseDataset } from '../../server/dataset';
import { DatasetError } from '../../server/domain/errors';
import { harbin } from '../support/fixtures';

function fieldsRefused(indicator: Record<string, unknown>): string[] {
  const zone = {
    id: 'zone:z',
    kind: 'ZONE',
    name: '区',
    nameEn: 'Z',
    zoneKind: 'DEVELOPMENT_ZONE',
    sources: [{ quote: 'q', section: 's' }],
    indicators: [
      {
        key: 'gdp-2005',
        name: '生产总值',
        nameEn: 'GDP',
        year: 2005,
        value: 201,
        unit: '亿元',
        kind: 'ACTUAL',
        measure: 'LEVEL',
        period: '2005',
        sources: [{ quote: 'q', section: 's' }],
        ...indicator,
      },
    ],
  };
  try {
    parseDataset(JSON.stringify({ nodes: [zone], edges: [] }), 'i.json');
  } catch (err) {
    expect(err).toBeInstanceOf(DatasetError);
    return (err as DatasetError).issues.map((i) => i.field ?? '');
  }
  return [];
}

describe('indicator values', () => {
  it('accept a year or a span ending in `year`', () => {
    expect(fieldsRefused({})).toEqual([]);
    expect(fieldsRefused({ measure: 'GROWTH', period: '2001-2005' })).toEqual([]);
  });

  it('refuse a value without its measure or period, naming the field', () => {
    expect(fieldsRefused({ measure: undefined })).toEqual(['indicators.0.measure']);
    expect(fieldsRefused({ period: undefined })).toEqual(['indicators.0.period']);
    expect(fieldsRefused({ measure: 'AVERAGE' })).toEqual(['indicators.0.measure']);
  });

  it('refuse a period that does not end in `year`, a backwards span and a range upside down', () => {
    expect(fieldsRefused({ period: '2010' })).toEqual(['indicators.0.period']);
    expect(fieldsRefused({ period: '2005-2005' })).toEqual(['indicators.0.period']);
    expect(fieldsRefused({ period: '05' })).toEqual(['indicators.0.period']);
    expect(fieldsRefused({ value: 70, valueMax: 60 })).toEqual(['indicators.0.valueMax']);
  });

  it('on the Harbin data, put every figure in one dashboard row, a row holding one actual and one target at most', async () => {
    const d = await harbin();
    for (const n of d.nodes) {
      if (!('indicators' in n)) continue;
      const sections = dashboardSections(n.indicators, 'zh');
      const placed = sections.flatMap((s) => s.rows.flatMap((r) => [r.actual, r.target])).filter((f) => f !== null);
      expect(placed.map((f) => f.key).sort(), n.id).toEqual(n.indicators.map((f) => f.key).sort());
      for (const s of sections)
        for (const r of s.rows) {
          expect(r.actual?.kind ?? 'ACTUAL', `${n.id} ${r.key}`).toBe('ACTUAL');
          expect(r.target?.kind ?? 'TARGET', `${n.id} ${r.key}`).toBe('TARGET');
          for (const f of [r.actual, r.target]) if (f) expect([f.measure, f.unit]).toEqual([s.measure, s.unit]);
        }
    }
  });

  it('on the Harbin data, tell 累计利用外资 2001–2005 from 2005’s 实际利用外资 and pair it with the 2010 target', async () => {
    const d = await harbin();
    const hdz = d.nodes.find((n) => n.id === 'zone:hdz');
    const fdi = (hdz && 'indicators' in hdz ? hdz.indicators : [])
      .filter((i) => /^utilized-fdi(-total)?-\d{4}(-\d{4})?$/.test(i.key))
      .map((i) => [i.key, i.kind, i.measure, i.period, i.value]);
    expect(fdi).toEqual([
      ['utilized-fdi-total-2001-2005', 'ACTUAL', 'TOTAL', '2001-2005', 6.7],
      ['utilized-fdi-2005', 'ACTUAL', 'LEVEL', '2005', 1.9],
      ['utilized-fdi-total-2006-2010', 'TARGET', 'TOTAL', '2006-2010', 14],
    ]);
  });
});
