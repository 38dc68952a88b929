/**
 * A fresh layout, as the worker runs it (and the unit tests, in Node): fcose, dagre or concentric
 * on a headless Cytoscape instance, then — for a force layout — shrunk to what its labels need,
 * turned a quarter when that fills the canvas better, and always freed of overlaps.
 *
 * Math.random is seeded for the run: fcose and its spectral start are randomised, and a view laid
 * out again (a reload without a link, a test, a screenshot) should look the same. Elements are
 * added after the instance is made, with the `preset` layout: given at construction, Cytoscape
 * runs its default layout on them and drops their positions (every node at 0,0, which a later
 * incremental layout spreads along the diagonal).
 */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import type { Footprint, Point } from './geometry';
import type { LayoutSpec } from './layouts';
import { compact, removeOverlaps } from './overlap';
import { seeded } from './random';

export interface LayoutJob {
  nodes: { id: string; x: number; y: number; f: Footprint; fixed?: boolean }[];
  edges: { id: string; source: string; target: string }[];
  spec: LayoutSpec;
  seed: number;
  /** Width over height of the canvas the result will be fitted into. */
  aspect: number;
}

function raw(job: LayoutJob): Promise<Map<string, Point>> {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    layout: { name: 'preset' },
  });
  cy.add([
    ...job.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, w: n.f.w, h: n.f.top + n.f.bottom },
      position: { x: n.x, y: n.y },
    })),
    ...job.edges.map((x) => ({ group: 'edges' as const, data: { id: x.id, source: x.source, target: x.target } })),
  ]);
  const fixed = job.nodes.filter((n) => n.fixed).map((n) => ({ nodeId: n.id, position: { x: n.x, y: n.y } }));
  const options = {
    ...job.spec,
    animate: false,
    fit: false,
    ...(fixed.length && job.spec.name === 'fcose' ? { fixedNodeConstraint: fixed } : {}),
  };
  return new Promise((resolve) => {
    const layout = cy.layout(options as unknown as LayoutOptions);
    layout.one('layoutstop', () => {
      const out = new Map(cy.nodes().map((n) => [n.id(), { x: n.position('x'), y: n.position('y') }]));
      cy.destroy();
      resolve(out);
    });
    layout.run();
  });
}

/** The zoom at which `at` fits a canvas of the job's aspect (relative: height 1). */
function fitScale(at: ReadonlyMap<string, Point>, job: LayoutJob): number {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const n of job.nodes) {
    const p = at.get(n.id);
    if (!p) continue;
    x1 = Math.min(x1, p.x - n.f.w / 2);
    x2 = Math.max(x2, p.x + n.f.w / 2);
    y1 = Math.min(y1, p.y - n.f.top);
    y2 = Math.max(y2, p.y + n.f.bottom);
  }
  return Math.min(job.aspect / Math.max(1, x2 - x1), 1 / Math.max(1, y2 - y1));
}

export async function runLayout(job: LayoutJob): Promise<Map<string, Point>> {
  const random = Math.random;
  Math.random = seeded(job.seed);
  try {
    const laid = await raw(job);
    const placed = job.nodes.map((n) => ({
      id: n.id,
      f: n.f,
      fixed: !!n.fixed,
      ...(n.fixed ? n : (laid.get(n.id) ?? n)),
    }));
    const force = job.spec.name === 'fcose';
    // Force layouts leave room labels do not need; layered ones (dagre) are already tight.
    const tight = force && job.nodes.length <= 2000 ? compact(placed, { quantile: 0.6 }) : null;
    const rounds = job.nodes.length > 2000 ? 8 : 60;
    const at = removeOverlaps(tight ? placed.map((n) => ({ ...n, ...(tight.get(n.id) ?? n) })) : placed, {
      maxRounds: rounds,
    });
    // A force layout has no up or down: turned a quarter, it may fill the canvas better.
    if (force && !job.nodes.some((n) => n.fixed)) {
      const turned = removeOverlaps(
        placed.map((n) => {
          const p = at.get(n.id) ?? n;
          return { ...n, x: -p.y, y: p.x };
        }),
        { maxRounds: rounds },
      );
      if (fitScale(turned, job) > fitScale(at, job) * 1.02) return turned;
    }
    return at;
  } finally {
    Math.random = random;
  }
}
