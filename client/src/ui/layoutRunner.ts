/**
 * The main thread's side of the layout worker: one worker, started at once (so its bundle loads
 * while the first view is fetched), one request at a time in flight per caller, answers matched
 * by sequence number. A failed layout answers null: the caller keeps the positions it has.
 */
import type { Point } from '../lib/geometry';
import type { LayoutSpec } from '../lib/layouts';
import type { LayoutNode, LayoutRequest, LayoutResponse } from './layoutProtocol';

export interface LayoutInput {
  nodes: LayoutNode[];
  edges: { id: string; source: string; target: string }[];
}

export class LayoutRunner {
  private readonly worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  private seq = 0;

  run(input: LayoutInput, spec: LayoutSpec, aspect: number): Promise<Map<string, Point> | null> {
    const req: LayoutRequest = { seq: ++this.seq, ...input, spec, seed: seedOf(input), aspect };
    const worker = this.worker;
    return new Promise((resolve) => {
      const onMessage = (e: MessageEvent<LayoutResponse>) => {
        if (e.data.seq !== req.seq) return;
        worker.removeEventListener('message', onMessage);
        resolve(e.data.error ? null : new Map(e.data.positions.map(([id, x, y]) => [id, { x, y }])));
      };
      worker.addEventListener('message', onMessage);
      worker.postMessage(req);
    });
  }
}

/** The same nodes and edges give the same seed, hence the same layout. */
function seedOf(input: LayoutInput): number {
  let h = 2166136261;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  };
  for (const n of input.nodes) mix(n.id);
  for (const e of input.edges) mix(e.id);
  return h >>> 0;
}
