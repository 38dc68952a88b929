/**
 * Workbooks an office can hand on: one sheet per list (the gaps, the partners or targets), a sheet
 * of the sources every row rests on (the plan's quote and section, or the note of an implied
 * link) and a sheet saying what the lists are (the filter, the date, the dataset and its source).
 * The sheets are plain data built here; `writeWorkbook` turns them into an .xlsx with exceljs, which
 * the caller loads (the browser build lazily, Node the package), so the CLI and the explorer share
 * one writer.
 */
import { enumLabel, listOf, nameOrBlank, nodeName, t } from './i18n';
import { pathText } from './pathText';
import type { ApiNode, Gap, GapKind, Lang, PartnerMatch, Source } from './types';

export interface Sheet {
  name: string;
  columns: { header: string; width: number }[];
  rows: (string | number)[][];
}

/** What the lists came from, written on their own sheet. */
export interface ListContext {
  title: string;
  filter: string;
  date: string;
  /** The zone a partner sits in (its own when it is a zone), for the target lists. */
  zoneOf: (id: string) => ApiNode | undefined;
}

type GapRow = Gap & { kinds?: readonly GapKind[] };

const L = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);

function aboutSheet(lang: Lang, c: ListContext): Sheet {
  return {
    name: L(lang, '说明', 'About'),
    columns: [
      { header: L(lang, '项目', 'Item'), width: 16 },
      { header: L(lang, '内容', 'Value'), width: 90 },
    ],
    rows: [
      [L(lang, '清单', 'List'), c.title],
      [L(lang, '筛选', 'Filter'), c.filter],
      [L(lang, '导出日期', 'Exported'), c.date],
      [L(lang, '数据', 'Dataset'), `${t(lang, 'app.title')} · ${t(lang, 'app.subtitle')}`],
      [L(lang, '来源', 'Source'), t(lang, 'app.source')],
    ],
  };
}

function sourcesSheet(lang: Lang, rows: { id: string; name: string; sources: readonly Source[] }[]): Sheet {
  const seen = new Set<string>();
  const out: (string | number)[][] = [];
  for (const r of rows) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    for (const s of r.sources)
      out.push([
        r.id,
        r.name,
        s.quote,
        s.section,
        s.stated ? L(lang, '规划原文', 'stated') : L(lang, '推断', 'implied'),
        s.note ?? '',
      ]);
  }
  return {
    name: L(lang, '出处', 'Sources'),
    columns: [
      { header: 'ID', width: 34 },
      { header: L(lang, '名称', 'Name'), width: 26 },
      { header: L(lang, '原文', 'Quote'), width: 60 },
      { header: L(lang, '章节', 'Section'), width: 34 },
      { header: L(lang, '性质', 'Stated'), width: 10 },
      { header: L(lang, '说明', 'Note'), width: 50 },
    ],
    rows: out,
  };
}

function partnerRows(
  lang: Lang,
  owner: string,
  matches: readonly PartnerMatch[],
  c: ListContext,
): (string | number)[][] {
  return matches.map((m, i) => [
    owner,
    i + 1,
    nodeName(lang, m.node),
    m.node.id,
    enumLabel(lang, m.node.kind),
    enumLabel(lang, m.role),
    Number(m.score.toFixed(3)),
    nameOrBlank(lang, c.zoneOf(m.node.id)),
    lang === 'zh' ? m.reason : m.reasonEn,
    pathText({ nodes: [...m.path.nodes].reverse(), edges: [...m.path.edges].reverse() }, lang),
  ]);
}

const partnerColumns = (lang: Lang, first: string) => [
  { header: first, width: 24 },
  { header: L(lang, '排名', 'Rank'), width: 6 },
  { header: L(lang, '合作方', 'Partner'), width: 24 },
  { header: L(lang, '合作方ID', 'Partner ID'), width: 30 },
  { header: L(lang, '类型', 'Kind'), width: 10 },
  { header: L(lang, '角色', 'Role'), width: 12 },
  { header: L(lang, '得分', 'Score'), width: 8 },
  { header: L(lang, '所在园区', 'Zone'), width: 20 },
  { header: L(lang, '理由', 'Reason'), width: 50 },
  { header: L(lang, '路径', 'Path'), width: 60 },
];

