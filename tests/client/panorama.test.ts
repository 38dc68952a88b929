/** The panorama's layout and its 招商 CSV, in Node (lib/panorama.ts). */
import { describe, expect, it } from 'vitest';
import { type ChainGap, layoutPanorama, nodeClass, type PanoramaNode, targetsCsv } from '../../client/src/lib/panorama';

const product = (id: string, name: string) =>
  ({ id, kind: 'PRODUCT', name, nameEn: name, aliases: [], status: 'EXISTING', degree: 1, sources: [] }) as never;
const node = (id: string, lane: PanoramaNode['lane'], tier: number, gap: PanoramaNode['gap'] = null): PanoramaNode =>
  ({
    product: product(id, id.slice(8)),
    lane,
    tier,
    gap,
    localProducerCount: 1,
    externalProducerCount: 0,
    chainLeader: null,
  }) as PanoramaNode;

describe('the panorama layout', () => {
  const nodes = [
    node('product:a', 'UPSTREAM', 0),
    node('product:b', 'UPSTREAM', 0, 'ABSENT'),
    node('product:c', 'MIDSTREAM', 1),
    node('product:d', 'MIDSTREAM', 2),
    node('product:e', 'MIDSTREAM', 2, 'MISSING_LOCALLY'),
    node('product:f', 'DOWNSTREAM', 3),
  ];
  const l = layoutPanorama(nodes, 'zh');

  it('puts the lanes left to right and every box inside its lane', () => {
    expect(l.lanes.map((x) => x.lane)).toEqual(['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM']);
    for (let i = 1; i < l.lanes.length; i++) {
      const prev = l.lanes[i - 1] as { x: number; w: number };
      expect(l.lanes[i]?.x).toBe(prev.x + prev.w);
    }
    for (const n of nodes) {
      const box = l.boxes.get(n.product.id);
      const lane = l.lanes.find((x) => x.lane === n.lane);
      expect(box && lane && box.x >= lane.x && box.x + box.w <= lane.x + lane.w).toBe(true);
    }
    expect(l.width).toBe((l.lanes.at(-1)?.x ?? 0) + (l.lanes.at(-1)?.w ?? 0));
  });

  it('never overlaps boxes, puts higher tiers right of lower ones and gaps first in a column', () => {
    const boxes = [...l.boxes.values()];
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b) expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
    expect(l.boxes.get('product:c')?.x).toBeLessThan(l.boxes.get('product:d')?.x ?? 0);
    expect(l.boxes.get('product:e')?.y).toBeLessThan(l.boxes.get('product:d')?.y ?? 0);
    expect(l.boxes.get('product:b')?.y).toBeLessThan(l.boxes.get('product:a')?.y ?? 0);
    expect(nodeClass(nodes[1] as PanoramaNode)).toBe('gap-ABSENT');
    expect(nodeClass(nodes[0] as PanoramaNode)).toBe('made-here');
  });
});

describe('the 招商 CSV', () => {
  it('opens with what the list is, names each target with its reasons, and neutralises formulas', () => {
    const gap = {
      id: 'MISSING_LOCALLY:product:alloy',
      kind: 'MISSING_LOCALLY',
      severity: 'HIGH',
      explanation: '',
      explanationEn: '',
      externalProducerCount: 1,
      product: product('product:alloy', '合金'),
      dependents: [],
      localProducers: [],
      targets: [
        {
          node: product('enterprise:x', '=HYPERLINK("x")'),
          zone: product('zone:county', '乙县'),
          score: 1.7,
          reasons: ['生产 合金', '位于 乙县'],
          reasonsEn: ['Makes Alloy', 'In County B'],
          path: {
            length: 1,
            nodes: [product('product:alloy', '合金'), product('enterprise:x', 'X')],
            edges: [
              {
                id: 'e',
                type: 'PRODUCES',
                source: 'enterprise:x',
                target: 'product:alloy',
                status: 'EXISTING',
                sources: [{ quote: '合金厂', section: '第三章', stated: true, note: null }],
              },
            ],
          },
        },
      ],
    } as unknown as ChainGap;
    const csv = targetsCsv(gap, 'zh', '招商清单：合金 · 2026-12-02');
    expect(csv.startsWith('\uFEFF# 招商清单：合金 · 2026-12-02')).toBe(true);
    const lines = csv.slice(1).split(/\r?\n/);
    expect(lines[1]?.split(',').slice(0, 5)).toEqual(['缺口', '类型', '严重程度', '投入产品', '排名']);
    expect(lines[2]).toContain('生产 合金; 位于 乙县');
    expect(lines[2]).toContain('乙县');
    expect(lines[2]).toContain('合金厂');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
