/**
 * `import-enterprises`: an enterprise list as officers export it from a business registry
 * (企查查, 天眼查, 启信宝) merged into a dataset. Rows are deduplicated by 统一社会信用代码, then by
 * name; an enterprise the dataset already has (by credit code or by name or alias) gains the row's
 * source, short name and links instead of a twin (its 简称 may be what the dataset calls it). Regions become zones (regions.ts), the registry
 * text links products (products.ts, `stated: false`), and every node and relationship made carries
 * the file, the row and the import date. The plan is worked out in full before anything is
 * written: the report says what would happen, every bad row is named with its line and field, and
 * the caller writes the result only when there is none (or it was asked to leave them out).
 */
import { basename } from 'node:path';
import { DatasetError, type DatasetIssue } from '../../domain/errors';
import {
  type Dataset,
  type EnterpriseNode,
  type GraphEdge,
  type GraphNode,
  LABEL_CONTROL,
  type Source,
} from '../../domain/model';
import { canonicalDataset } from '../canonical';
import { validateFast } from '../fast-validate';
import { collectDataset } from '../sink';
import { validateDataset } from '../validate';
import { type Field, fieldLabel, findHeader, type Mapping } from './columns';
import { creditCodeProblem, normalizeCreditCode } from './credit-code';
import { enterpriseIdFromCode, enterpriseIdFromName, IdClaims, relationship } from './ids';
import { ProductMatcher } from './products';
import { type Level, nameKey, Regions } from './regions';
import type { RegistryReport, RowIssue } from './report';
import { readTable, type TableRow } from './table';

export interface RegistryImport {
  /** The file as the user named it (its base name goes into the provenance). */
  file: string;
  bytes: Uint8Array;
  mapping?: { mapping: Mapping; headerLine?: number };
  /** The import date written into the provenance, `YYYY-MM-DD`. */
  date: string;
  /** Leave bad rows out (each still reported) instead of refusing the file. */
  skipBadRows?: boolean;
}

export interface RegistryPlan {
  report: RegistryReport;
  /** The merged dataset, validated; null when bad rows refuse the file. */
  dataset: Dataset | null;
  /** The first row that made or changed each node and relationship, by id. */
  rows: Map<string, number>;
}

/** What registries write in an empty cell. */
const EMPTY = /^(?:-+|—+|－+|\/|无|暂无|空|N\/?A|null)$/i;
/** A line below the data that is a note, not an enterprise (注：…, 数据来源：…). */
const NOTE = /^(?:注|备注|说明|数据来源|来源|导出|免责|温馨提示|※|\*)|[：:]/;
const TEXT_FIELDS = [
  ['industry', 'industry (所属行业)'],
  ['scope', 'business scope (经营范围)'],
  ['main', 'main business (主营)'],
] as const satisfies readonly (readonly [Field, string])[];
const QUOTE_CONTEXT = 12;

