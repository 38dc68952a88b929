/**
 * Layout options, bounded so that a large graph never freezes an ordinary laptop: fewer fcose
 * iterations and draft quality past a few hundred nodes, no animation past ANIMATE_MAX, and
 * past WORKER_ABOVE nodes (and for every follow-up layout) the layout runs in a Web Worker (the
 * main thread only applies the positions), with a cheap concentric layout past CHEAP_ABOVE where
 * even a worker would take long.
 */
export const ANIMATE_MAX = 150;
export const DRAFT_ABOVE = 300;
export const WORKER_ABOVE = 60;
export const CHEAP_ABOVE = 3_000;

export type LayoutSpec = { name: string } & Record<string, unknown>;
export type LayoutMode = 'overview' | 'chain';

/**
 * Force-directed overview; `randomize: false` keeps the user's mental map when expanding. A
 * fresh layout is not animated: nodes flying in from random places only delay the first view.
 */
export function overviewLayout(nodeCount: number, randomize = true): LayoutSpec {
  if (nodeCount > CHEAP_ABOVE) return cheapLayout();
  const big = nodeCount > DRAFT_ABOVE;
  return {
    name: 'fcose',
    quality: big ? 'draft' : 'default',
    randomize,
    animate: !randomize && nodeCount <= ANIMATE_MAX,
    animationDuration: 400,
    numIter: big ? 1000 : 2500,
    nodeRepulsion: 12000,
    idealEdgeLength: 110,
    nodeSeparation: 90,
    packComponents: true,
    fit: true,
    padding: 30,
  };
}

/** Left-to-right supply chain: inputs on the left, finished products and customers on the right. */
export function chainLayout(nodeCount: number): LayoutSpec {
  if (nodeCount > CHEAP_ABOVE) return cheapLayout();
  return {
    name: 'dagre',
    rankDir: 'LR',
    nodeSep: 18,
    rankSep: 90,
    edgeSep: 8,
    animate: nodeCount <= ANIMATE_MAX,
    animationDuration: 400,
    fit: true,
    padding: 30,
  };
}

/** Rings by degree: linear time, readable enough to find the hubs of a very large drawing. */
export function cheapLayout(): LayoutSpec {
  return { name: 'concentric', animate: false, fit: true, padding: 30, minNodeSpacing: 8, avoidOverlap: false };
}

export interface LayoutPlan {
  spec: LayoutSpec;
  /** Where the positions are computed; the main thread always applies them. */
  where: 'main' | 'worker';
}

/**
 * A follow-up layout (`randomize` false, after an expand) always runs in the worker: on the main
 * thread even 50 nodes take a task of 50-150 ms on a slow machine, right when the new nodes should
 * show, and the worker's positions are animated into place anyway.
 */
export function layoutPlan(nodeCount: number, mode: LayoutMode, randomize: boolean): LayoutPlan {
  const spec = mode === 'chain' ? chainLayout(nodeCount) : overviewLayout(nodeCount, randomize);
  return { spec, where: randomize && nodeCount <= WORKER_ABOVE ? 'main' : 'worker' };
}
