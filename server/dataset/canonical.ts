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

/**
 * The canonical text: one JSON document with each element on a line of its own, so a diff shows
 * the elements that changed and a reader can take the file a line at a time (line-layout.ts):
 *
 *   {
 *   "meta": {"title":"…"},
 *   "nodes": [
 *   {"id":"cluster:auto","kind":"CLUSTER",…},
 *   {"id":"zone:haping-road","kind":"ZONE",…}
 *   ],
 *   "edges": [
 *   {"id":"enterprise:hafei-auto-[MEMBER_OF]->cluster:auto","type":"MEMBER_OF",…}
 *   ]
 *   }
 */
export function toJson(d: Dataset): string {
  // The canonical dataset, with the file's lint acknowledgements back on their elements.
  const c = attachAcks(canonicalDataset(d), d.lintAcks);
  const lines = ['{'];
  if (c.meta) lines.push(`"meta": ${JSON.stringify(c.meta)},`);
  const list = (name: string, items: readonly unknown[], after: string) => {
    if (items.length === 0) {
      lines.push(`"${name}": []${after}`);
      return;
    }
    lines.push(`"${name}": [`);
    const last = items.length - 1;
    for (let i = 0; i < last; i++) lines.push(`${JSON.stringify(items[i])},`);
    lines.push(JSON.stringify(items[last]), `]${after}`);
  };
  list('nodes', c.nodes, ',');
  list('edges', c.edges, '');
  lines.push('}', '');
  return lines.join('\n');
}
