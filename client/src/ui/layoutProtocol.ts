/** Messages between the app and the layout worker: plain, structured-clone-friendly data. */
import type { LayoutJob } from '../lib/layoutRun';

export type LayoutNode = LayoutJob['nodes'][number];

export interface LayoutRequest extends LayoutJob {
  seq: number;
}

export interface LayoutResponse {
  seq: number;
  positions: [id: string, x: number, y: number][];
  error?: string;
}
