/** Messages between the graph view and the layout worker: plain, structured-clone-friendly data. */
import type { LayoutSpec } from '../lib/layouts';

export interface LayoutRequest {
  seq: number;
  nodes: { id: string; x: number; y: number; w: number; h: number }[];
  edges: { id: string; source: string; target: string }[];
  spec: LayoutSpec;
}

export interface LayoutResponse {
  seq: number;
  positions: [id: string, x: number, y: number][];
  error?: string;
}
