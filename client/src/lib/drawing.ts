/**
 * What the canvas shows, derived from the view state and the loaded data (sigma.js's rule: data
 * stays in the model, the drawing is derived): the scene's nodes that are loaded, every loaded
 * relationship among them, under the display cap (aggregates past it), each node at its scene
 * position (an aggregate at its members' centre). Pure, so it is tested in Node.
 */
import type { ElementDefinition } from 'cytoscape';
import { type DisplayGraph, displayGraph } from './aggregate';
import { displayElements } from './elements';
import { centroid, type Point } from './geometry';
import type { LoadedGraph } from './loadedGraph';
import { nodeSize, sizeScale } from './sizing';
import type { ApiNode } from './types';
import type { ViewState } from './urlState';

export interface Drawing {
  /** Nodes first, then edges; a node has `position` when the scene (or its members) place it. */
  elements: ElementDefinition[];
  display: DisplayGraph;
  /** Nodes drawn without a position yet. */
  unplaced: string[];
}

export function drawing(state: ViewState, data: LoadedGraph, cap: number): Drawing {
  const { scene, lang } = state;
  const nodes = scene.nodes.map((id) => data.node(id)).filter((n): n is ApiNode => n !== undefined);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = data.edgesAmong(ids);
  const pinned = [...scene.pinned, ...(state.selected ? [state.selected] : []), ...state.selection];
  const display = displayGraph(nodes, edges, { cap, open: scene.open, pinned });
  const scale = sizeScale(display.nodes, state.sizeBy);
  const sizes = new Map(display.nodes.map((n) => [n.id, nodeSize(n, scale)]));
  const elements = displayElements(display, lang, sizes);
  const unplaced: string[] = [];
  for (const el of elements) {
    if (el.group !== 'nodes') continue;
    const id = el.data.id as string;
    const p = scene.positions[id];
    const agg = display.aggregates.find((a) => a.id === id);
    const at: Point | null = p
      ? { x: p[0], y: p[1] }
      : agg
        ? centroid(agg.members.flatMap((m) => (scene.positions[m] ? [toPoint(scene.positions[m])] : [])))
        : null;
    if (at) el.position = at;
    else unplaced.push(id);
  }
  return { elements, display, unplaced };
}

const toPoint = (p: [number, number]): Point => ({ x: p[0], y: p[1] });
