import { describe, expect, it } from 'vitest';
import { graphContent, isImplied, subgraphElements } from '../../client/src/lib/elements';
import { edge, miniCy, miniEdges, miniNodes, node } from './fixtures';

describe('elements', () => {
  it('builds one element per node and edge, carrying the API object', () => {
    const els = subgraphElements({ nodes: miniNodes, edges: miniEdges }, 'zh');
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(miniNodes.length);
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(miniEdges.length);
    const hafei = els.find((e) => e.data.id === 'enterprise:hafei-auto');
    expect(hafei?.data).toMatchObject({ label: '哈飞汽车', kind: 'ENTERPRISE', status: 'EXISTING' });
    expect(hafei?.data.api).toBe(node('enterprise:hafei-auto'));
  });

  it('drops edges whose ends are not in the subgraph and duplicate items', () => {
    const hafei = node('enterprise:hafei-auto');
    const els = subgraphElements(
      { nodes: [hafei, hafei], edges: [edge('enterprise:hafei-auto-[PRODUCES]->product:minicar')] },
      'zh',
    );
    expect(els).toHaveLength(1);
  });

  it('marks a relationship implied only when none of its sources is stated', () => {
    const q = { quote: 'x', section: 's' };
    expect(isImplied({ sources: [{ ...q, stated: false, note: 'n' }] })).toBe(true);
    expect(
      isImplied({
        sources: [
          { ...q, stated: false, note: 'n' },
          { ...q, stated: true, note: null },
        ],
      }),
    ).toBe(false);
    expect(isImplied({ sources: [] })).toBe(false);
  });

  it('reads back the visible content for export', () => {
    const cy = miniCy();
    cy.getElementById('institution:hit').addClass('filtered');
    const all = graphContent(cy, false);
    const visible = graphContent(cy, true);
    expect(all.nodes).toHaveLength(miniNodes.length);
    expect(visible.nodes.map((n) => n.id)).not.toContain('institution:hit');
    expect(visible.edges.every((e) => e.source !== 'institution:hit' && e.target !== 'institution:hit')).toBe(true);
  });
});