export async function planEnterpriseImport(base: Dataset, input: RegistryImport): Promise<RegistryPlan> {
  const shownFile = basename(input.file);
  const table = await readTable(input.bytes);
  if ('problem' in table) throw fileError(input.file, table.problem, table.line);
  const header = findHeader(table.rows, input.mapping?.mapping ?? {}, input.mapping?.headerLine);
  if ('problem' in header) throw fileError(input.file, header.problem, header.line);

  const canonical = canonicalDataset(base);
  const report: RegistryReport = {
    file: input.file,
    format: table.format,
    headerLine: header.line,
    columns: header.used,
    titleLines: table.rows.slice(0, header.index).map((r) => r.line),
    noteLines: [],
    rowsRead: 0,
    enterprisesNew: 0,
    enterprisesMerged: 0,
    duplicates: [],
    regionsNew: { PROVINCE: 0, CITY: 0, COUNTY: 0 },
    locatedIn: 0,
    productLinks: 0,
    productsMatched: 0,
    rowsUnmatched: [],
    badRows: [],
    skippedBadRows: input.skipBadRows === true,
  };

  const cellOf = (row: TableRow, field: Field): string => {
    const at = header.columns[field];
    const text = at === undefined ? '' : (row.cells[at] ?? '').trim();
    return EMPTY.test(text) ? '' : text;
  };
  const body = dataRows(table.rows.slice(header.index + 1), header.columns.name as number, report);

  const ids = new IdClaims(canonical.nodes);
  const regions = new Regions(canonical.nodes, canonical.edges, ids);
  const matcher = new ProductMatcher(canonical.nodes);
  const byName = enterpriseNames(canonical.nodes);
  const byCode = new Map<string, number>();
  const byRowName = new Map<string, number>();
  const nodesById = new Map(canonical.nodes.map((n) => [n.id, n]));
  const newNodes: GraphNode[] = [];
  /** Where each enterprise this file creates stands in newNodes (a later row's 简称 may find it). */
  const createdAt = new Map<string, number>();
  const newEdges: GraphEdge[] = [];
  const edgeIds = new Set(canonical.edges.map((e) => e.id));
  const matchedProducts = new Set<string>();
  const merged = new Set<string>();
  const rows = new Map<string, number>();
  const rowOf = (id: string, line: number) => {
    if (!rows.has(id)) rows.set(id, line);
  };
  let line = 0;
  let zonesSeen = 0;
  let partsSeen = 0;
  const addEdge = (edge: GraphEdge) => {
    if (edgeIds.has(edge.id)) return false;
    edgeIds.add(edge.id);
    newEdges.push(edge);
    rowOf(edge.id, line);
    return true;
  };

  for (const row of body) {
    report.rowsRead++;
    line = row.line;
    const section = `${shownFile} 第${row.line}行，${input.date} 导入 / ${shownFile} row ${row.line}, imported ${input.date}`;
    const source = (quote: string, extra: Partial<Source> = {}): Source => ({
      quote: oneLine(quote),
      section,
      stated: true,
      ...extra,
    });
    const problems: RowIssue[] = [];
    const name = cellOf(row, 'name');
    if (name === '') problems.push(rowIssue(row, 'name', 'is empty: every row names its enterprise'));
    else if (LABEL_CONTROL.test(name)) problems.push(rowIssue(row, 'name', 'must not contain control characters'));
    const codeText = cellOf(row, 'creditCode');
    const code = codeText === '' ? '' : normalizeCreditCode(codeText);
    const codeProblem = code === '' ? null : creditCodeProblem(code);
    if (codeProblem) problems.push(rowIssue(row, 'creditCode', `\`${codeText}\` is not a valid code: ${codeProblem}`));
    if (problems.length > 0) {
      report.badRows.push(...problems.map((p) => ({ ...p, file: input.file })));
      continue;
    }

    const key = nameKey(name);
    const sameCode = code === '' ? undefined : byCode.get(code);
    const firstLine = sameCode ?? byRowName.get(key);
    if (firstLine !== undefined) {
      report.duplicates.push({ line: row.line, of: firstLine, by: sameCode === undefined ? 'name' : 'creditCode' });
      continue;
    }
    if (code) byCode.set(code, row.line);
    byRowName.set(key, row.line);

    const shortName = cellOf(row, 'shortName');
    const facts = (['creditCode', 'stockCode', 'founded', 'capital'] as const)
      .map((f) => [f, f === 'creditCode' ? code : cellOf(row, f)] as const)
      .filter(([, v]) => v !== '')
      .map(([f, v]) => `${fieldLabel(f)} ${v}`);
    const note = facts.length > 0 ? oneLine(facts.join('；'), true) : undefined;
    const enterpriseSource = source(name, note ? { note } : {});

    const codeId = code ? enterpriseIdFromCode(code) : undefined;
    // A plan names enterprises by their short names (哈飞汽车, 东安动力): a row's 简称 finds them too.
    const existingId =
      codeId && nodesById.has(codeId)
        ? codeId
        : (byName.get(key) ?? (shortName ? byName.get(nameKey(shortName)) : undefined));
    let id: string;
    if (existingId) {
      id = existingId;
      const at = createdAt.get(id);
      const node = (at === undefined ? nodesById.get(id) : newNodes[at]) as EnterpriseNode;
      const aliases = shortName && shortName !== node.name && !node.aliases.includes(shortName) ? [shortName] : [];
      const seen = node.sources.some((s) => s.quote === enterpriseSource.quote && s.section === section);
      const sources = seen ? node.sources : [...node.sources, enterpriseSource];
      const updated = { ...node, aliases: [...node.aliases, ...aliases], sources };
      if (at === undefined) {
        nodesById.set(id, updated);
        merged.add(id);
      } else newNodes[at] = updated;
      report.enterprisesMerged++;
    } else {
      id = codeId ?? ids.claim(enterpriseIdFromName(name), name);
      const node: EnterpriseNode = {
        id,
        kind: 'ENTERPRISE',
        name,
        aliases: shortName && shortName !== name ? [shortName] : [],
        status: 'EXISTING',
        sources: [enterpriseSource],
      };
      createdAt.set(id, newNodes.push(node) - 1);
      byName.set(key, id);
      report.enterprisesNew++;
    }
    rowOf(id, row.line);

    const levels = (
      [
        ['PROVINCE', 'province'],
        ['CITY', 'city'],
        ['COUNTY', 'county'],
      ] as const
    )
      .map(([level, field]) => ({ level: level as Level, name: cellOf(row, field) }))
      .filter((l) => l.name !== '');
    const zoneId = regions.locate(levels, (quote) => source(quote));
    for (const z of regions.created.slice(zonesSeen)) rowOf(z.id, row.line);
    for (const e of regions.edges.slice(partsSeen)) rowOf(e.id, row.line);
    zonesSeen = regions.created.length;
    partsSeen = regions.edges.length;
    if (zoneId) {
      const quote = levels.map((l) => l.name).join(' ');
      if (addEdge(relationship('LOCATED_IN', id, zoneId, source(quote)))) report.locatedIn++;
    }

    const texts = TEXT_FIELDS.map(([field]) => ({ field, text: cellOf(row, field) })).filter((t) => t.text !== '');
    const matches = matcher.match(texts);
    if (matches.length === 0) report.rowsUnmatched.push(row.line);
    for (const m of matches) {
      const fieldEn = TEXT_FIELDS.find(([f]) => f === m.field)?.[1] ?? m.field;
      const isAlias = m.term !== m.productName;
      const linked = addEdge(
        relationship(
          'PRODUCES',
          id,
          m.productId,
          source(excerpt(m.text, m.start, m.term.length), {
            stated: false,
            note:
              `${fieldLabel(m.field as Field)}含“${m.term}”${isAlias ? `（${m.productName}的别名）` : ''}，据登记信息推断` +
              ` / the ${fieldEn} contains “${m.term}”${isAlias ? `, an alias of ${m.productName}` : ''}: inferred from the registry entry`,
          }),
        ),
      );
      if (linked) {
        report.productLinks++;
        matchedProducts.add(m.productId);
      }
    }
  }
  for (const z of regions.created) report.regionsNew[z.zoneKind as Level]++;
  report.productsMatched = matchedProducts.size;

  if (report.badRows.length > 0 && !input.skipBadRows) return { report, dataset: null, rows };

  const data: Dataset = {
    ...(canonical.meta ? { meta: canonical.meta } : {}),
    nodes: [
      ...canonical.nodes.map((n) => (merged.has(n.id) ? (nodesById.get(n.id) as GraphNode) : n)),
      ...regions.created,
      ...newNodes,
    ],
    edges: [...canonical.edges, ...regions.edges, ...newEdges],
  };
  // The fast checks a dataset file gets (zod asked only where they are unsure), else zod's issues.
  const dataset = validateFast(data, collectDataset()) ?? validated(input.file, data);
  if (base.lintAcks) dataset.lintAcks = new Map(base.lintAcks);
  return { report, dataset, rows };
}

