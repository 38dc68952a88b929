/**
 * Export formats beside the canonical JSON: CSV (two sheets, nodes and relationships, in the
 * columns the importer reads back, through the shared writer that neutralises formulas) and
 * GraphML (for Gephi and yEd).
 */
import type { Dataset, GraphNode } from '../domain/model';
import { canonicalDataset } from './canonical';
import { writeCsv } from './csv';

export const NODE_COLUMNS = [
  'id',
  'kind',
  'name',
  'nameEn',
  'aliases',
  'status',
  'tier',
  'zoneKind',
  'institutionKind',
  'indicators',
  'sources',
] as const;
export const EDGE_COLUMNS = ['id', 'type', 'source', 'target', 'status', 'sources'] as const;
export const ALIAS_SEPARATOR = '|';

function nodeRow(n: GraphNode): string[] {
  return [
    n.id,
    n.kind,
    n.name,
    n.nameEn ?? '',
    n.aliases.join(ALIAS_SEPARATOR),
    n.status,
    n.kind === 'CLUSTER' ? n.tier : '',
    n.kind === 'ZONE' ? n.zoneKind : '',
    n.kind === 'INSTITUTION' ? n.institutionKind : '',
    'indicators' in n && n.indicators.length > 0 ? JSON.stringify(n.indicators) : '',
    JSON.stringify(n.sources),
  ];
}

export function toCsv(d: Dataset): { nodes: string; edges: string } {
  const c = canonicalDataset(d);
  return {
    nodes: writeCsv([NODE_COLUMNS, ...c.nodes.map(nodeRow)]),
    edges: writeCsv([
      EDGE_COLUMNS,
      ...c.edges.map((e) => [e.id, e.type, e.source, e.target, e.status, JSON.stringify(e.sources)]),
    ]),
  };
}

const xml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch] as string,
  );

export function toGraphml(d: Dataset): string {
  const c = canonicalDataset(d);
  const nodeKeys = ['label', ...NODE_COLUMNS.slice(1)];
  const edgeKeys = ['label', 'type', 'status', 'sources'];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...edgeKeys.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const row of c.nodes.map(nodeRow)) {
    const [id, , name] = row;
    // The same columns as the CSV sheet, plus `label` (the Chinese name) that Gephi and yEd show.
    const values: [string, string | undefined][] = [
      ['label', name],
      ...NODE_COLUMNS.slice(1).map((k, i): [string, string | undefined] => [k, row[i + 1]]),
    ];
    lines.push(`    <node id="${xml(id as string)}">`);
    for (const [k, v] of values) if (v) lines.push(`      <data key="n_${k}">${xml(v)}</data>`);
    lines.push('    </node>');
  }
  for (const e of c.edges) {
    lines.push(`    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">`);
    lines.push(`      <data key="e_label">${xml(e.type)}</data>`);
    lines.push(`      <data key="e_type">${xml(e.type)}</data>`);
    lines.push(`      <data key="e_status">${xml(e.status)}</data>`);
    lines.push(`      <data key="e_sources">${xml(JSON.stringify(e.sources))}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
