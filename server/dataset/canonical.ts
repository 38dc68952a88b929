/**
 * The canonical JSON interchange form: every field present, in a fixed order, so that
 * export → validate → load → export is byte-identical and diffs of a dataset stay readable.
 */
import type { Dataset, GraphEdge, GraphNode, Indicator, Source } from '../domain/model';
import { attachAcks } from './lint/acks';

export function canonicalSource(s: Source): Source {
  const out: Source = { quote: s.quote, section: s.section, stated: s.stated };
  if (s.note !== undefined) out.note = s.note;
  return out;
}

function canonicalIndicator(i: Indicator): Indicator {
  const out: Indicator = { key: i.key, name: i.name, nameEn: i.nameEn, year: i.year, value: i.value } as Indicator;
  if (i.valueMax !== undefined) out.valueMax = i.valueMax;
  out.unit = i.unit;
  out.kind = i.kind;
  out.measure = i.measure;
  out.period = i.period;
  out.sources = i.sources.map(canonicalSource);
  return out;
}

export function canonicalNode(n: GraphNode): GraphNode {
  const base = { id: n.id, kind: n.kind, name: n.name, nameEn: n.nameEn, aliases: [...n.aliases], status: n.status };
  const sources = n.sources.map(canonicalSource);
  switch (n.kind) {
    case 'CLUSTER':
      return { ...base, kind: n.kind, tier: n.tier, indicators: n.indicators.map(canonicalIndicator), sources };
    case 'ZONE':
      return { ...base, kind: n.kind, zoneKind: n.zoneKind, indicators: n.indicators.map(canonicalIndicator), sources };
    case 'INSTITUTION':
      return { ...base, kind: n.kind, institutionKind: n.institutionKind, sources };
    default:
      return { ...base, kind: n.kind, sources };
  }
}

export function canonicalEdge(e: GraphEdge): GraphEdge {
  return {
    id: e.id,
    type: e.type,
    source: e.source,
    target: e.target,
    status: e.status,
    sources: e.sources.map(canonicalSource),
  };
}

export function canonicalDataset(d: Dataset): Dataset {
  const out: Dataset = { nodes: d.nodes.map(canonicalNode), edges: d.edges.map(canonicalEdge) };
  if (d.meta) return { meta: d.meta, ...out };
  return out;
}

/** The interchange JSON: the canonical dataset, with the file's lint acknowledgements back on their elements. */
export function toJson(d: Dataset): string {
  return `${JSON.stringify(attachAcks(canonicalDataset(d), d.lintAcks), null, 2)}\n`;
}