function validated(file: string, data: Dataset): Dataset {
  const result = validateDataset(data);
  if (!result.ok) throw new DatasetError(file, result.issues);
  return result.dataset;
}

/** The rows below the header that hold data: blank rows and the notes below the data left out. */
function dataRows(rows: TableRow[], nameColumn: number, report: RegistryReport): TableRow[] {
  const filled = (r: TableRow) => r.cells.filter((c) => c.trim() !== '');
  let end = rows.length;
  while (end > 0) {
    const row = rows[end - 1] as TableRow;
    const cells = filled(row);
    if (cells.length === 0) end--;
    else if (cells.length === 1 && ((row.cells[nameColumn] ?? '').trim() === '' || NOTE.test(cells[0]?.trim() ?? ''))) {
      report.noteLines.unshift(row.line);
      end--;
    } else break;
  }
  return rows.slice(0, end).filter((r) => filled(r).length > 0);
}

function enterpriseNames(nodes: readonly GraphNode[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of nodes) {
    if (n.kind !== 'ENTERPRISE') continue;
    for (const label of [n.name, ...n.aliases]) if (!out.has(nameKey(label))) out.set(nameKey(label), n.id);
  }
  return out;
}

function rowIssue(row: TableRow, field: Field, message: string): RowIssue {
  return { line: row.line, field: fieldLabel(field), message };
}

function fileError(file: string, message: string, line?: number): DatasetError {
  const issue: DatasetIssue = { at: 'file', message };
  if (line !== undefined) issue.line = line;
  return new DatasetError(file, [issue]);
}

/** A quote is one line of text (the schema's rule); a note may keep tabs and newlines. */
function oneLine(text: string, note = false): string {
  const cleaned = note ? text.replace(/(?![\t\n])\p{Cc}/gu, ' ') : text.replace(/\p{Cc}+/gu, ' ');
  return cleaned.trim();
}

/** The matched words with a little of the (normalized) text around them, as the quote of an implied link. */
function excerpt(chars: string, start: number, length: number): string {
  let from = Math.max(0, start - QUOTE_CONTEXT);
  let to = Math.min(chars.length, start + length + QUOTE_CONTEXT);
  // Never half a surrogate pair at either end.
  if (from > 0 && isLowSurrogate(chars.charCodeAt(from))) from--;
  if (to < chars.length && isLowSurrogate(chars.charCodeAt(to))) to++;
  return `${from > 0 ? '…' : ''}${chars.slice(from, to)}${to < chars.length ? '…' : ''}`;
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
