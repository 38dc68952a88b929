/**
 * Plane geometry for the graph's layouts: a node's footprint (its shape and the label under it),
 * boxes, a spatial hash for overlap queries, and the readability checks the browser suite and the
 * bench apply to real positions (overlaps, degenerate placements).
 */

export interface Point {
  x: number;
  y: number;
}

/** What a node covers, relative to its centre: x in [-w/2, w/2], y in [-top, bottom] (label below). */
export interface Footprint {
  w: number;
  top: number;
  bottom: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function boxAt(p: Point, f: Footprint, pad = 0): Box {
  return { x1: p.x - f.w / 2 - pad, y1: p.y - f.top - pad, x2: p.x + f.w / 2 + pad, y2: p.y + f.bottom + pad };
}

/** How far two boxes overlap along their shallower axis (0 when apart): the move that separates them. */
export function overlapDepth(a: Box, b: Box): number {
  const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return dx > 0 && dy > 0 ? Math.min(dx, dy) : 0;
}

/** A uniform grid over boxes: which stored boxes may touch a query box, without testing them all. */
export class BoxGrid<T> {
  private readonly cells = new Map<string, { box: Box; item: T }[]>();

  constructor(private readonly cell = 80) {}

  private *keys(b: Box): Generator<string> {
    const c = this.cell;
    for (let i = Math.floor(b.x1 / c); i <= Math.floor(b.x2 / c); i++)
      for (let j = Math.floor(b.y1 / c); j <= Math.floor(b.y2 / c); j++) yield `${i},${j}`;
  }

  add(box: Box, item: T): void {
    for (const k of this.keys(box)) {
      const list = this.cells.get(k);
      if (list) list.push({ box, item });
      else this.cells.set(k, [{ box, item }]);
    }
  }

  /** Whether any stored box overlaps `box` by more than `tolerance`. */
  hits(box: Box, tolerance = 0): boolean {
    for (const k of this.keys(box))
      for (const e of this.cells.get(k) ?? []) if (overlapDepth(box, e.box) > tolerance) return true;
    return false;
  }

  /**
   * The stored items whose boxes overlap `box` by more than `tolerance`, each once; a negative
   * tolerance gives every item stored in the cells `box` touches (for checks of their own).
   */
  near(box: Box, tolerance = 0): T[] {
    const out = new Set<T>();
    for (const k of this.keys(box))
      for (const e of this.cells.get(k) ?? []) if (overlapDepth(box, e.box) > tolerance) out.add(e.item);
    return [...out];
  }
}

export interface NamedBox extends Box {
  id: string;
}

/** Pairs of boxes overlapping by more than `tolerance` pixels (along the shallower axis). */
export function overlappingPairs(boxes: readonly NamedBox[], tolerance: number): [string, string, number][] {
  const grid = new BoxGrid<NamedBox>(Math.max(40, medianSize(boxes)));
  const out: [string, string, number][] = [];
  for (const b of boxes) {
    for (const other of grid.near(b, tolerance)) out.push([other.id, b.id, Math.round(overlapDepth(b, other))]);
    grid.add(b, b);
  }
  return out;
}

function medianSize(boxes: readonly Box[]): number {
  const sizes = boxes.map((b) => Math.max(b.x2 - b.x1, b.y2 - b.y1)).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 80;
}

/**
 * How far the points are from lying on one line, as the spread across the best-fitting line
 * (the square root of the smaller eigenvalue of their covariance). About 0 for the diagonal-line
 * bug; a readable drawing of many nodes spreads in both directions.
 */
export function thinness(points: readonly Point[]): number {
  const n = points.length;
  if (n < 3) return Number.POSITIVE_INFINITY;
  let mx = 0;
  let my = 0;
  for (const p of points) {
    mx += p.x / n;
    my += p.y / n;
  }
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2 / n;
    syy += (p.y - my) ** 2 / n;
    sxy += ((p.x - mx) * (p.y - my)) / n;
  }
  const tr = sxx + syy;
  const det = sxx * syy - sxy * sxy;
  const small = tr / 2 - Math.sqrt(Math.max(0, (tr * tr) / 4 - det));
  return Math.sqrt(Math.max(0, small));
}

/** Pairs of points closer than `min` (stacked nodes). */
export function stackedPairs(points: readonly (Point & { id: string })[], min: number): [string, string][] {
  const out: [string, string][] = [];
  const grid = new BoxGrid<Point & { id: string }>(Math.max(min, 1) * 4);
  for (const p of points) {
    const probe = { x1: p.x - min, y1: p.y - min, x2: p.x + min, y2: p.y + min };
    for (const q of grid.near(probe, -1)) if (Math.hypot(p.x - q.x, p.y - q.y) < min) out.push([q.id, p.id]);
    grid.add({ x1: p.x, y1: p.y, x2: p.x, y2: p.y }, p);
  }
  return out;
}

export function centroid(points: readonly Point[]): Point | null {
  if (points.length === 0) return null;
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return { x: x / points.length, y: y / points.length };
}
