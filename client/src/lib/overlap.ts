/**
 * Overlap removal after a force-directed or layered layout: force layouts space node centres,
 * not labels, so two labels can still sit on each other. Overlapping footprints are pushed apart
 * along their shallower axis, each by half (a fixed node does not move; its neighbour takes the
 * whole move), until nothing overlaps by more than the tolerance. The layout's shape is kept:
 * only nodes that touch move, and only as far as they must.
 */
import { BoxGrid, boxAt, type Footprint, type Point } from './geometry';

export interface LaidOut {
  id: string;
  x: number;
  y: number;
  f: Footprint;
  fixed?: boolean;
}

export function removeOverlaps(
  nodes: readonly LaidOut[],
  o: { gap?: number; tolerance?: number; maxRounds?: number } = {},
): Map<string, Point> {
  const gap = o.gap ?? 8;
  const tolerance = o.tolerance ?? 0.5;
  const maxRounds = o.maxRounds ?? 60;
  const at = nodes.map((n) => ({ ...n, x: n.x, y: n.y }));
  const order = [...at].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let round = 0; round < maxRounds; round++) {
    const grid = new BoxGrid<(typeof at)[number]>(120);
    let moved = false;
    for (const n of order) {
      const box = boxAt(n, n.f, gap / 2);
      for (const other of grid.near(box, tolerance)) {
        const b = boxAt(other, other.f, gap / 2);
        const dx = Math.min(box.x2, b.x2) - Math.max(box.x1, b.x1);
        const dy = Math.min(box.y2, b.y2) - Math.max(box.y1, b.y1);
        if (dx <= tolerance || dy <= tolerance) continue;
        // Separate along the shallower axis, away from each other (ties by id for determinism).
        const horizontal = dx < dy;
        const sign = horizontal
          ? Math.sign(n.x - other.x) || (n.id < other.id ? -1 : 1)
          : Math.sign(n.y + (n.f.bottom - n.f.top) / 2 - (other.y + (other.f.bottom - other.f.top) / 2)) ||
            (n.id < other.id ? -1 : 1);
        const need = (horizontal ? dx : dy) + 0.5;
        const share = n.fixed ? (other.fixed ? 0 : 1) : other.fixed ? 0 : 0.5;
        const mine = n.fixed ? 0 : other.fixed ? need : need * 0.5;
        const theirs = need * share;
        if (horizontal) {
          n.x += sign * mine;
          other.x -= sign * theirs;
        } else {
          n.y += sign * mine;
          other.y -= sign * theirs;
        }
        if (mine || theirs) moved = true;
      }
      grid.add(boxAt(n, n.f, gap / 2), n);
    }
    if (!moved) break;
  }
  return new Map(at.map((n) => [n.id, { x: Math.round(n.x), y: Math.round(n.y) }]));
}

/**
 * Shrinks a force layout towards its centre as far as its nodes allow: force layouts space
 * centres for edges, which leaves room that labels do not need and makes a view too small to
 * read at fit. Each node's need is how far the layout may shrink before it would touch its
 * nearest neighbours; the layout shrinks by a high quantile of those needs (a few pairs may end
 * up touching: removeOverlaps then separates them), never below `floor`.
 */
export function compact(
  nodes: readonly LaidOut[],
  o: { gap?: number; floor?: number; quantile?: number } = {},
): Map<string, Point> {
  const gap = o.gap ?? 8;
  const floor = o.floor ?? 0.35;
  const q = o.quantile ?? 0.85;
  const out = new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  if (nodes.length < 3 || nodes.some((n) => n.fixed)) return out;
  const cx = nodes.reduce((s, n) => s + n.x, 0) / nodes.length;
  const cy = nodes.reduce((s, n) => s + n.y, 0) / nodes.length;
  const size = Math.max(...nodes.map((n) => Math.max(n.f.w, n.f.top + n.f.bottom)));
  const grid = new BoxGrid<LaidOut>(size * 2);
  for (const n of nodes) grid.add({ x1: n.x, y1: n.y, x2: n.x, y2: n.y }, n);
  const needs = nodes.map((n) => {
    const r = size * 3;
    let need = 0;
    for (const m of grid.near({ x1: n.x - r, y1: n.y - r, x2: n.x + r, y2: n.y + r }, -1)) {
      if (m === n) continue;
      const dx = Math.abs(n.x - m.x);
      const dy = Math.abs(n.y + (n.f.bottom - n.f.top) / 2 - (m.y + (m.f.bottom - m.f.top) / 2));
      const sepX = (n.f.w + m.f.w) / 2 + gap;
      const sepY = (n.f.top + n.f.bottom + m.f.top + m.f.bottom) / 2 + gap;
      // Apart at scale s when s·dx ≥ sepX or s·dy ≥ sepY.
      const s = Math.min(dx > 0 ? sepX / dx : Number.POSITIVE_INFINITY, dy > 0 ? sepY / dy : Number.POSITIVE_INFINITY);
      need = Math.max(need, s);
    }
    return need;
  });
  const sorted = needs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const s = Math.min(1, Math.max(floor, sorted[Math.floor(q * (sorted.length - 1))] ?? 1));
  for (const n of nodes) out.set(n.id, { x: cx + (n.x - cx) * s, y: cy + (n.y - cy) * s });
  return out;
}
