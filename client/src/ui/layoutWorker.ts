/**
 * Layout worker: runs lib/layoutRun off the main thread and answers with the positions, so a
 * 1,000-node layout never blocks input or drawing.
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { runLayout } from '../lib/layoutRun';
import type { LayoutRequest, LayoutResponse } from './layoutProtocol';

cytoscape.use(fcose);
cytoscape.use(dagre);

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(m: LayoutResponse): void;
};

scope.onmessage = async (e) => {
  const { seq, ...job } = e.data;
  try {
    const at = await runLayout(job);
    scope.postMessage({ seq, positions: [...at].map(([id, p]) => [id, p.x, p.y]) });
  } catch (err) {
    scope.postMessage({ seq, positions: [], error: err instanceof Error ? err.message : String(err) });
  }
};
