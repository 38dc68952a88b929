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

export function importCsv(base: Dataset, sheets: CsvSheet[], mode: 'merge' | 'replace'): Dataset {
  const issues: (DatasetIssue & { file: string })[] = [];
  const nodes: Imported[] = [];
  const edges: Imported[] = [];
  for (const sheet of sheets) {
    const decoded = typeof sheet.bytes === 'string' ? { text: sheet.bytes } : decodeSheet(sheet.bytes);
    if (!('text' in decoded)) {
      issues.push({ file: sheet.file, at: `line ${decoded.line}`, line: decoded.line, message: decoded.message });
      continue;
    }
    let rows: CsvRow[];
    try {
      rows = parseCsv(decoded.text);
    } catch (err) {
      issues.push({ file: sheet.file, at: 'file', message: `malformed CSV: ${(err as Error).message}` });
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
      continue;
    }
    const isEdges = columns.includes('type') && columns.includes('source') && columns.includes('target');
    const known = new Set<string>([...(isEdges ? EDGE_COLUMNS : NODE_COLUMNS), ...SOURCE_COLUMNS]);
    const unknown = columns.filter((c) => !known.has(c));
    if (unknown.length > 0) {
      issues.push({
        file: sheet.file,
        at: 'file',
        line: header.line,
        message: `unknown column(s) ${unknown.map((c) => `\`${c}\``).join(', ')}; expected ${[...known].join(', ')}`,
      });
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
      (isEdges ? edges : nodes).push({ raw, file: sheet.file, line: row.line });
    }
  }
  const files = sheets.map((s) => s.file).join(', ');
  if (issues.length > 0)
    throw new DatasetError(
      files,
      issues.map(({ file, ...i }) => ({ ...i, at: `${file} ${i.at}` })),
    );

  const merged = mergeRaw(mode === 'replace' ? { nodes: [], edges: [] } : canonicalDataset(base), nodes, edges);
  const result = validateDataset(merged.data, (path) => {
    const origin = path[0] === 'nodes' ? merged.nodeOrigin[path[1] as number] : merged.edgeOrigin[path[1] as number];
    return origin?.line;
  });
  if (!result.ok) throw new DatasetError(files, result.issues);
  // The canonical base above has no lint acknowledgements on its elements; keep the file's.
  if (mode === 'merge' && base.lintAcks) result.dataset.lintAcks = new Map(base.lintAcks);
  return result.dataset;
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
