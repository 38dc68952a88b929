/**
 * Incremental placement: where nodes that join the canvas go, without moving the ones already
 * there. Each new node is put on rings around the node it came from, the side facing away from
 * what is already drawn first, in the first slot where its footprint (shape and label) touches
 * nothing, so an expand grows into free space next to its origin and keeps the user's mental map.
 *
 * Pure and deterministic: the same canvas and the same new nodes give the same positions.
 */
import { BoxGrid, boxAt, centroid, type Footprint, type Point } from './geometry';

export interface Placed {
  id: string;
  x: number;
  y: number;
  f: Footprint;
}

export interface NewNode {
  id: string;
  f: Footprint;
  /** Where it came from: the expanded node, the path neighbour; missing: the canvas centre. */
  origin?: Point | undefined;
}

export interface PlacementOptions {
  /** Free space kept around every footprint. */
  gap?: number;
  /** Where nodes without an origin go when the canvas is empty or has no centre worth using. */
  centre?: Point;
  /** Width over height of the canvas: growth that makes a fit zoom out costs, the rest is free. */
  aspect?: number;
}

const RING_LIMIT = 400;

/** Positions for `items`, in their order, grouped by origin. */
export function placeNew(
  existing: readonly Placed[],
  items: readonly NewNode[],
  o: PlacementOptions = {},
): Map<string, Point> {
  const gap = o.gap ?? 6;
  const grid = new BoxGrid<string>(96);
  const bounds = new Bounds(o.aspect ?? 1);
  for (const p of existing) {
    const box = boxAt(p, p.f, gap / 2);
    grid.add(box, p.id);
    bounds.add(box);
  }
  const mass = centroid(existing);
  const fallback = o.centre ?? mass ?? { x: 0, y: 0 };
  const out = new Map<string, Point>();
  const groups = new Map<string, { origin: Point; items: NewNode[] }>();
  for (const item of items) {
    const origin = item.origin ?? fallback;
    const key = `${Math.round(origin.x)},${Math.round(origin.y)}`;
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { origin, items: [item] });
  }
  for (const { origin, items: group } of groups.values()) {
    const slots = new SlotPool(ringSlots(origin, group, awayAngle(origin, existing, mass), gap));
    for (const item of group) {
      const at = slots.best(item, (p) => {
        const box = boxAt(p, item.f, gap / 2);
        return grid.hits(box) ? null : bounds.growth(box);
      });
      const p = at ?? origin; // only past RING_LIMIT rings
      const box = boxAt(p, item.f, gap / 2);
      grid.add(box, item.id);
      bounds.add(box);
      out.set(item.id, round(p));
    }
  }
  return out;
}

/**
 * The box around everything placed, and what a new box would cost: how much further out a fit
 * of the canvas's aspect would have to zoom (the limiting side's growth), then a little for area.
 */
class Bounds {
  private x1 = Number.POSITIVE_INFINITY;
  private y1 = Number.POSITIVE_INFINITY;
  private x2 = Number.NEGATIVE_INFINITY;
  private y2 = Number.NEGATIVE_INFINITY;

  constructor(private readonly aspect: number) {}

  add(b: { x1: number; y1: number; x2: number; y2: number }): void {
    this.x1 = Math.min(this.x1, b.x1);
    this.y1 = Math.min(this.y1, b.y1);
    this.x2 = Math.max(this.x2, b.x2);
    this.y2 = Math.max(this.y2, b.y2);
  }

  growth(b: { x1: number; y1: number; x2: number; y2: number }): number {
    if (!Number.isFinite(this.x1)) return 0;
    const w = this.x2 - this.x1;
    const h = this.y2 - this.y1;
    const gw = Math.max(this.x2, b.x2) - Math.min(this.x1, b.x1);
    const gh = Math.max(this.y2, b.y2) - Math.min(this.y1, b.y1);
    const side = (x: number, y: number) => Math.max(x / this.aspect, y);
    // The fit side in pixels of height, weighted well above the area (in the same units).
    return (side(gw, gh) - side(w, h)) * 400 + (gw * gh - w * h) * 0.05;
  }
}

