import { describe, expect, it } from 'vitest';
import { filterGaps, gapFacets, gapSubgraph, gapSubject } from '../../client/src/lib/gaps';
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
    expect(filterGaps(gaps, { kind: null, severity: null, cluster: null, zone: null }).map((g) => g.id)).toEqual([
      'g3',
      'g4',
      'g2',
      'g1',
    ]);
  });

  it('filters by kind, severity, cluster and zone together', () => {
    const none = { kind: null, severity: null, cluster: null, zone: null };
    expect(filterGaps(gaps, { ...none, kind: 'MISSING_SUPPLIER' }).map((g) => g.id)).toEqual(['g3', 'g1']);
    expect(filterGaps(gaps, { ...none, severity: 'HIGH', cluster: 'cluster:pharma' }).map((g) => g.id)).toEqual(['g4']);
    expect(filterGaps(gaps, { ...none, zone: 'zone:yingbin-road' }).map((g) => g.id)).toEqual(['g2']);
  });

  it('lists the distinct clusters and zones for the filter selects', () => {
    const f = gapFacets(gaps);
    expect(f.clusters.map((c) => c.id)).toEqual(['cluster:auto', 'cluster:pharma']);
    expect(f.zones.map((z) => z.id)).toEqual(['zone:yingbin-road']);
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
