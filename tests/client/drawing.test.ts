/**
 * What the canvas shows is derived from the state and the loaded data: the scene's nodes, every
 * loaded relationship among them, at the scene's positions, sized by the rule; the element diff
 * says what changes on the canvas, so nothing that stays is rebuilt or moved.
 */
import { describe, expect, it } from 'vitest';
import { reduce } from '../../client/src/lib/actions';
import { diffElements, type OnCanvas, signature } from '../../client/src/lib/diff';
import { drawing } from '../../client/src/lib/drawing';
import { LoadedGraph } from '../../client/src/lib/loadedGraph';
import { emptyScene } from '../../client/src/lib/scene';
import { MAX_SIZE, MIN_SIZE, nodeSize, sizeScale } from '../../client/src/lib/sizing';
import { KIND_STYLE } from '../../client/src/lib/theme';
import { defaultViewState } from '../../client/src/lib/urlState';
import { miniEdges, miniNodes, node } from './fixtures';

const data = () => {
  const g = new LoadedGraph();
  g.merge({ nodes: miniNodes, edges: miniEdges });
  return g;
};

const stateWith = (ids: string[]) =>
  reduce(defaultViewState(), {
    type: 'scene',
    scene: {
      ...emptyScene(),
      nodes: ids,
      positions: Object.fromEntries(ids.map((id, i) => [id, [i * 100, 0] as [number, number]])),
    },
  });

describe('drawing', () => {
  it('draws the scene’s nodes at their positions and the loaded relationships among them', () => {
    const d = drawing(stateWith(['cluster:auto', 'enterprise:hafei-auto', 'product:not-loaded']), data(), 10_000);
    const nodes = d.elements.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data.id)).toEqual(['cluster:auto', 'enterprise:hafei-auto']);
    expect(nodes[1]?.position).toEqual({ x: 100, y: 0 });
    const edges = d.elements.filter((e) => e.group === 'edges').map((e) => e.data.id);
    expect(edges).toEqual(
      miniEdges.filter((e) => e.source === 'enterprise:hafei-auto' && e.target === 'cluster:auto').map((e) => e.id),
    );
    expect(d.unplaced).toEqual([]);
  });

  it('labels by language and sizes by the rule', () => {
    const en = reduce(stateWith(['institution:hit']), { type: 'lang', lang: 'en' });
    expect(drawing(en, data(), 10_000).elements[0]?.data.label).toBe('Harbin Institute of Technology');
    const byDegree = reduce(stateWith(['cluster:auto', 'institution:hit']), { type: 'sizeBy', rule: 'degree' });
    const g = data();
    g.replace({
      nodes: [
        { ...node('cluster:auto'), degree: 16 },
        { ...node('institution:hit'), degree: 4 },
      ],
      edges: [],
    });
    const sizes = drawing(byDegree, g, 10_000)
      .elements.filter((e) => e.group === 'nodes')
      .map((e) => Number(e.data.size));
    expect(Math.max(...sizes)).toBe(MAX_SIZE);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_SIZE);
  });

  it('aggregates past the cap and places an aggregate at its members’ centre', () => {
    const ids = miniNodes.map((n) => n.id);
    const d = drawing(stateWith(ids), data(), 12);
    expect(d.display.aggregates.length).toBeGreaterThan(0);
    expect(d.elements.length).toBeLessThanOrEqual(12);
    const agg = d.elements.find((e) => e.data.aggregate);
    expect(agg?.position).toBeDefined();
  });
});

describe('sizing', () => {
  it('keeps kind sizes by default and scales by area for a rule, nodes without the value unchanged', () => {
    const auto = node('cluster:auto');
    expect(nodeSize(auto, sizeScale([auto], 'kind'))).toBe(KIND_STYLE.CLUSTER.size);
    const withIndicator = miniNodes.filter((n) => n.indicators?.length);
    const key = withIndicator[0]?.indicators?.[0]?.key ?? '';
    const scale = sizeScale(miniNodes, `indicator:${key}`);
    expect(scale.max).toBeGreaterThan(0);
    const hit = node('institution:hit');
    expect(nodeSize(hit, scale)).toBe(KIND_STYLE.INSTITUTION.size);
  });
});

describe('element diff', () => {
  const el = (id: string, label: string, x = 0) => ({
    group: 'nodes' as const,
    data: { id, label },
    position: { x, y: 0 },
  });
  const current = (els: ReturnType<typeof el>[]) =>
    new Map<string, OnCanvas>(els.map((e) => [e.data.id, { sig: signature(e), position: e.position }]));

  it('adds, removes, updates and moves only what changed', () => {
    const now = current([el('a', 'A'), el('b', 'B'), el('c', 'C')]);
    const d = diffElements(now, [el('a', 'A'), el('b', 'Bee'), el('c', 'C', 50), el('d', 'D')]);
    expect(d.add.map((e) => e.data.id)).toEqual(['d']);
    expect(d.remove).toEqual([]);
    expect(d.update.map((e) => e.data.id)).toEqual(['b']);
    expect(d.move).toEqual([{ id: 'c', position: { x: 50, y: 0 } }]);
    expect(diffElements(now, [el('a', 'A')]).remove).toEqual(['b', 'c']);
  });
});
