/**
 * The one CSV writer, shared by the CLI's `export --format csv` and the explorer's node, edge,
 * partner and gap exports (client/src/lib/exporters.ts imports it): RFC 4180 quoting, CRLF rows,
 * a UTF-8 byte-order mark so that Excel, which 招商 offices open these in, reads Chinese as
 * UTF-8 rather than the local ANSI code page. Dependency-free, so the client bundles it.
 *
 * Formula injection (OWASP "CSV injection"): a text cell starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return is read by spreadsheets as a formula (`=HYPERLINK(…)`, `+cmd|' /C calc'!A0`).
 * Such a cell is written with a leading `'`, which spreadsheets show as text. The mark is
 * reversible: a cell that already starts with apostrophes before such a character gets one more,
 * and `restoreFormulaCell` takes exactly one off, so the importer reads back what was exported.
 */

export const BOM = '\uFEFF';

const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** A text cell as it is safe to hand to a spreadsheet. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of `neutraliseFormula`, for cells read back by the importer. */
export function restoreFormulaCell(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

/**
 * One field: numbers and booleans as they are, text neutralised, then quoted when it holds a
 * separator, a quote or a line break, or starts or ends with white space (which readers trim).
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole sheet: the BOM, then every row (the header first) joined by CRLF, ending with one. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return `${BOM}${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
