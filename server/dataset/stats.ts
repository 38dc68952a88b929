/** Counts by kind and relationship type, as `npm run cli -- stats` prints them. */
import { NODE_KIND_LABELS, REL_TYPE_LABELS } from '../domain/labels';
import { type Dataset, NODE_KINDS, REL_TYPES } from '../domain/model';

export interface DatasetStats {
  nodes: number;
  edges: number;
  byKind: Record<string, number>;
  byType: Record<string, number>;
  indicators: number;
  sources: number;
  implied: number;
  planned: number;
}

export function datasetStats(d: Dataset): DatasetStats {
  const byKind = Object.fromEntries(NODE_KINDS.map((k) => [k, 0]));
  const byType = Object.fromEntries(REL_TYPES.map((t) => [t, 0]));
  let indicators = 0;
  let sources = 0;
  let implied = 0;
  let planned = 0;
  for (const n of d.nodes) {
    byKind[n.kind] = (byKind[n.kind] ?? 0) + 1;
    if ('indicators' in n) indicators += n.indicators.length;
    sources += n.sources.length;
    if (n.status === 'PLANNED') planned++;
  }
  for (const e of d.edges) {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    sources += e.sources.length;
    if (e.sources.every((s) => !s.stated)) implied++;
    if (e.status === 'PLANNED') planned++;
  }
  return { nodes: d.nodes.length, edges: d.edges.length, byKind, byType, indicators, sources, implied, planned };
}

export function formatStats(s: DatasetStats): string {
  const rows = [
    `nodes 节点: ${s.nodes}`,
    ...NODE_KINDS.map((k) => `  ${k.padEnd(16)} ${String(s.byKind[k]).padStart(6)}  ${NODE_KIND_LABELS[k].zh}`),
    `relationships 关系: ${s.edges}`,
    ...REL_TYPES.map((t) => `  ${t.padEnd(16)} ${String(s.byType[t]).padStart(6)}  ${REL_TYPE_LABELS[t].zh}`),
    `indicator values 指标: ${s.indicators}`,
    `sources 出处: ${s.sources}; implied relationships (stated: false) 推断关系: ${s.implied}; planned elements 规划: ${s.planned}`,
  ];
  return `${rows.join('\n')}\n`;
}
