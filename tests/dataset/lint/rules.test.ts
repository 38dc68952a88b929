/**
 * Each lint rule on a small dataset that makes it fire, and on the nearest one that does not.
 * Findings are checked by rule and element, never by message text.
 */
import { describe, expect, it } from 'vitest';
import { LINT_CHECKS } from '../../../server/dataset';
import { seriesOf } from '../../../server/dataset/lint/rules/indicator-series';
import { LINT_RULES } from '../../../server/domain/model';
import { edge, implied, indicator, lint, node, rulesOf, src } from './fixtures';

const park = node('zone:auto-park', '汽车工业园');
const zone = node('zone:hdz', '哈尔滨开发区', { aliases: ['开发区'], zoneKind: 'DEVELOPMENT_ZONE' });

describe('the rule registry', () => {
  it('has one check per rule name an ack may use, each under its own name', () => {
    expect(Object.keys(LINT_CHECKS)).toEqual([...LINT_RULES]);
    for (const [name, check] of Object.entries(LINT_CHECKS)) expect(check.rule).toBe(name);
  });
});

describe('stated-names-end', () => {
  const nodes = [park, zone];
  it('fires on a stated quote that names neither end, pointing at that source', () => {
    const r = lint(nodes, [edge('PART_OF', 'zone:auto-park', 'zone:hdz', [src('合作园区要广泛延伸')])]);
    expect(rulesOf(r)).toEqual(['stated-names-end zone:auto-park-[PART_OF]->zone:hdz']);
    expect(r.warnings[0]?.path).toEqual(['edges', 0, 'sources', 0]);
    expect(r.lines[0]).toBeGreaterThan(1);
  });
  it('is satisfied by a name or an alias in the quote, or by the section', () => {
    for (const s of [src('开发区汽车工业园'), src('要做大做强开发区'), src('q', '第三章 汽车工业园')]) {
      expect(rulesOf(lint(nodes, [edge('PART_OF', 'zone:auto-park', 'zone:hdz', [s])]))).toEqual([]);
    }
  });
  it('leaves implied sources alone: they say why in their note', () => {
    expect(rulesOf(lint(nodes, [edge('PART_OF', 'zone:auto-park', 'zone:hdz', [implied('合作园区')])]))).toEqual([]);
  });
});

describe('alias-shared', () => {
  it('fires on each node that holds a shared alias or name (whitespace and case aside)', () => {
    const r = lint([
      node('cluster:incubation', '孵化和研发企业集群', { aliases: ['孵化经济'] }),
      node('product:incubation', '孵化服务', { aliases: ['孵化 经济'] }),
      node('institution:hit', 'HIT'),
      node('enterprise:hit', '某企业', { aliases: ['hit'] }),
    ]);
    expect(rulesOf(r).sort()).toEqual([
      'alias-shared cluster:incubation',
      'alias-shared enterprise:hit',
      'alias-shared institution:hit',
      'alias-shared product:incubation',
    ]);
  });
  it('does not fire on distinct forms, nor on a node repeating its own name as an alias', () => {
    const r = lint([node('product:a', '孵化服务', { aliases: ['孵化服务', '科技孵化'] }), node('product:b', '研发')]);
    expect(rulesOf(r)).toEqual([]);
  });
});

