/**
 * Incremental placement and overlap removal, the pure core of every layout the explorer does:
 * no footprint (shape and label) touches another, new nodes sit near where they came from, the
 * nodes already drawn stay put, and the result is a spread, never a line or a stack.
 */
import { describe, expect, it } from 'vitest';
import { footprint, LABEL_MAX_WIDTH, textWidth } from '../../client/src/lib/footprint';
import {
  boxAt,
  type NamedBox,
  overlapDepth,
  overlappingPairs,
  stackedPairs,
  thinness,
} from '../../client/src/lib/geometry';
import { removeOverlaps } from '../../client/src/lib/overlap';
import { type Placed, placeNew } from '../../client/src/lib/placement';

const boxes = (nodes: Placed[]): NamedBox[] => nodes.map((n) => ({ id: n.id, ...boxAt(n, n.f) }));

describe('footprints', () => {
  it('measures CJK as square characters and cuts long labels at the ellipsis width', () => {
    expect(textWidth('哈飞汽车', 12)).toBe(48);
    expect(textWidth('abc', 10)).toBeCloseTo(16.8);
    const short = footprint('哈飞', 30, 11);
    expect(short.w).toBe(30);
    expect(short.top).toBe(15);
    expect(short.bottom).toBeGreaterThan(15 + 11);
    expect(footprint('新能源和新材料企业集群新能源和新材料', 30, 11).w).toBe(LABEL_MAX_WIDTH + 4);
    expect(footprint('', 40).bottom).toBe(20);
  });
});

describe('placeNew', () => {
  const f = footprint('某某企业名称', 30);
  const hub: Placed = { id: 'hub', x: 0, y: 0, f: footprint('汽车及配套企业集群', 46, 12) };

  it('puts forty neighbours around their origin, touching nothing, spread in both directions', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ id: `n${String(i).padStart(2, '0')}`, f, origin: hub }));
    const at = placeNew([hub], items);
    const placed: Placed[] = [hub, ...items.map((i) => ({ id: i.id, f, ...(at.get(i.id) ?? { x: 0, y: 0 }) }))];
    expect(overlappingPairs(boxes(placed), 0)).toEqual([]);
    expect(thinness(placed)).toBeGreaterThan(60);
    const far = Math.max(...placed.map((p) => Math.hypot(p.x, p.y)));
    // A compact disc: forty 90-px footprints fit within a few rings.
    expect(far).toBeLessThan(480);
  });

  it('leaves existing nodes where they are and fills the room inside the drawing before widening it', () => {
    // A frame of nodes around an empty square; the origin sits on its left side.
    const frame: Placed[] = [];
    for (let i = 0; i <= 8; i++) {
      frame.push({ id: `t${i}`, x: -400 + i * 100, y: -400, f });
      frame.push({ id: `b${i}`, x: -400 + i * 100, y: 400, f });
    }
    for (let j = 1; j < 8; j++) {
      frame.push({ id: `l${j}`, x: -400, y: -400 + j * 100, f });
      frame.push({ id: `r${j}`, x: 400, y: -400 + j * 100, f });
    }
    const origin = frame.find((p) => p.id === 'l4') as Placed;
    const items = Array.from({ length: 10 }, (_, i) => ({ id: `new${i}`, f, origin }));
    const at = placeNew(frame, items, { aspect: 1 });
    const all: Placed[] = [...frame, ...items.map((i) => ({ id: i.id, f, ...(at.get(i.id) ?? origin) }))];
    expect(overlappingPairs(boxes(all), 0)).toEqual([]);
    for (const p of at.values()) {
      expect(p.x).toBeGreaterThan(-400); // inside the frame, not out on the left
      expect(Math.hypot(p.x - origin.x, p.y - origin.y)).toBeLessThan(400);
    }
  });

  it('is deterministic', () => {
    const items = Array.from({ length: 15 }, (_, i) => ({ id: `n${i}`, f, origin: hub }));
    expect([...placeNew([hub], items)]).toEqual([...placeNew([hub], items)]);
  });

  it('places nodes without an origin around the given centre', () => {
    const at = placeNew(
      [],
      [
        { id: 'a', f },
        { id: 'b', f },
      ],
      { centre: { x: 500, y: 500 } },
    );
    for (const p of at.values()) expect(Math.hypot(p.x - 500, p.y - 500)).toBeLessThan(200);
    expect(
      stackedPairs(
        [...at].map(([id, p]) => ({ id, ...p })),
        10,
      ),
    ).toEqual([]);
  });
});

describe('removeOverlaps', () => {
  it('separates a pile of nodes at one point into a readable spread', () => {
    const f = footprint('产品名称', 28);
    const pile = Array.from({ length: 25 }, (_, i) => ({ id: `p${i}`, x: i * 0.01, y: i * 0.01, f }));
    const at = removeOverlaps(pile, { maxRounds: 200 });
    const placed = pile.map((p) => ({ ...p, ...(at.get(p.id) ?? p) }));
    expect(overlappingPairs(boxes(placed), 1)).toEqual([]);
    expect(stackedPairs(placed, 5)).toEqual([]);
  });

  it('moves only the nodes that touch, and never a fixed one', () => {
    const f = footprint('甲', 30);
    const at = removeOverlaps([
      { id: 'a', x: 0, y: 0, f, fixed: true },
      { id: 'b', x: 10, y: 0, f },
      { id: 'c', x: 500, y: 500, f },
    ]);
    expect(at.get('a')).toEqual({ x: 0, y: 0 });
    expect(at.get('c')).toEqual({ x: 500, y: 500 });
    const b = at.get('b') ?? { x: 0, y: 0 };
    expect(overlapDepth(boxAt({ x: 0, y: 0 }, f), boxAt(b, f))).toBe(0);
  });
});

describe('readability checks', () => {
  it('tell a line from a spread', () => {
    const line = Array.from({ length: 30 }, (_, i) => ({ x: i * 20, y: i * 20 }));
    expect(thinness(line)).toBeLessThan(1e-6);
    const disc = Array.from({ length: 30 }, (_, i) => ({ x: Math.cos(i) * 200, y: Math.sin(i) * 200 }));
    expect(thinness(disc)).toBeGreaterThan(100);
  });
});
