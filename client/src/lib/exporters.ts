/**
 * Export builders: the visible graph as interchange JSON, CSV and GraphML, and the partner and
 * gap tables as CSV. Pure string builders; the view turns them into downloads.
 *
 * Every CSV goes through the writer the CLI uses (server/domain/csv.ts): a UTF-8 BOM, because
 * Excel, which 招商 offices open them in, otherwise reads UTF-8 as the local ANSI code page and
 * garbles Chinese; and cells that a spreadsheet would run as formulas (a node named
 * `=HYPERLINK(…)`) neutralised with a leading `'`.
 */
import { toCsv } from '../../../server/domain/csv';
import { enumLabel, listOf, nameOrBlank, nodeName, paren } from './i18n';
import { pathText } from './pathText';
import type { ApiEdge, ApiNode, Gap, Lang, PartnerMatch } from './types';

export { BOM, csvField, toCsv } from '../../../server/domain/csv';

export interface GraphContent {
  nodes: readonly ApiNode[];
  edges: readonly ApiEdge[];
}

/** Nodes in the dataset interchange format: the fields of server/domain/model.ts, nothing else. */
export function interchangeNode(n: ApiNode): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: n.id,
    kind: n.kind,
    name: n.name,
    nameEn: n.nameEn ?? n.name,
    aliases: n.aliases,
    status: n.status,
    sources: n.sources.map(cleanSource),
  };
  if (n.tier) out.tier = n.tier;
  if (n.zoneKind) out.zoneKind = n.zoneKind;
  if (n.institutionKind) out.institutionKind = n.institutionKind;
  if (n.indicators && (n.kind === 'CLUSTER' || n.kind === 'ZONE')) {
    out.indicators = n.indicators.map((i) => dropNulls({ ...i }));
  }
  return out;
}

export function interchangeEdge(e: ApiEdge): Record<string, unknown> {
  return {
    id: e.id,
    type: e.type,
    source: e.source,
    target: e.target,
    status: e.status,
    sources: e.sources.map(cleanSource),
  };
}

function cleanSource(s: ApiNode['sources'][number]): Record<string, unknown> {
  return dropNulls({ quote: s.quote, section: s.section, stated: s.stated, note: s.note });
}

/** GraphQL sends absent optionals as null; the interchange format omits them. */
function dropNulls(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}

export function toInterchangeJson(g: GraphContent): string {
  return `${JSON.stringify({ nodes: g.nodes.map(interchangeNode), edges: g.edges.map(interchangeEdge) }, null, 2)}\n`;
}

const quotes = (sources: ApiNode['sources']) => sources.map((s) => s.quote).join(' | ');
const sections = (sources: ApiNode['sources']) => sources.map((s) => s.section).join(' | ');

/**
 * What makes a sheet stand on its own: a first row saying what the list is (the view or filter,
 * the date, the source), and for target lists the zone of each partner.
 */
export interface SheetContext {
  /** One line: the list, the filter, the date, the source. */
  about: string;
  zoneOf?: (id: string) => ApiNode | undefined;
}

const aboutRow = (c: SheetContext | undefined) => (c ? [[`# ${c.about}`]] : []);

export function nodesCsv(g: GraphContent, lang: Lang, c?: SheetContext): string {
  const head = ['id', 'kind', 'kindLabel', 'name', 'nameEn', 'aliases', 'status', 'tier', 'sources', 'sections'];
  return toCsv([
    ...aboutRow(c),
    head,
    ...g.nodes.map((n) => [
      n.id,
      n.kind,
      enumLabel(lang, n.kind),
      n.name,
      n.nameEn ?? '',
      n.aliases.join('; '),
      n.status,
      n.tier ?? '',
      quotes(n.sources),
      sections(n.sources),
    ]),
  ]);
}

export function edgesCsv(g: GraphContent, lang: Lang, c?: SheetContext): string {
  const head = ['id', 'type', 'typeLabel', 'source', 'target', 'status', 'sources', 'sections'];
  return toCsv([
    ...aboutRow(c),
    head,
    ...g.edges.map((e) => [
      e.id,
      e.type,
      enumLabel(lang, e.type),
      e.source,
      e.target,
      e.status,
      quotes(e.sources),
      sections(e.sources),
    ]),
  ]);
}

export function xmlEscape(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}

