/**
 * Layout worker: runs fcose, dagre or concentric on a headless Cytoscape instance off the main
 * thread and answers with the positions, so a 1,000-node layout never blocks input or drawing.
 */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import type { LayoutRequest, LayoutResponse } from './layoutProtocol';

cytoscape.use(fcose);
cytoscape.use(dagre);

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(m: LayoutResponse): void;
};

scope.onmessage = (e) => {
  const { seq, nodes, edges, spec } = e.data;
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
      elements: [
        ...nodes.map((n) => ({
          group: 'nodes' as const,
          data: { id: n.id, w: n.w, h: n.h },
          position: { x: n.x, y: n.y },
        })),
        ...edges.map((x) => ({ group: 'edges' as const, data: { id: x.id, source: x.source, target: x.target } })),
      ],
    });
    const layout = cy.layout({ ...spec, animate: false, fit: false } as unknown as LayoutOptions);
    layout.one('layoutstop', () => {
      const positions: [string, number, number][] = cy.nodes().map((n) => [n.id(), n.position('x'), n.position('y')]);
      scope.postMessage({ seq, positions });
      cy.destroy();
    });
    layout.run();
  } catch (err) {
    scope.postMessage({ seq, positions: [], error: err instanceof Error ? err.message : String(err) });
  }
};
