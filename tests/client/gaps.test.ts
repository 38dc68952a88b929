import { describe, expect, it } from 'vitest';
import { filterGaps, gapSubgraph, gapSubject, mergeGaps } from '../../client/src/lib/gaps';
import type { Gap } from '../../client/src/lib/types';
import { edge, node } from './fixtures';

const gap = (id: string, extra: Partial<Gap>): Gap => ({
  id,
  kind: 'MISSING_SUPPLIER',
  severity: 'LOW',
  explanation: '',
  explanationEn: '',
  suggestedPartners: [],
  ...extra,
});

const gaps: Gap[] = [
  gap('g1', { severity: 'LOW', product: node('product:engine'), cluster: node('cluster:auto') }),
  gap('g2', {
    kind: 'SINGLE_ZONE',
    severity: 'MEDIUM',
    cluster: node('cluster:pharma'),
    zone: node('zone:yingbin-road'),
  }),
  gap('g3', { severity: 'HIGH', product: node('product:auto-electronics'), cluster: node('cluster:auto') }),
  gap('g4', { kind: 'NO_RESEARCH_PARTNER', severity: 'HIGH', cluster: node('cluster:pharma') }),
];

describe('gap report', () => {
  it('orders by severity, keeping server order within a severity', () => {
    // g2 and g4 are both about 医药: one entry, as severe as its worst gap.
    expect(filterGaps(mergeGaps(gaps), { kind: null, severity: null }).map((g) => g.id)).toEqual(['g2', 'g3', 'g1']);
  });

  it('filters by kind and severity together', () => {
    const entries = mergeGaps(gaps);
    expect(filterGaps(entries, { kind: 'MISSING_SUPPLIER', severity: null }).map((g) => g.id)).toEqual(['g3', 'g1']);
    expect(filterGaps(entries, { kind: 'NO_RESEARCH_PARTNER', severity: null }).map((g) => g.id)).toEqual(['g2']);
    expect(filterGaps(entries, { kind: null, severity: 'HIGH' }).map((g) => g.id)).toEqual(['g2', 'g3']);
  });

  it('lists a product that is two kinds of gap once, with both reasons, at the higher severity', () => {
    const both = [
      gap('a', {
        kind: 'UNFILLED_TARGET',
        severity: 'LOW',
        product: node('product:minicar'),
        explanation: '无人生产',
        explanationEn: 'nobody makes it',
      }),
      gap('b', {
        kind: 'MISSING_SUPPLIER',
        severity: 'HIGH',
        product: node('product:minicar'),
        explanation: '缺少供应',
        explanationEn: 'no supplier',
        suggestedPartners: [
          {
            node: node('zone:haping-road'),
            role: 'HOST_ZONE',
            score: 0.5,
            reason: '',
            reasonEn: '',
            path: { nodes: [], edges: [], length: 0 },
          },
        ],
      }),
      gap('c', { kind: 'SINGLE_ZONE', product: null, cluster: node('cluster:auto') }),
    ];
    const entries = mergeGaps(both);
    expect(entries.map((e) => [e.id, e.kinds, e.severity])).toEqual([
      ['a', ['MISSING_SUPPLIER', 'UNFILLED_TARGET'], 'HIGH'],
      ['c', ['SINGLE_ZONE'], 'LOW'],
    ]);
    expect(entries[0]?.explanationEn).toBe('no supplier; nobody makes it');
    expect(entries[0]?.gapIds).toEqual(['a', 'b']);
    expect(entries[0]?.suggestedPartners.map((m) => m.node.id)).toEqual(['zone:haping-road']);
    expect(filterGaps(entries, { kind: 'UNFILLED_TARGET', severity: null }).map((g) => g.id)).toEqual(['a']);
  });

  it('names the product first, then the cluster, then the zone as the subject', () => {
    expect(gapSubject(gaps[0] as Gap)?.id).toBe('product:engine');
    expect(gapSubject(gaps[1] as Gap)?.id).toBe('cluster:pharma');
    expect(gapSubject(gap('x', {}))).toBeNull();
  });

  it('collects the subject, its context and the suggested partners with their paths', () => {
    const e = edge('institution:hit-[RESEARCHES]->cluster:auto');
    const g = gap('g', {
      cluster: node('cluster:auto'),
      suggestedPartners: [
        {
          node: node('institution:hit'),
          role: 'RESEARCH_PARTNER',
          score: 0.5,
          reason: '',
          reasonEn: '',
          path: { nodes: [node('institution:hit'), node('cluster:auto')], edges: [e], length: 1 },
        },
      ],
    });
    const sg = gapSubgraph(g);
    expect(new Set(sg.nodes.map((n) => n.id))).toEqual(new Set(['cluster:auto', 'institution:hit']));
    expect(sg.edges).toEqual([e]);
  });
});
