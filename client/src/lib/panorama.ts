/**
 * The chain panorama (产业链全景图) laid out for drawing, and its target list as a CSV: pure, so
 * tests/client/panorama.test.ts checks the geometry in Node.
 *
 * Lanes run left to right (上游 / 中游 / 下游); inside a lane each tier the lane holds is a
 * column (lower tiers left), and a column stacks its products top to bottom, gaps first (the
 * order chainGaps ranks them in), then by name. Boxes never overlap: columns are a box and a
 * gutter apart, rows likewise.
 */
import { toCsv } from '../../../server/domain/csv';
import type { ChainGapsQuery, ChainPanoramaQuery } from './generated';
import { enumLabel, nodeName } from './i18n';
import type { Lang } from './types';

export type PanoramaNode = ChainPanoramaQuery['chainPanorama']['nodes'][number];
export type ChainGap = ChainGapsQuery['chainGaps'][number];
export type Lane = PanoramaNode['lane'];
export const LANES: readonly Lane[] = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];
const GAP_ORDER = ['MISSING_LOCALLY', 'ABSENT', 'SINGLE_LOCAL', 'UNFILLED_TARGET'];

export const BOX = { w: 168, h: 54 } as const;
const GUTTER = { x: 36, y: 14 };
const LANE_PAD = 18;
export const HEADER = 34;

export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface PanoramaLayout {
  width: number;
  height: number;
  lanes: { lane: Lane; x: number; w: number }[];
  boxes: Map<string, Box>;
}

export function layoutPanorama(nodes: readonly PanoramaNode[], lang: Lang): PanoramaLayout {
  const boxes = new Map<string, Box>();
  const lanes: PanoramaLayout['lanes'] = [];
  let x = 0;
  let height = HEADER;
  const rank = (n: PanoramaNode) => (n.gap ? GAP_ORDER.indexOf(n.gap) : GAP_ORDER.length);
  for (const lane of LANES) {
    const inLane = nodes.filter((n) => n.lane === lane);
    const tiers = [...new Set(inLane.map((n) => n.tier))].sort((a, b) => a - b);
    const columns = Math.max(1, tiers.length);
    const w = LANE_PAD * 2 + columns * BOX.w + (columns - 1) * GUTTER.x;
    tiers.forEach((tier, c) => {
      const column = inLane
        .filter((n) => n.tier === tier)
        .sort(
          (a, b) =>
            rank(a) - rank(b) ||
            nodeName(lang, a.product).localeCompare(nodeName(lang, b.product), lang === 'zh' ? 'zh-CN' : 'en') ||
            (a.product.id < b.product.id ? -1 : 1),
        );
      column.forEach((n, r) => {
        const box = {
          id: n.product.id,
          x: x + LANE_PAD + c * (BOX.w + GUTTER.x),
          y: HEADER + GUTTER.y + r * (BOX.h + GUTTER.y),
          w: BOX.w,
          h: BOX.h,
        };
        boxes.set(box.id, box);
        height = Math.max(height, box.y + box.h + GUTTER.y);
      });
    });
    lanes.push({ lane, x, w });
    x += w;
  }
  return { width: x, height, lanes, boxes };
}

/** The class a node is drawn with: its gap, or whether it is made here. */
export function nodeClass(n: PanoramaNode): string {
  if (n.gap) return `gap-${n.gap}`;
  return n.localProducerCount > 0 ? 'made-here' : 'not-made';
}

/** The 招商 list of one gap: a row per target with its reasons, zone and the path's words. */
export function targetsCsv(gap: ChainGap, lang: Lang, about: string): string {
  const zh = lang === 'zh';
  const head = zh
    ? [
        '缺口',
        '类型',
        '严重程度',
        '投入产品',
        '排名',
        '招商目标',
        '目标ID',
        '所在地区',
        '得分',
        '理由',
        '路径',
        '出处',
        '出处章节',
      ]
    : [
        'Gap',
        'Kind',
        'Severity',
        'Input',
        'Rank',
        'Target',
        'Target ID',
        'Region',
        'Score',
        'Reasons',
        'Path',
        'Sources',
        'Sections',
      ];
  return toCsv([
    [`# ${about}`],
    head,
    ...gap.targets.map((m, i) => [
      gap.id,
      enumLabel(lang, gap.kind),
      enumLabel(lang, gap.severity),
      nodeName(lang, gap.product),
      i + 1,
      nodeName(lang, m.node),
      m.node.id,
      m.zone ? nodeName(lang, m.zone) : '',
      m.score.toFixed(2),
      (zh ? m.reasons : m.reasonsEn).join('; '),
      [...m.path.nodes]
        .reverse()
        .map((n) => nodeName(lang, n))
        .join(' → '),
      m.path.edges.flatMap((e) => e.sources.map((s) => s.quote)).join(' | '),
      m.path.edges.flatMap((e) => e.sources.map((s) => s.section)).join(' | '),
    ]),
  ]);
}
