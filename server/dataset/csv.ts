/**
 * The CSV reader (RFC 4180: quoted fields, embedded newlines, a BOM), for the sheets `import`
 * reads: comma-separated, or tab-separated as Excel's "Unicode text" writes them. The writer is
 * shared with the explorer and lives in server/domain/csv.ts.
 */
export { csvField, restoreFormulaCell, toCsv as writeCsv } from '../domain/csv';

export interface CsvRow {
  /** 1-based line where the row starts in the file. */
  line: number;
  cells: string[];
}

/** Tab-separated when the header line has tabs and no commas outside quotes; else commas. */
export function detectDelimiter(text: string): ',' | '\t' {
  let quoted = false;
  let tabs = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') return ',';
    else if (!quoted && ch === '\t') tabs++;
  }
  return tabs > 0 ? '\t' : ',';
}

export function parseCsv(text: string, delimiter: ',' | '\t' = detectDelimiter(text)): CsvRow[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let atCellStart = true;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      atCellStart = true;
      line++;
      rowLine = line;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (quoted) throw new Error(`unterminated quoted field starting on line ${rowLine}`);
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}
