/**
 * Importing CSV sheets in the export's columns (a planner's spreadsheet of enterprises and
 * their products), merged into a dataset or replacing it. Rows are checked like any dataset:
 * every problem is reported with its file and line, and nothing is written unless all is well.
 * Sheets arrive as bytes: their encoding is detected (csv-encoding.ts), and a cell the exporter
 * marked against formula injection is read back as it was.
 */
import { DatasetError, type DatasetIssue } from '../domain/errors';
import type { Dataset } from '../domain/model';
import { edgeId } from '../domain/model';
import { canonicalDataset } from './canonical';
import { type CsvRow, parseCsv, restoreFormulaCell } from './csv';
import { decodeSheet } from './csv-encoding';
import { ALIAS_SEPARATOR, EDGE_COLUMNS, NODE_COLUMNS } from './formats';
import { validateDataset } from './validate';

/** Columns a planner may use instead of the `sources` JSON: one source per row. */
const SOURCE_COLUMNS = ['quote', 'section', 'stated', 'note'];

export interface CsvSheet {
  file: string;
  /** The file's bytes (any encoding decodeSheet knows), or text already decoded. */
  bytes: Uint8Array | string;
}

interface Imported {
  raw: Record<string, unknown>;
  file: string;
  line: number;
}

/** Where a node or relationship of the sheets comes from. */
export interface SheetRow {
  file: string;
  line: number;
}

export interface CsvPlan {
  /** The merged (or replacing) dataset, validated; null when problems refuse the sheets. */
  dataset: Dataset | null;
  /** Every problem, with its file (and line where there is one). */
  issues: (DatasetIssue & { file: string })[];
  /** The row each node and relationship of the sheets comes from, by id. */
  rows: Map<string, SheetRow>;
  /** Bad rows were left out (each still in `issues`). */
  skippedBadRows: boolean;
  /** The rows were read and the result checked as a dataset (the issues are the dataset's, and the rows'). */
  merged: boolean;
}

export function importCsv(base: Dataset, sheets: CsvSheet[], mode: 'merge' | 'replace'): Dataset {
  const plan = planCsvImport(base, sheets, mode);
  if (plan.dataset) return plan.dataset;
  const files = sheets.map((s) => s.file).join(', ');
  const parsing = !plan.merged;
  throw new DatasetError(
    files,
    plan.issues.map(({ file, ...i }) => (parsing ? { ...i, at: `${file} ${i.at}` } : i)),
  );
}

/**
 * The sheets read and merged into `base` (or replacing it), every problem named with its file and
 * line. With `skipBadRows`, a row with a problem is left out (and still reported) and the rest
 * is checked again, until what is left is valid; a problem of no row (a header, the file) still
 * refuses the sheets.
 */
