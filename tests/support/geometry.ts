/**
 * What a person sees, as checks on the real drawing (the bench hook's `seen()`): no two nodes
 * (shape and label) on each other, a spread rather than a line or a stack, everything inside
 * the canvas, labels big enough to read at fit. The browser suite asserts `problems(...)` is empty
 * after every flow that adds or lays out nodes.
 */
import { type NamedBox, overlappingPairs, stackedPairs, thinness } from '../../client/src/lib/geometry';
import type { Seen, SeenNode } from '../../client/src/ui/benchHook';

export type { Seen, SeenNode } from '../../client/src/ui/benchHook';

/** Pixels two footprints may overlap (anti-aliasing, label backgrounds). */
export const OVERLAP_TOLERANCE = 3;
export const MIN_FONT_PX = 10;
export const FONT_CHECK_MAX_NODES = 100;

export function problems(seen: Seen, o: { fonts?: boolean } = {}): string[] {
  const out: string[] = [];
  const named = (pick: (n: SeenNode) => SeenNode['box']): NamedBox[] =>
    seen.nodes.map((n) => ({ id: n.id, ...pick(n) }));
  for (const [a, b, d] of overlappingPairs(
    named((n) => n.box),
    OVERLAP_TOLERANCE,
  ))
    out.push(`overlap ${d}px: ${a} / ${b}`);
  // A line is only a defect among many nodes (three may well sit in a row).
  if (seen.nodes.length >= 6) {
    const spread = thinness(seen.nodes);
    if (spread < 25) out.push(`degenerate: every node within ${spread.toFixed(1)}px of one line`);
  }
  for (const [a, b] of stackedPairs(seen.nodes, 6)) out.push(`stacked: ${a} / ${b}`);
  const c = seen.canvas;
  for (const n of seen.nodes) {
    const b = n.box;
    if (b.x1 < c.x1 - 1 || b.y1 < c.y1 - 1 || b.x2 > c.x2 + 1 || b.y2 > c.y2 + 1)
      out.push(
        `outside the canvas: ${n.id} (${Math.round(b.x1)},${Math.round(b.y1)})–(${Math.round(b.x2)},${Math.round(b.y2)})`,
      );
  }
  if ((o.fonts ?? true) && seen.nodes.length <= FONT_CHECK_MAX_NODES) {
    const small = seen.nodes.filter((n) => n.label && n.fontPx < MIN_FONT_PX - 0.05);
    if (small.length)
      out.push(
        `labels under ${MIN_FONT_PX}px at fit: ${small.length} (smallest ${Math.min(...small.map((n) => n.fontPx)).toFixed(1)}px)`,
      );
  }
  return out;
}

/** Nodes whose model position changed between two drawings (by more than half a pixel). */
export function moved(before: Seen, after: Seen): string[] {
  return Object.entries(before.positions)
    .filter(([id, p]) => {
      const q = after.positions[id];
      return q && (Math.abs(q.x - p.x) > 0.5 || Math.abs(q.y - p.y) > 0.5);
    })
    .map(([id]) => id);
}

/** The farthest any of `ids` lies from `origin`, in model pixels. */
export function farthestFrom(seen: Seen, origin: string, ids: readonly string[]): number {
  const o = seen.positions[origin];
  if (!o) return Number.POSITIVE_INFINITY;
  return Math.max(
    0,
    ...ids.map((id) => {
      const p = seen.positions[id];
      return p ? Math.hypot(p.x - o.x, p.y - o.y) : Number.POSITIVE_INFINITY;
    }),
  );
}
