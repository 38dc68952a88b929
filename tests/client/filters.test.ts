import { describe, expect, it } from 'vitest';
import { defaultFilters, hiddenIds, isDefaultFilters, toggled } from '../../client/src/lib/filters';
import type { ApiEdge } from '../../client/src/lib/types';
import { miniEdges, miniNodes, node } from './fixtures';

const hidden = (f: Partial<ReturnType<typeof defaultFilters>>, edges: ApiEdge[] = miniEdges) =>
  hiddenIds(miniNodes, edges, { ...defaultFilters(), ...f });

describe('filters', () => {
  it('hides nothing by default', () => {
    expect(hidden({}).size).toBe(0);
    expect(isDefaultFilters(defaultFilters())).toBe(true);
  });

  it('hides nodes of an unchecked kind and the edges touching them', () => {
    const h = hidden({ kinds: ['CLUSTER', 'ZONE', 'ENTERPRISE', 'PRODUCT'] });
    expect(h.has('institution:hit')).toBe(true);
    expect(h.has('institution:hit-[RESEARCHES]->cluster:auto')).toBe(true);
    expect(h.has('enterprise:hafei-auto')).toBe(false);
  });

  it('applies tiers to clusters only', () => {
    const h = hidden({ tiers: ['HIGH_TECH', 'TERTIARY', 'ESTABLISHED'] });
    expect(h.has('cluster:new-materials')).toBe(true);
    expect(h.has('cluster:auto')).toBe(false);
  });

  it('hides PLANNED nodes and edges when only EXISTING is on', () => {
    const h = hidden({ statuses: ['EXISTING'] });
    expect(h.has('product:auto-electronics')).toBe(true);
    expect(h.has('cluster:auto-[FOCUSES_ON]->product:auto-electronics')).toBe(true);
    expect(h.has('product:minicar')).toBe(false);
  });

  it('hides edges of an unchecked relationship type but keeps their ends', () => {
    const h = hidden({ relTypes: ['MEMBER_OF'] });
    expect(h.has('enterprise:hafei-auto-[PRODUCES]->product:minicar')).toBe(true);
    expect(h.has('enterprise:hafei-auto-[MEMBER_OF]->cluster:auto')).toBe(false);
    expect(h.has('product:minicar')).toBe(false);
  });

  it('keeps the chosen zone, what sits in it and what has no known location', () => {
    const h = hidden({ zones: ['zone:haping-road'] });
    expect(h.has('zone:haping-road')).toBe(false);
    expect(h.has('cluster:auto')).toBe(false);
    expect(h.has('enterprise:hafei-auto')).toBe(false);
    expect(h.has('product:minicar')).toBe(false);
    expect(h.has('zone:yingbin-road')).toBe(true);
    expect(h.has('cluster:pharma')).toBe(true);
  });

  it('keeps parks PART_OF a chosen zone, transitively', () => {
    const park = { ...node('zone:yingbin-road'), id: 'zone:park' };
    const edges: ApiEdge[] = [
      ...miniEdges,
      {
        id: 'p1',
        type: 'PART_OF',
        source: 'zone:yingbin-road',
        target: 'zone:haping-road',
        status: 'EXISTING',
        sources: [],
      },
      { id: 'p2', type: 'PART_OF', source: 'zone:park', target: 'zone:yingbin-road', status: 'EXISTING', sources: [] },
    ];
    const h = hiddenIds([...miniNodes, park], edges, { ...defaultFilters(), zones: ['zone:haping-road'] });
    expect(h.has('zone:yingbin-road')).toBe(false);
    expect(h.has('zone:park')).toBe(false);
    expect(h.has('cluster:pharma')).toBe(false);
  });

  it('toggles list membership without duplicates', () => {
    expect(toggled(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggled(['a'], 'c', true)).toEqual(['a', 'c']);
  });
});
