/**
 * Fresh layouts as the worker runs them, in Node with the real fcose and dagre: readable (no
 * overlaps, a spread) and the same every time for the same graph; and the Cytoscape pitfall
 * behind the diagonal-line bug, pinned so it cannot come back unnoticed.
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { footprint } from '../../client/src/lib/footprint';
import { boxAt, overlappingPairs, thinness } from '../../client/src/lib/geometry';
import { type LayoutJob, runLayout } from '../../client/src/lib/layoutRun';
import { chainLayout, forceLayout } from '../../client/src/lib/layouts';

cytoscape.use(fcose);
cytoscape.use(dagre);

function job(n: number, spec = forceLayout(n)): LayoutJob {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, x: 0, y: 0, f: footprint(`节点名称${i}`, 30) }));
  const edges = nodes.slice(1).map((m, i) => ({ id: `e${i}`, source: `n${Math.floor(i / 4)}`, target: m.id }));
  return { nodes, edges, spec, seed: 7, aspect: 1 };
}

const problems = (j: LayoutJob, at: Map<string, { x: number; y: number }>) =>
  overlappingPairs(
    j.nodes.map((n) => ({ id: n.id, ...boxAt(at.get(n.id) ?? n, n.f) })),
    1,
  );

describe('fresh layouts', () => {
  it('lays 60 nodes out without overlaps, spread in both directions', async () => {
    const j = job(60);
    const at = await runLayout(j);
    expect(problems(j, at)).toEqual([]);
    expect(thinness([...at.values()])).toBeGreaterThan(60);
  });

  it('gives the same positions for the same graph (seeded)', async () => {
    expect([...(await runLayout(job(30)))]).toEqual([...(await runLayout(job(30)))]);
  });

  it('keeps fixed (pinned) nodes where they are', async () => {
    const j = job(20);
    const first = j.nodes[0];
    if (first) Object.assign(first, { x: 500, y: -300, fixed: true });
    expect((await runLayout(j)).get('n0')).toEqual({ x: 500, y: -300 });
  });

  it('lays a chain out left to right without overlaps', async () => {
    const j = job(25, chainLayout(25));
    const at = await runLayout(j);
    expect(problems(j, at)).toEqual([]);
    const root = at.get('n0')?.x ?? 0;
    expect([...at.values()].every((p) => p.x >= root)).toBe(true);
  });
});

describe('the Cytoscape pitfall behind the diagonal-line bug', () => {
  it('drops positions given at construction unless the preset layout is named (and overwrites the definitions)', () => {
    const el = () => [{ data: { id: 'a' }, position: { x: 10, y: 50 } }];
    const given = el();
    expect(cytoscape({ headless: true, elements: given }).getElementById('a').position()).toEqual({ x: 0, y: 0 });
    expect(given[0]?.position).toEqual({ x: 0, y: 0 });
    const kept = cytoscape({ headless: true, elements: el(), layout: { name: 'preset' } });
    expect(kept.getElementById('a').position()).toEqual({ x: 10, y: 50 });
  });

  it('spreads nodes that all start at one point along the diagonal, which is the bug itself', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, layout: { name: 'preset' } });
    cy.add(Array.from({ length: 20 }, (_, i) => ({ data: { id: `n${i}` }, position: { x: 0, y: 0 } })));
    cy.add(Array.from({ length: 19 }, (_, i) => ({ data: { id: `e${i}`, source: 'n0', target: `n${i + 1}` } })));
    await new Promise<void>((resolve) => {
      const l = cy.layout({ name: 'fcose', randomize: false, animate: false, fit: false } as never);
      l.one('layoutstop', () => resolve());
      l.run();
    });
    expect(thinness(cy.nodes().map((n) => n.position()))).toBeLessThan(1e-6);
  });
});