export function planCsvImport(
  base: Dataset,
  sheets: CsvSheet[],
  mode: 'merge' | 'replace',
  opts: { skipBadRows?: boolean } = {},
): CsvPlan {
  const skip = opts.skipBadRows === true;
  const issues: (DatasetIssue & { file: string })[] = [];
  let nodes: Imported[] = [];
  let edges: Imported[] = [];
  const badRows = new Set<string>();
  const rowKey = (file: string, line: number) => `${file}\u0000${line}`;
  let rowless = false;
  for (const sheet of sheets) {
    const decoded = typeof sheet.bytes === 'string' ? { text: sheet.bytes } : decodeSheet(sheet.bytes);
    if (!('text' in decoded)) {
      issues.push({ file: sheet.file, at: `line ${decoded.line}`, line: decoded.line, message: decoded.message });
      rowless = true;
      continue;
    }
    let rows: CsvRow[];
    try {
      rows = parseCsv(decoded.text);
    } catch (err) {
      issues.push({ file: sheet.file, at: 'file', message: `malformed CSV: ${(err as Error).message}` });
      rowless = true;
      continue;
    }
    const [header, ...body] = rows;
    if (!header) continue;
    const columns = header.cells.map((c) => c.trim());
    const repeated = columns.filter((c, i) => columns.indexOf(c) !== i);
    if (repeated.length > 0) {
      issues.push({
        file: sheet.file,
        at: 'header',
        line: header.line,
        message: `duplicate column(s) ${[...new Set(repeated)].map((c) => `\`${c}\``).join(', ')}: each column may appear once`,
      });
      rowless = true;
      continue;
    }
    const isEdges = isEdgeSheet(columns);
    const known = new Set<string>([...(isEdges ? EDGE_COLUMNS : NODE_COLUMNS), ...SOURCE_COLUMNS]);
    const unknown = columns.filter((c) => !known.has(c));
    if (unknown.length > 0) {
      issues.push({
        file: sheet.file,
        at: 'file',
        line: header.line,
        message: `unknown column(s) ${unknown.map((c) => `\`${c}\``).join(', ')}; expected ${[...known].join(', ')}`,
      });
      rowless = true;
      continue;
    }
    for (const row of body) {
      if (row.cells.length !== columns.length) {
        issues.push({
          file: sheet.file,
          at: `row ${row.line}`,
          line: row.line,
          message: `has ${row.cells.length} cells, the header has ${columns.length}`,
        });
        badRows.add(rowKey(sheet.file, row.line));
        continue;
      }
      const cell = Object.fromEntries(columns.map((c, i) => [c, restoreFormulaCell(row.cells[i] ?? '').trim()]));
      const problems: string[] = [];
      const raw = isEdges ? edgeRaw(cell, problems) : nodeRaw(cell, problems);
      for (const message of problems)
        issues.push({
          file: sheet.file,
          at: `row ${row.line}`,
          line: row.line,
          elementId: String(raw.id ?? ''),
          message,
        });
      if (problems.length > 0) badRows.add(rowKey(sheet.file, row.line));
      (isEdges ? edges : nodes).push({ raw, file: sheet.file, line: row.line });
    }
  }
  const rows = new Map<string, SheetRow>();
  const plan = (dataset: Dataset | null, merged = true): CsvPlan => ({
    dataset,
    issues,
    rows,
    skippedBadRows: skip,
    merged,
  });
  if (rowless || (issues.length > 0 && !skip)) return plan(null, false);

  const start = mode === 'replace' ? { nodes: [], edges: [] } : canonicalDataset(base);
  const files = sheets.map((s) => s.file).join(', ');
  for (;;) {
    const keep = (i: Imported) => !badRows.has(rowKey(i.file, i.line));
    nodes = nodes.filter(keep);
    edges = edges.filter(keep);
    const merged = mergeRaw(start, nodes, edges);
    const result = validateDataset(merged.data, (path) => originAt(merged, path[0], path[1])?.line);
    if (result.ok) {
      for (const i of [...nodes, ...edges]) rows.set(String(i.raw.id), { file: i.file, line: i.line });
      // The canonical base above has no lint acknowledgements on its elements; keep the file's.
      if (mode === 'merge' && base.lintAcks) result.dataset.lintAcks = new Map(base.lintAcks);
      return plan(result.dataset);
    }
    let unexplained = !skip;
    for (const issue of result.issues) {
      const [, list, index] = /^(nodes|edges)\[(\d+)\]/.exec(issue.at) ?? [];
      const origin = originAt(merged, list, Number(index));
      issues.push({ ...issue, file: origin?.file ?? files });
      if (origin) badRows.add(rowKey(origin.file, origin.line));
      else unexplained = true;
    }
    // A problem no row of the sheets explains (one in the base, say) refuses them.
    if (unexplained) return plan(null);
  }
}

/** A sheet of relationships has `type`, `source` and `target` columns; else it is one of nodes. */
export const isEdgeSheet = (columns: readonly string[]) =>
  columns.includes('type') && columns.includes('source') && columns.includes('target');

function originAt(merged: ReturnType<typeof mergeRaw>, list: unknown, index: unknown): Imported | undefined {
  if (typeof index !== 'number') return undefined;
  return list === 'nodes' ? merged.nodeOrigin[index] : list === 'edges' ? merged.edgeOrigin[index] : undefined;
}

function mergeRaw(base: Dataset, nodes: Imported[], edges: Imported[]) {
  const nodeList: unknown[] = [...base.nodes];
  const nodeOrigin: (Imported | undefined)[] = base.nodes.map(() => undefined);
  const nodeIndex = new Map(base.nodes.map((n, i) => [n.id, i]));
  for (const n of nodes) {
    const at = typeof n.raw.id === 'string' ? nodeIndex.get(n.raw.id) : undefined;
    if (at === undefined) {
      nodeIndex.set(String(n.raw.id), nodeList.length);
      nodeList.push(n.raw);
      nodeOrigin.push(n);
    } else {
      nodeList[at] = n.raw;
      nodeOrigin[at] = n;
    }
  }
  const edgeList: unknown[] = [...base.edges];
  const edgeOrigin: (Imported | undefined)[] = base.edges.map(() => undefined);
  const edgeIndex = new Map(base.edges.map((e, i) => [e.id, i]));
  for (const e of edges) {
    const at = edgeIndex.get(String(e.raw.id));
    if (at === undefined) {
      edgeIndex.set(String(e.raw.id), edgeList.length);
      edgeList.push(e.raw);
      edgeOrigin.push(e);
    } else {
      edgeList[at] = e.raw;
      edgeOrigin[at] = e;
    }
  }
  const data: Record<string, unknown> = { nodes: nodeList, edges: edgeList };
  if (base.meta) data.meta = base.meta;
  return { data, nodeOrigin, edgeOrigin };
}

function json(cell: Record<string, string>, column: string, problems: string[]): unknown {
  const text = cell[column];
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch (err) {
    problems.push(`column \`${column}\` is not valid JSON: ${(err as Error).message}`);
    return undefined;
  }
}

function sources(cell: Record<string, string>, problems: string[]): unknown {
  const fromJson = json(cell, 'sources', problems);
  if (fromJson !== undefined) return fromJson;
  if (!cell.quote) return undefined;
  const source: Record<string, unknown> = { quote: cell.quote, section: cell.section ?? '' };
  if (cell.stated) source.stated = !/^(false|no|0|否)$/i.test(cell.stated);
  if (cell.note) source.note = cell.note;
  return [source];
}

function set(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined && value !== '') target[key] = value;
}

function nodeRaw(cell: Record<string, string>, problems: string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of ['id', 'kind', 'name', 'nameEn', 'status', 'tier', 'zoneKind', 'institutionKind'])
    set(raw, key, cell[key]);
  raw.aliases = (cell.aliases ?? '')
    .split(ALIAS_SEPARATOR)
    .map((a) => a.trim())
    .filter(Boolean);
  set(raw, 'indicators', json(cell, 'indicators', problems));
  set(raw, 'sources', sources(cell, problems));
  return raw;
}

function edgeRaw(cell: Record<string, string>, problems: string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of ['type', 'source', 'target', 'status']) set(raw, key, cell[key]);
  const { type, source, target } = raw as { type?: string; source?: string; target?: string };
  set(raw, 'id', cell.id || (type && source && target ? edgeId({ type: type as never, source, target }) : undefined));
  set(raw, 'sources', sources(cell, problems));
  return raw;
}