/** GraphML with the scalar properties as keys (sources flattened to their quotes). */
export function toGraphml(g: GraphContent): string {
  const nodeKeys = ['kind', 'name', 'nameEn', 'aliases', 'status', 'tier', 'sources'] as const;
  const edgeKeys = ['type', 'status', 'sources'] as const;
  const keyLines = [
    ...nodeKeys.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...edgeKeys.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
  ];
  const dataLine = (prefix: string, k: string, v: string) => `      <data key="${prefix}_${k}">${xmlEscape(v)}</data>`;
  const nodes = g.nodes.map((n) => {
    const vals: Record<(typeof nodeKeys)[number], string> = {
      kind: n.kind,
      name: n.name,
      nameEn: n.nameEn ?? '',
      aliases: n.aliases.join('; '),
      status: n.status,
      tier: n.tier ?? '',
      sources: quotes(n.sources),
    };
    const data = nodeKeys.filter((k) => vals[k] !== '').map((k) => dataLine('n', k, vals[k]));
    return [`    <node id="${xmlEscape(n.id)}">`, ...data, '    </node>'].join('\n');
  });
  const edges = g.edges.map((e) => {
    const data = [
      dataLine('e', 'type', e.type),
      dataLine('e', 'status', e.status),
      dataLine('e', 'sources', quotes(e.sources)),
    ];
    const open = `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`;
    return [open, ...data, '    </edge>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keyLines,
    '  <graph id="G" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

export function partnersCsv(product: ApiNode, rows: readonly PartnerMatch[], lang: Lang, c?: SheetContext): string {
  const head =
    lang === 'zh'
      ? ['产品', '排名', '合作方', '合作方ID', '类型', '角色', '得分', '所在园区', '理由', '路径', '出处', '出处章节']
      : [
          'Product',
          'Rank',
          'Partner',
          'Partner ID',
          'Kind',
          'Role',
          'Score',
          'Zone',
          'Reason',
          'Path',
          'Sources',
          'Sections',
        ];
  return toCsv([
    ...aboutRow(c),
    head,
    ...rows.map((m, i) => [
      nodeName(lang, product),
      i + 1,
      nodeName(lang, m.node),
      m.node.id,
      enumLabel(lang, m.node.kind),
      enumLabel(lang, m.role),
      m.score.toFixed(3),
      nameOrBlank(lang, c?.zoneOf?.(m.node.id)),
      lang === 'zh' ? m.reason : m.reasonEn,
      // From the partner to the product, as the reason reads (生产商：哈飞汽车 —生产→ 微型车).
      pathText({ nodes: [...m.path.nodes].reverse(), edges: [...m.path.edges].reverse() }, lang),
      quotes(m.node.sources),
      sections(m.node.sources),
    ]),
  ]);
}

/** The gap report; an entry that merges gaps about one subject lists every kind. */
export function gapsCsv(
  gaps: readonly (Gap & { kinds?: readonly Gap['kind'][] })[],
  lang: Lang,
  c?: SheetContext,
): string {
  const head =
    lang === 'zh'
      ? ['缺口ID', '类型', '严重程度', '产品', '产业集群', '园区', '说明', '建议合作方（所在园区）', '出处', '出处章节']
      : [
          'Gap ID',
          'Kind',
          'Severity',
          'Product',
          'Cluster',
          'Zone',
          'Explanation',
          'Suggested partners (zone)',
          'Sources',
          'Sections',
        ];
  const subject = (g: Gap) => g.product ?? g.cluster ?? g.zone ?? null;
  const partner = (m: PartnerMatch) => {
    const z = c?.zoneOf?.(m.node.id);
    const role = enumLabel(lang, m.role);
    return paren(
      lang,
      nodeName(lang, m.node),
      z && z.id !== m.node.id ? listOf(lang, [role, nodeName(lang, z)]) : role,
    );
  };
  return toCsv([
    ...aboutRow(c),
    head,
    ...gaps.map((g) => [
      g.id,
      listOf(
        lang,
        (g.kinds ?? [g.kind]).map((k) => enumLabel(lang, k)),
      ),
      enumLabel(lang, g.severity),
      nameOrBlank(lang, g.product),
      nameOrBlank(lang, g.cluster),
      nameOrBlank(lang, g.zone ?? c?.zoneOf?.(subject(g)?.id ?? '')),
      lang === 'zh' ? g.explanation : g.explanationEn,
      g.suggestedPartners.map(partner).join('; '),
      quotes(subject(g)?.sources ?? []),
      sections(subject(g)?.sources ?? []),
    ]),
  ]);
}
