/**
 * Acknowledging a warning in the data: the ack silences exactly its rule on its element, an ack
 * with nothing to acknowledge is itself a warning, the schema checks rule names, and acks survive
 * the JSON round trip while the graph the stores get carries none.
 */
import { describe, expect, it } from 'vitest';
import { parseDataset, toJson } from '../../../server/dataset';
import { DatasetError } from '../../../server/domain/errors';
import { edge, indicator, lint, node, rulesOf, src } from './fixtures';

const ack = (rule: string, reason = '规划如此 (deliberate)') => ({ lint: { ack: [{ rule, reason }] } });
const rice = (extra = {}) => node('product:rice', '米业', { sources: [src('重点发展米业')], ...extra });

describe('lint acknowledgements', () => {
  it('an ack on the element silences its rule there, with the reason kept', () => {
    const r = lint([rice(ack('planned-verb', '已有 (exists)'))]);
    expect(r.warnings).toEqual([]);
    expect(r.acknowledged).toEqual([
      expect.objectContaining({ rule: 'planned-verb', elementId: 'product:rice', reason: '已有 (exists)' }),
    ]);
  });

  it('an ack for another rule does not silence this one, and is itself reported as unused', () => {
    const r = lint([rice(ack('alias-shared'))]);
    expect(rulesOf(r)).toEqual(['planned-verb product:rice', 'unused-ack product:rice']);
    expect(r.warnings[1]?.path).toEqual(['nodes', 0, 'lint']);
  });

  it('acks sit on indicators and edges too', () => {
    const cluster = node('cluster:c', '某集群', {
      indicators: [indicator('gdp-2005', ack('indicator-scope'))],
    });
    const product = node('product:p', '某产品');
    const e = edge('FOCUSES_ON', 'cluster:c', 'product:p', [src('无关的话')], ack('stated-names-end'));
    const r = lint([cluster, product], [e]);
    expect(r.warnings).toEqual([]);
    expect(r.acknowledged.map((a) => a.elementId)).toEqual(['cluster:c-[FOCUSES_ON]->product:p', 'cluster:c#gdp-2005']);
  });

  it('the schema refuses an ack of an unknown rule, or without a reason, naming the field', () => {
    for (const bad of [
      { ack: [{ rule: 'no-such-rule', reason: 'x' }] },
      { ack: [{ rule: 'planned-verb' }] },
      { ack: [] },
    ]) {
      const text = JSON.stringify({ nodes: [rice({ lint: bad })], edges: [] });
      try {
        parseDataset(text, 'bad.json');
        expect.unreachable('the dataset should be refused');
      } catch (err) {
        expect(err).toBeInstanceOf(DatasetError);
        expect((err as DatasetError).issues[0]?.field).toMatch(/^lint\.ack/);
      }
    }
  });

  it('acks round-trip through the JSON export, and the graph itself carries none', () => {
    const e = edge('FOCUSES_ON', 'cluster:c', 'product:rice', [src('重点发展米业')], ack('planned-verb'));
    const text = JSON.stringify({
      nodes: [
        rice(ack('planned-verb')),
        node('cluster:c', '食品企业集群', { indicators: [indicator('gdp-2005', ack('indicator-scope'))] }),
      ],
      edges: [e],
    });
    const d = parseDataset(text, 'a.json');
    expect(JSON.stringify(d.nodes)).not.toContain('"lint"');
    expect(JSON.stringify(d.edges)).not.toContain('"lint"');
    expect(d.lintAcks?.size).toBe(3);
    const json = toJson(d);
    expect(toJson(parseDataset(json, 'b.json'))).toBe(json);
    expect(JSON.parse(json).edges[0].lint).toEqual({
      ack: [{ rule: 'planned-verb', reason: '规划如此 (deliberate)' }],
    });
  });
});