/**
 * The candidate slots of one origin, generated ring by ring as needed. An item takes, among the
 * free slots of the first ring that has one and the next ring out, the slot that grows the
 * drawing's bounds least (ties: nearest first), so expands fill the room next to their origin
 * before they widen the view; slots it passes over stay for the next items.
 */
class SlotPool {
  private readonly slots: { p: Point; ring: number; used: boolean }[] = [];
  private done = false;

  constructor(private readonly source: Generator<{ p: Point; ring: number }>) {}

  private at(i: number): { p: Point; ring: number; used: boolean } | undefined {
    while (!this.done && this.slots.length <= i) {
      const next = this.source.next();
      if (next.done) this.done = true;
      else this.slots.push({ ...next.value, used: false });
    }
    return this.slots[i];
  }

  best(item: NewNode, cost: (p: Point) => number | null): Point | null {
    let firstRing = -1;
    let chosen: { i: number; cost: number } | null = null;
    for (let i = 0; ; i++) {
      const slot = this.at(i);
      if (!slot) break;
      if (firstRing >= 0 && slot.ring > firstRing + 3) break;
      if (slot.used) continue;
      const c = cost(slot.p);
      if (c === null) continue;
      if (firstRing < 0) firstRing = slot.ring;
      // Growth in units of the item's own footprint, plus a little for each ring out.
      const score = c / Math.max(1, item.f.w * (item.f.top + item.f.bottom)) + (slot.ring - firstRing) * 0.15;
      if (!chosen || score < chosen.cost - 1e-9) chosen = { i, cost: score };
    }
    if (!chosen) return null;
    const slot = this.slots[chosen.i] as { p: Point; used: boolean };
    slot.used = true;
    return slot.p;
  }
}

/** The direction from the drawn nodes near `origin` towards it: where the free space is. */
function awayAngle(origin: Point, existing: readonly Placed[], mass: Point | null): number {
  const near = existing.filter((p) => Math.hypot(p.x - origin.x, p.y - origin.y) < 400);
  const c = centroid(near.length >= 2 ? near : existing) ?? mass;
  if (!c) return -Math.PI / 2;
  const dx = origin.x - c.x;
  const dy = origin.y - c.y;
  return Math.hypot(dx, dy) < 1 ? -Math.PI / 2 : Math.atan2(dy, dx);
}

/**
 * Candidate centres ring by ring around `origin`: each ring one row further out, its slots a
 * footprint apart, ordered from the `away` direction outwards on both sides alternately.
 */
function* ringSlots(
  origin: Point,
  group: readonly NewNode[],
  away: number,
  gap: number,
): Generator<{ p: Point; ring: number }> {
  const widths = group.map((n) => n.f.w).sort((a, b) => a - b);
  const heights = group.map((n) => n.f.top + n.f.bottom).sort((a, b) => a - b);
  const w = (widths[Math.floor(widths.length / 2)] ?? 60) + gap;
  const h = (heights[Math.floor(heights.length / 2)] ?? 50) + gap;
  for (let ring = 1; ring <= RING_LIMIT; ring++) {
    const r = ring * h;
    const count = Math.max(6, Math.floor((2 * Math.PI * r) / w));
    const step = (2 * Math.PI) / count;
    for (const p of alternating(count, (i) => {
      const a = away + i * step;
      return { x: origin.x + r * Math.cos(a), y: origin.y + r * Math.sin(a) };
    }))
      yield { p, ring };
  }
}

/** Slot 0, then 1, -1, 2, -2 … around a ring of `count` slots. */
function* alternating(count: number, at: (i: number) => Point): Generator<Point> {
  yield at(0);
  for (let k = 1; k <= count / 2; k++) {
    yield at(k);
    if (k !== count - k) yield at(-k);
  }
}

function round(p: Point): Point {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}
