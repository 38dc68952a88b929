/**
 * The expand menu's entries (Bloom's "expand by relationship"): a node's neighbours counted by
 * relationship type and kind, each with how many of them are on the canvas already. Pure.
 */
import type { ApiEdge, NeighborCount, NodeKind, RelType } from './types';

export interface ExpandEntry {
  type: RelType;
  kind: NodeKind;
  count: number;
  /** Of `count`, how many are drawn already (from the loaded relationships). */
  shown: number;
}

export function expandEntries(
  id: string,
  counts: readonly NeighborCount[],
  edges: readonly ApiEdge[],
  onCanvas: ReadonlySet<string>,
  kindOf: (id: string) => NodeKind | undefined,
): ExpandEntry[] {
  const shown = new Map<string, Set<string>>();
  for (const e of edges) {
    const other = e.source === id ? e.target : e.target === id ? e.source : null;
    if (!other || other === id || !onCanvas.has(other)) continue;
    const kind = kindOf(other);
    if (!kind) continue;
    const key = `${e.type} ${kind}`;
    const set = shown.get(key) ?? new Set<string>();
    set.add(other);
    shown.set(key, set);
  }
  return counts.map((c) => ({ ...c, shown: Math.min(c.count, shown.get(`${c.type} ${c.kind}`)?.size ?? 0) }));
}
