/**
 * What makes an image export a report figure: a title naming the view (汽车及配套企业集群的邻居,
 * 微型车的合作伙伴 …), the date, the dataset and its source, and the legend of what is actually
 * drawn (only the kinds, tiers and relationship types present). The SVG is built here; the PNG is
 * drawn on a canvas from the same parts (ui/imageExport.ts). Pure.
 */

import { isImplied } from './elements';
import { xmlEscape } from './exporters';
import { enumLabel, nodeName, t } from './i18n';
import { KIND_STYLE, REL_COLOR, TIER_COLOR } from './theme';
import { type ApiEdge, type ApiNode, CLUSTER_TIERS, type ClusterTier, type Lang, NODE_KINDS, REL_TYPES } from './types';
import type { ViewState } from './urlState';

/** The view in a few words, for the title of an exported image. */
export function viewTitle(s: ViewState, name: (id: string) => ApiNode | undefined): string {
  const lang = s.lang;
  const n = (id: string | null | undefined) => {
    const node = id ? name(id) : undefined;
    return node ? nodeName(lang, node) : (id ?? '');
  };
  if (s.tab === 'paths' && s.paths.from && s.paths.to)
    return t(lang, 'title.paths', { from: n(s.paths.from), to: n(s.paths.to) });
  if (s.tab === 'partners' && s.partners.product) return t(lang, 'title.partners', { name: n(s.partners.product) });
  if (s.tab === 'gaps' && s.gaps.gap) return t(lang, 'title.gaps');
  if (s.scene.base.kind === 'chain') return t(lang, 'title.chain', { name: n(s.scene.base.productId) });
  if (s.scene.base.kind === 'whole') return t(lang, 'title.whole');
  const last = s.scene.expansions.at(-1);
  if (last) return t(lang, 'title.neighbours', { name: n(last.id) });
  return t(lang, 'title.overview');
}

export interface LegendItem {
  label: string;
  color: string;
  /** A node shape, or a line for a relationship type. */
  mark: { shape: string } | { line: 'solid' | 'dashed' | 'dotted' };
}

/** The legend of what is drawn: kinds (clusters by tier), statuses, relationship types, implied links. */
export function legendFor(nodes: readonly ApiNode[], edges: readonly ApiEdge[], lang: Lang): LegendItem[] {
  const kinds = new Set(nodes.map((n) => n.kind));
  const tiers = new Set(nodes.map((n) => n.tier).filter((x): x is ClusterTier => !!x));
  const types = new Set(edges.map((e) => e.type));
  const items: LegendItem[] = [];
  for (const k of NODE_KINDS) {
    if (!kinds.has(k) || k === 'CLUSTER') continue;
    items.push({ label: enumLabel(lang, k), color: KIND_STYLE[k].color, mark: { shape: KIND_STYLE[k].shape } });
  }
  for (const tier of CLUSTER_TIERS)
    if (tiers.has(tier))
      items.push({
        label: `${enumLabel(lang, 'CLUSTER')} · ${enumLabel(lang, tier)}`,
        color: TIER_COLOR[tier],
        mark: { shape: KIND_STYLE.CLUSTER.shape },
      });
  for (const r of REL_TYPES)
    if (types.has(r)) items.push({ label: enumLabel(lang, r), color: REL_COLOR[r], mark: { line: 'solid' } });
  if (edges.some((e) => e.status === 'PLANNED') || nodes.some((n) => n.status === 'PLANNED'))
    items.push({ label: t(lang, 'legend.plannedLink'), color: '#6b7280', mark: { line: 'dashed' } });
  if (edges.some(isImplied))
    items.push({ label: t(lang, 'legend.implied'), color: '#6b7280', mark: { line: 'dotted' } });
  return items;
}

export interface ReportFrame {
  title: string;
  /** Date · dataset · source. */
  subtitle: string;
  legend: LegendItem[];
}

export function reportFrame(
  s: ViewState,
  nodes: readonly ApiNode[],
  edges: readonly ApiEdge[],
  name: (id: string) => ApiNode | undefined,
  now = new Date(),
): ReportFrame {
  const lang = s.lang;
  return {
    title: viewTitle(s, name),
    subtitle: `${now.toISOString().slice(0, 10)} · ${t(lang, 'app.title')} · ${t(lang, 'app.subtitle')} · ${t(lang, 'app.source')}`,
    legend: legendFor(nodes, edges, lang),
  };
}

const LEGEND_COLUMN = 180;
const LEGEND_ROW = 20;

/** Rows of the legend for a width: how many items per row, and the height they take. */
export function legendLayout(count: number, width: number): { perRow: number; height: number } {
  const perRow = Math.max(1, Math.floor(width / LEGEND_COLUMN));
  return { perRow, height: Math.ceil(count / perRow) * LEGEND_ROW + 10 };
}

/** An exported graph SVG with the title above it and the legend below, sized to fit both. */
export function framedSvg(graph: string, f: ReportFrame): string {
  const m = /<svg[^>]*width="(\d+)"[^>]*height="(\d+)"[^>]*viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(graph);
  if (!m) return graph;
  const [, , , vx, vy, vw, vh] = m.map(Number) as number[];
  const width = Math.max(vw as number, 640);
  const head = 56;
  const legend = legendLayout(f.legend.length, width);
  const height = head + (vh as number) + legend.height;
  const inner = graph.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const items = f.legend.map((item, i) => {
    const x = 12 + (i % legend.perRow) * LEGEND_COLUMN;
    const y = head + (vh as number) + 8 + Math.floor(i / legend.perRow) * LEGEND_ROW;
    const mark =
      'line' in item.mark
        ? `<line x1="${x}" y1="${y + 7}" x2="${x + 22}" y2="${y + 7}" stroke="${item.color}" stroke-width="2.5"${item.mark.line === 'dashed' ? ' stroke-dasharray="4 3"' : item.mark.line === 'dotted' ? ' stroke-dasharray="1.5 3"' : ''}/>`
        : `<rect x="${x + 4}" y="${y}" width="14" height="14" rx="${item.mark.shape.includes('rect') ? 3 : 7}" fill="${item.color}"/>`;
    return `${mark}<text x="${x + 28}" y="${y + 12}">${xmlEscape(item.label)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width.toFixed(0)}" height="${height.toFixed(0)}" viewBox="0 0 ${width.toFixed(1)} ${height.toFixed(1)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g font-family='"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif' fill="#1f2937">`,
    `<text x="12" y="26" font-size="18" font-weight="bold" data-part="title">${xmlEscape(f.title)}</text>`,
    `<text x="12" y="46" font-size="11" fill="#6b7280" data-part="subtitle">${xmlEscape(f.subtitle)}</text>`,
    `<svg x="0" y="${head}" width="${(vw as number).toFixed(1)}" height="${(vh as number).toFixed(1)}" viewBox="${(vx as number).toFixed(1)} ${(vy as number).toFixed(1)} ${(vw as number).toFixed(1)} ${(vh as number).toFixed(1)}">${inner}</svg>`,
    `<g font-size="11" data-part="legend">${items.join('')}</g>`,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