/** The gap report: its entries, every suggested partner (the targets) with its zone, the sources, what it is. */
export function gapWorkbook(gaps: readonly GapRow[], lang: Lang, c: ListContext): Sheet[] {
  const subject = (g: Gap) => g.product ?? g.cluster ?? g.zone ?? null;
  const gapsSheet: Sheet = {
    name: L(lang, '缺口', 'Gaps'),
    columns: [
      { header: L(lang, '缺口ID', 'Gap ID'), width: 30 },
      { header: L(lang, '类型', 'Kind'), width: 22 },
      { header: L(lang, '严重程度', 'Severity'), width: 10 },
      { header: L(lang, '对象', 'Subject'), width: 24 },
      { header: L(lang, '对象ID', 'Subject ID'), width: 30 },
      { header: L(lang, '产业集群', 'Cluster'), width: 22 },
      { header: L(lang, '园区', 'Zone'), width: 20 },
      { header: L(lang, '说明', 'Explanation'), width: 70 },
      { header: L(lang, '建议合作方', 'Suggested partners'), width: 50 },
    ],
    rows: gaps.map((g) => [
      g.id,
      listOf(
        lang,
        (g.kinds ?? [g.kind]).map((k) => enumLabel(lang, k)),
      ),
      enumLabel(lang, g.severity),
      nameOrBlank(lang, subject(g)),
      subject(g)?.id ?? '',
      nameOrBlank(lang, g.cluster),
      nameOrBlank(lang, g.zone),
      lang === 'zh' ? g.explanation : g.explanationEn,
      listOf(
        lang,
        g.suggestedPartners.map((m) => nodeName(lang, m.node)),
      ),
    ]),
  };
  const targets: Sheet = {
    name: L(lang, '建议合作方', 'Targets'),
    columns: partnerColumns(lang, L(lang, '缺口ID', 'Gap ID')),
    rows: gaps.flatMap((g) => partnerRows(lang, g.id, g.suggestedPartners, c)),
  };
  const sourced = gaps.flatMap((g) =>
    [subject(g), ...g.suggestedPartners.map((m) => m.node)]
      .filter((n): n is ApiNode => n != null)
      .map((n) => ({ id: n.id, name: nodeName(lang, n), sources: n.sources })),
  );
  return [gapsSheet, targets, sourcesSheet(lang, sourced), aboutSheet(lang, c)];
}

/** A product's partners with their zones, the sources, what it is. */
export function partnerWorkbook(
  product: ApiNode,
  matches: readonly PartnerMatch[],
  lang: Lang,
  c: ListContext,
): Sheet[] {
  return [
    {
      name: L(lang, '合作伙伴', 'Partners'),
      columns: partnerColumns(lang, L(lang, '产品', 'Product')),
      rows: partnerRows(lang, nodeName(lang, product), matches, c),
    },
    sourcesSheet(
      lang,
      [product, ...matches.map((m) => m.node)].map((n) => ({ id: n.id, name: nodeName(lang, n), sources: n.sources })),
    ),
    aboutSheet(lang, c),
  ];
}

/** What exceljs offers that the writer uses (the browser bundle and the Node package both have it). */
export interface ExcelModule {
  Workbook: new () => {
    creator: string;
    addWorksheet(name: string): {
      columns: { header: string; width: number }[];
      addRow(values: (string | number)[]): unknown;
      getRow(n: number): { font: unknown };
      views: unknown[];
    };
    xlsx: { writeBuffer(): Promise<ArrayBuffer | Uint8Array> };
  };
}

/** Writes the sheets as an .xlsx (headers bold, frozen); cells that look like formulas stay text. */
export async function writeWorkbook(excel: ExcelModule, sheets: readonly Sheet[]): Promise<Uint8Array> {
  const book = new excel.Workbook();
  book.creator = '产业集群图谱 cluster-graph';
  for (const s of sheets) {
    const ws = book.addWorksheet(s.name.slice(0, 31));
    ws.columns = s.columns;
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    // exceljs writes strings as shared strings, never as formulas: no `=` runs when opened.
    for (const r of s.rows) ws.addRow(r);
  }
  const out = await book.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out);
}
