import { describe, expect, it } from 'vitest';
import { aggregateId, DISPLAY_CAP, displayGraph, drawnCount, groupNodes } from '../../client/src/lib/aggregate';
import { aggregateLabel, displayElements } from '../../client/src/lib/elements';
import { LoadedGraph } from '../../client/src/lib/loadedGraph';
import { syntheticGraph } from '../../client/src/lib/synthetic';
import { miniEdges, miniNodes } from './fixtures';

const big = syntheticGraph(3000, 4500);

describe('grouping', () => {
  it('puts members in their cluster, products in the cluster that focuses on them, the rest in their zone', () => {
    const groups = groupNodes(miniNodes, miniEdges);
    expect(groups.get('cluster:auto')).toBe('cluster:auto');
    expect(groups.get('enterprise:hafei-auto')).toBe('cluster:auto');
    expect(groups.get('product:minicar')).toBe('cluster:auto');
    for (const n of miniNodes) if (n.kind === 'ZONE') expect(groups.get(n.id)).toBe(n.id);
  });

  it('falls back to one group per kind for nodes with no cluster or zone', () => {
    const lone = { ...miniNodes.find((n) => n.kind === 'PRODUCT'), id: 'product:lone' } as (typeof miniNodes)[0];
    expect(groupNodes([lone], []).get('product:lone')).toBe('kind:PRODUCT');
  });
});

describe('display cap', () => {
  it('draws everything one by one under the cap', () => {
    const d = displayGraph(miniNodes, miniEdges);
    expect(d.aggregates).toEqual([]);
    expect(d.nodes).toHaveLength(miniNodes.length);
    expect(drawnCount(d)).toBeLessThanOrEqual(DISPLAY_CAP);
  });

  it('past the cap aggregates the largest groups until the drawing fits, and sums their edges', () => {
    const cap = 2000;
    const d = displayGraph(big.nodes, big.edges, { cap });
    expect(big.nodes.length + big.edges.length).toBeGreaterThan(cap);
    expect(drawnCount(d)).toBeLessThanOrEqual(cap);
    expect(d.aggregates.length).toBeGreaterThan(0);
    // Every loaded node is drawn exactly once: by itself or inside one aggregate.
    const inside = d.aggregates.reduce((s, a) => s + a.members.length, 0);
    expect(d.nodes.length + inside).toBe(big.nodes.length);
    // Summed links carry the number of edges they stand for; none is lost or counted twice.
    const internal = big.edges.filter((e) => {
      const a = d.collapsedIn.get(e.source);
      return a !== undefined && a === d.collapsedIn.get(e.target);
    }).length;
    expect(d.edges.length + d.links.reduce((s, l) => s + l.count, 0) + internal).toBe(big.edges.length);
    // Only as much as needed: a looser cap keeps more nodes drawn one by one.
    expect(displayGraph(big.nodes, big.edges, { cap: 5000 }).nodes.length).toBeGreaterThan(d.nodes.length);
  });

  it('opens an aggregate within the cap, closing others if needed, and keeps pinned nodes drawn', () => {
    const cap = 2000;
    const first = displayGraph(big.nodes, big.edges, { cap });
    const agg = first.aggregates[0];
    if (!agg) throw new Error('expected an aggregate');
    const opened = displayGraph(big.nodes, big.edges, { cap, open: [agg.key] });
    expect(opened.aggregates.map((a) => a.id)).not.toContain(agg.id);
    for (const id of agg.members) expect(opened.collapsedIn.has(id)).toBe(false);
    expect(drawnCount(opened)).toBeLessThanOrEqual(cap);
    expect(opened.closed).toEqual([]);

    const pinned = agg.members[1] ?? agg.members[0] ?? '';
    expect(displayGraph(big.nodes, big.edges, { cap, pinned: [pinned] }).collapsedIn.has(pinned)).toBe(false);
  });

  it('reports an open group that cannot fit under the cap as closed', () => {
    const d = displayGraph(big.nodes, big.edges, { cap: 100 });
    const largest = [...d.aggregates].sort((a, b) => b.members.length - a.members.length)[0];
    if (!largest) throw new Error('expected an aggregate');
    const tried = displayGraph(big.nodes, big.edges, { cap: 100, open: [largest.key] });
    expect(tried.closed).toEqual([largest.key]);
    expect(tried.aggregates.map((a) => a.id)).toContain(aggregateId(largest.key));
  });

  it('labels an aggregate with its name and count, and turns it into Cytoscape elements', () => {
    const d = displayGraph(big.nodes, big.edges, { cap: 2000 });
    const agg = d.aggregates.find((a) => a.anchor?.kind === 'CLUSTER');
    if (!agg) throw new Error('expected a cluster aggregate');
    expect(aggregateLabel('zh', agg)).toMatch(/^集群\d+ \(\d{1,3}(,\d{3})*\)$/);
    const els = displayElements(d, 'zh');
    expect(els).toHaveLength(drawnCount(d));
    const el = els.find((e) => e.data.id === agg.id);
    expect(el?.data).toMatchObject({ aggregate: true, count: agg.members.length, kind: 'CLUSTER' });
  });
});

describe('loaded graph', () => {
  it('keeps the union of what was loaded and reports what is new', () => {
    const g = new LoadedGraph();
    g.replace({ nodes: miniNodes.slice(0, 3), edges: [] });
    expect(g.merge({ nodes: miniNodes.slice(0, 5), edges: [] })).toEqual(miniNodes.slice(3, 5).map((n) => n.id));
    expect(g.nodes).toHaveLength(5);
  });
});
