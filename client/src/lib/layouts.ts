/**
 * Layout options, bounded so that a large graph never freezes an ordinary laptop: fewer fcose
 * iterations and draft quality past a few hundred nodes, and no animation past ANIMATE_MAX.
 */
export const ANIMATE_MAX = 150;
export const DRAFT_ABOVE = 300;

export type LayoutSpec = { name: string } & Record<string, unknown>;

/** Force-directed overview; `randomize: false` keeps the user's mental map when expanding. */
export function overviewLayout(nodeCount: number, randomize = true): LayoutSpec {
  const big = nodeCount > DRAFT_ABOVE;
  return {
    name: 'fcose',
    quality: big ? 'draft' : 'default',
    randomize,
    animate: nodeCount <= ANIMATE_MAX,
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