describe('indicator-scope', () => {
  const cluster = (ind: object) => node('cluster:incubation', '孵化和研发企业集群', { indicators: [ind] });
  it('fires on a cluster figure whose quote speaks of the zone', () => {
    const r = lint([cluster(indicator('incubators-2005', { sources: [src('开发区累计创办科技企业孵化器19个')] }))]);
    expect(rulesOf(r)).toEqual(['indicator-scope cluster:incubation#incubators-2005']);
    expect(r.warnings[0]?.path).toEqual(['nodes', 0, 'indicators', 0]);
  });
  it('accepts a cluster figure that names the cluster, also by its stem (食品企业28家)', () => {
    const food = node('cluster:food', '食品企业集群', {
      indicators: [indicator('firms-2005', { sources: [src('食品企业28家')] })],
    });
    expect(rulesOf(lint([food]))).toEqual([]);
  });
  it('fires on a zone-wide node holding a narrower zone’s figure, not on its city’s', () => {
    const area = node('zone:ica', '工业集中区', { zoneKind: 'CONCENTRATION_AREA' });
    const city = node('zone:harbin', '哈尔滨市', { zoneKind: 'DISTRICT' });
    const hdz = {
      ...zone,
      indicators: [
        indicator('gdp-2005', { sources: [src('开发区工业集中区实现生产总值102亿元')] }),
        indicator('gdp-share-2005', { measure: 'SHARE', sources: [src('占哈尔滨市的11%')] }),
      ],
    };
    const r = lint([hdz, area, city], [edge('PART_OF', 'zone:hdz', 'zone:harbin', [src('哈尔滨开发区')])]);
    expect(rulesOf(r)).toEqual(['indicator-scope zone:hdz#gdp-2005']);
  });
});

describe('indicator-series', () => {
  it('pairs keys by what precedes their period', () => {
    expect(seriesOf({ key: 'gdp-2005', period: '2005', year: 2005 })).toBe('gdp');
    expect(seriesOf({ key: 'fdi-total-2001-2005', period: '2001-2005', year: 2005 })).toBe('fdi-total');
    expect(seriesOf({ key: 'gdp-multiple-of-2000', period: '2005', year: 2005 })).toBe('gdp-multiple-of-2000');
  });
  it('fires when a total and a year’s level share a series (the 累计利用外资 / 实际利用外资 case)', () => {
    const hdz = {
      ...zone,
      indicators: [
        indicator('fdi-2001-2005', { measure: 'TOTAL', period: '2001-2005', value: 6.7 }),
        indicator('fdi-2005', { value: 1.9 }),
      ],
    };
    expect(rulesOf(lint([hdz]))).toEqual(['indicator-series zone:hdz#fdi-2005']);
  });
  it('fires on one period and kind twice in a series', () => {
    const total = { measure: 'TOTAL', period: '2001-2005' };
    const hdz = { ...zone, indicators: [indicator('fdi-2001-2005', total), indicator('fdi-2005', total)] };
    expect(rulesOf(lint([hdz]))).toEqual(['indicator-series zone:hdz#fdi-2005']);
  });
  it('accepts a series of actuals and targets of one measure, and a growth rate beside it', () => {
    const hdz = {
      ...zone,
      indicators: [
        indicator('gdp-2005'),
        indicator('gdp-2010', { kind: 'TARGET', year: 2010, period: '2010' }),
        indicator('gdp-growth-2001-2005', { measure: 'GROWTH', period: '2001-2005', unit: '%' }),
      ],
    };
    expect(rulesOf(lint([hdz]))).toEqual([]);
  });
});

describe('planned-verb', () => {
  it('fires on an EXISTING node and edge whose every stated quote sets a target', () => {
    const r = lint(
      [node('product:rice', '米业', { sources: [src('重点发展米业、麦业')] }), node('cluster:food', '食品企业集群')],
      [edge('FOCUSES_ON', 'cluster:food', 'product:rice', [src('重点发展米业、麦业')])],
    );
    expect(rulesOf(r)).toEqual(['planned-verb product:rice', 'planned-verb cluster:food-[FOCUSES_ON]->product:rice']);
  });
  it('does not fire when one stated quote reports it, when it is PLANNED, or when its only quotes are implied', () => {
    const r = lint(
      [
        node('zone:corridor', '哈大齐走廊', {
          sources: [src('哈大齐工业走廊建设的加速推进'), src('哈大齐走廊的龙头')],
        }),
        node('product:rice', '米业', { status: 'PLANNED', sources: [src('重点发展米业')] }),
        node('product:flour', '面粉', { sources: [src('面粉'), implied('重点发展麦业')] }),
        node('product:noodles', '方便面'),
      ],
      [edge('INPUT_TO', 'product:flour', 'product:noodles', [implied('重点发展麦业')])],
    );
    expect(rulesOf(r)).toEqual([]);
  });
});
