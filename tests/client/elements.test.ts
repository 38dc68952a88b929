import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphContent, mergePath, mergeSubgraph, relabel, subgraphElements } from '../../client/src/lib/elements';
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

  it('merges incrementally without duplicates and reports what it added', () => {
    const cy = cytoscape({ headless: true });
    const auto = node('cluster:auto');
    expect(mergeSubgraph(cy, { nodes: [auto], edges: [] }, 'zh')).toEqual(['cluster:auto']);
    const member = edge('enterprise:hafei-auto-[MEMBER_OF]->cluster:auto');
    const added = mergeSubgraph(cy, { nodes: [auto, node('enterprise:hafei-auto')], edges: [member] }, 'zh');
    expect(added).toEqual(['enterprise:hafei-auto', member.id]);
    expect(mergeSubgraph(cy, { nodes: [auto], edges: [member] }, 'zh')).toEqual([]);
    expect(cy.elements()).toHaveLength(3);
  });

  it('adds a path and returns all its element ids, present or not', () => {
    const cy = cytoscape({ headless: true });
    mergeSubgraph(cy, { nodes: [node('institution:hit')], edges: [] }, 'zh');
    const e = edge('institution:hit-[COOPERATES_WITH]->enterprise:hafei-auto');
    const ids = mergePath(cy, { nodes: [node('institution:hit'), node('enterprise:hafei-auto')], edges: [e] }, 'zh');
    expect(ids).toEqual(['institution:hit', 'enterprise:hafei-auto', e.id]);
    expect(cy.getElementById(e.id).nonempty()).toBe(true);
  });

  it('relabels nodes when the language changes', () => {
    const cy = miniCy('zh');
    relabel(cy, 'en');
    expect(cy.getElementById('institution:hit').data('label')).toBe('Harbin Institute of Technology');
    relabel(cy, 'zh');
    expect(cy.getElementById('institution:hit').data('label')).toBe('哈尔滨工业大学');
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
