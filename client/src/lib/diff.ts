/**
 * The element diff: what must change on the canvas to show a drawing. Elements are added,
 * removed, re-labelled or moved one by one, never rebuilt, so what stays on screen stays put
 * and Cytoscape restyles only what changed.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Point } from './geometry';

export interface OnCanvas {
  /** A signature of the data the drawing depends on (label, size, count, status). */
  sig: string;
  position?: Point;
}

export interface ElementDiff {
  add: ElementDefinition[];
  remove: string[];
  /** Elements whose data changed (a language switch, a new size rule, an aggregate's count). */
  update: ElementDefinition[];
  /** Nodes that must move to the drawing's position. */
  move: { id: string; position: Point }[];
}

export function signature(el: ElementDefinition): string {
  const d = el.data as Record<string, unknown>;
  return `${String(d.label ?? '')}|${String(d.size ?? '')}|${String(d.count ?? '')}|${String(d.status ?? '')}`;
}

export function diffElements(
  current: ReadonlyMap<string, OnCanvas>,
  desired: readonly ElementDefinition[],
): ElementDiff {
  const want = new Set<string>();
  const out: ElementDiff = { add: [], remove: [], update: [], move: [] };
  for (const el of desired) {
    const id = el.data.id as string;
    want.add(id);
    const now = current.get(id);
    if (!now) {
      out.add.push(el);
      continue;
    }
    if (now.sig !== signature(el)) out.update.push(el);
    const p = el.position;
    if (p && now.position && (Math.abs(p.x - now.position.x) > 0.5 || Math.abs(p.y - now.position.y) > 0.5))
      out.move.push({ id, position: p });
  }
  for (const id of current.keys()) if (!want.has(id)) out.remove.push(id);
  return out;
}
