/**
 * Layout options for fresh layouts (the overview, a supply chain, the whole graph, re-layout),
 * bounded so that a large graph never freezes an ordinary laptop: fewer fcose iterations and
 * draft quality past a few hundred nodes, and a cheap concentric layout past CHEAP_ABOVE where
 * even the worker would take long. Every layout runs in the worker (ui/layoutWorker.ts), which
 * then removes what still overlaps; incremental changes (expand, a path joining) are not laid
 * out at all but placed (lib/placement.ts), so nothing already on the canvas moves.
 *
 * The force layout is tuned compact: at fit, a view of up to 100 nodes should keep labels of
 * at least 10 px on screen.
 */
export const ANIMATE_MAX = 150;
export const DRAFT_ABOVE = 300;
export const CHEAP_ABOVE = 3_000;

export type LayoutSpec = { name: string } & Record<string, unknown>;
export type LayoutMode = 'force' | 'chain';

export function forceLayout(nodeCount: number): LayoutSpec {
  if (nodeCount > CHEAP_ABOVE) return cheapLayout();
  const big = nodeCount > DRAFT_ABOVE;
  return {
    name: 'fcose',
    quality: big ? 'draft' : 'default',
    randomize: true,
    numIter: big ? 1000 : 2500,
    nodeRepulsion: 2500,
    idealEdgeLength: 40,
    edgeElasticity: 0.45,
    nodeSeparation: 40,
    gravity: 0.4,
    gravityRange: 3.0,
    packComponents: true,
    tile: true,
    tilingPaddingVertical: 20,
    tilingPaddingHorizontal: 20,
  };
}

/** Left-to-right supply chain: inputs on the left, finished products and customers on the right. */
export function chainLayout(nodeCount: number): LayoutSpec {
  if (nodeCount > CHEAP_ABOVE) return cheapLayout();
  return { name: 'dagre', rankDir: 'LR', nodeSep: 14, rankSep: 70, edgeSep: 8 };
}

/** Rings by degree: linear time, readable enough to find the hubs of a very large drawing. */
export function cheapLayout(): LayoutSpec {
  return { name: 'concentric', minNodeSpacing: 8, avoidOverlap: false };
}

export function layoutSpec(mode: LayoutMode, nodeCount: number): LayoutSpec {
  return mode === 'chain' ? chainLayout(nodeCount) : forceLayout(nodeCount);
}
