/**
 * A registry export as rows of text cells, each with the line a person sees it on: the row number
 * in the first worksheet of an XLSX (exceljs), the line in a CSV (any encoding decodeSheet knows,
 * comma- or tab-separated). What a cell shows is what is read: a date as 2001-05-20, a number as
 * written, a hyperlink's text, a formula's last result.
 */
import ExcelJS from 'exceljs';
import { parseCsv, restoreFormulaCell } from '../csv';
import { decodeSheet } from '../csv-encoding';

export interface TableRow {
  line: number;
  cells: string[];
}

export type Table = { rows: TableRow[]; format: 'xlsx' | 'csv' } | { problem: string; line?: number };

/** XLSX when the bytes are a zip (PK), else CSV. */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readXlsx(bytes);
  const decoded = decodeSheet(bytes);
  if (!('text' in decoded)) return { problem: decoded.message, line: decoded.line };
  try {
    const rows = parseCsv(decoded.text).map((r) => ({ line: r.line, cells: r.cells.map(restoreFormulaCell) }));
    return { rows, format: 'csv' };
  } catch (err) {
    return { problem: `malformed CSV: ${(err as Error).message}` };
  }
}

/**
 * The whole workbook is loaded: exceljs's streaming WorkbookReader would be faster and smaller,
 * but it splits multi-byte characters where its chunks end (批准 read as 批��), and an
 * enterprise list is mostly Chinese text.
 */
async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (err) {
    return { problem: `not a readable XLSX workbook: ${(err as Error).message}` };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { problem: 'the workbook has no worksheet' };
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    rows.push({ line, cells });
  });
  return { rows, format: 'xlsx' };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return '';
  return '';
}
