/**
 * Which column of a registry export holds what. Each field has the header 企查查, 天眼查 and
 * 启信宝 use and the common variants; a mapping file names others. Exports put title rows above
 * the header (查询条件, 导出时间) and notes below the data (数据来源), so the header is the first
 * of the top rows that names the enterprise column and at least one other known column.
 */

export const FIELDS = [
  'name',
  'shortName',
  'creditCode',
  'stockCode',
  'province',
  'city',
  'county',
  'industry',
  'scope',
  'main',
  'founded',
  'capital',
] as const;
export type Field = (typeof FIELDS)[number];

/** The default headers, first the one the issue names (the mapping file's keys), then variants. */
export const DEFAULT_HEADERS: Record<Field, readonly string[]> = {
  name: ['企业名称', '公司名称', '企业名', '名称', '单位名称', '机构名称'],
  shortName: ['企业简称', '公司简称', '简称', '证券简称'],
  creditCode: ['统一社会信用代码', '社会信用代码', '信用代码', '统一信用代码'],
  stockCode: ['证券代码', '股票代码'],
  province: ['所属省份', '省份', '所属省', '省'],
  city: ['所属城市', '城市', '所属市', '市', '地市'],
  county: ['所属区县', '区县', '所属区/县', '区/县', '县区', '区'],
  industry: ['所属行业', '行业', '国标行业', '所属行业门类'],
  scope: ['经营范围'],
  main: ['主营', '主营业务', '主营产品', '主要产品'],
  founded: ['成立日期', '成立时间', '注册日期'],
  capital: ['注册资本', '注册资金'],
};

/** A field's name for people: its default header (企业名称, 统一社会信用代码 …). */
export const fieldLabel = (field: Field) => DEFAULT_HEADERS[field][0] as string;

/** How many rows from the top may precede the header. */
const HEADER_SEARCH_ROWS = 50;

export type Mapping = Partial<Record<Field, readonly string[]>>;

/**
 * A mapping file: `{ "企业名称": "单位全称", "主营": ["主营产品", "产品"] }` — keys are the default
 * headers (or the field names: name, creditCode …), values the file's header or headers for it.
 * `"headerLine": 4` fixes the header's line instead of detecting it.
 */
export function parseMapping(text: string): { mapping: Mapping; headerLine?: number } | { problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { problem: `not valid JSON: ${(err as Error).message}` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { problem: 'a mapping is a JSON object from field (企业名称 …) to the header used for it' };
  const mapping: Mapping = {};
  let headerLine: number | undefined;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'headerLine') {
      if (!Number.isInteger(value) || (value as number) < 1)
        return { problem: '`headerLine` is a line number (1, 2 …)' };
      headerLine = value as number;
      continue;
    }
    const field = FIELDS.find((f) => f === key || fieldLabel(f) === key);
    if (!field)
      return {
        problem: `unknown field \`${key}\`; the fields are ${FIELDS.map(fieldLabel).join(', ')} (or ${FIELDS.join(', ')}), and headerLine`,
      };
    const headers = typeof value === 'string' ? [value] : value;
    if (
      !Array.isArray(headers) ||
      headers.length === 0 ||
      headers.some((h) => typeof h !== 'string' || h.trim() === '')
    )
      return { problem: `\`${key}\` maps to a header or a list of headers (non-empty text)` };
    mapping[field] = headers.map((h: string) => h.trim());
  }
  return headerLine === undefined ? { mapping } : { mapping, headerLine };
}

export interface Header {
  /** Index of the header row in the table's rows. */
  index: number;
  line: number;
  /** The column of each field the file has. */
  columns: Partial<Record<Field, number>>;
  /** The header text of each column used, for the report. */
  used: Partial<Record<Field, string>>;
}

export type HeaderResult = Header | { problem: string; line?: number };

const clean = (cell: string) =>
  cell
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[*＊:：]+$/, '');

export function findHeader(
  rows: readonly { line: number; cells: string[] }[],
  mapping: Mapping,
  headerLine?: number,
): HeaderResult {
  const headers = (field: Field) => (mapping[field] ?? DEFAULT_HEADERS[field]).map(clean);
  const nameHeaders = headers('name');
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < (headerLine === undefined ? limit : rows.length); index++) {
    const row = rows[index] as { line: number; cells: string[] };
    if (headerLine !== undefined && row.line !== headerLine) continue;
    const cells = row.cells.map(clean);
    const fields = FIELDS.filter((f) => cells.some((c) => headers(f).includes(c)));
    const isHeader = headerLine !== undefined || (cells.some((c) => nameHeaders.includes(c)) && fields.length >= 2);
    if (!isHeader) continue;
    const repeated = cells.filter((c, i) => c !== '' && cells.indexOf(c) !== i);
    if (repeated.length > 0)
      return {
        line: row.line,
        problem: `duplicate column(s) ${[...new Set(repeated)].map((c) => `\`${c}\``).join(', ')} in the header: each column may appear once`,
      };
    const header: Header = { index, line: row.line, columns: {}, used: {} };
    for (const field of fields) {
      const at = cells.flatMap((c, i) => (headers(field).includes(c) ? [i] : []));
      if (at.length > 1)
        return {
          line: row.line,
          problem: `columns ${at.map((i) => `\`${row.cells[i]?.trim()}\``).join(' and ')} both give ${fieldLabel(field)}: name the one to use in a mapping file (--mapping)`,
        };
      header.columns[field] = at[0] as number;
      header.used[field] = (row.cells[at[0] as number] ?? '').trim();
    }
    if (header.columns.name === undefined)
      return {
        line: row.line,
        problem: `the header names no ${fieldLabel('name')} column (${nameHeaders.join(', ')})`,
      };
    return header;
  }
  if (headerLine !== undefined) return { problem: `there is no row on line ${headerLine} (the mapping's headerLine)` };
  return {
    problem: `no header row: none of the first ${HEADER_SEARCH_ROWS} rows names ${nameHeaders.join(' / ')} beside another known column (${FIELDS.filter(
      (f) => f !== 'name',
    )
      .map(fieldLabel)
      .join(', ')}); name the columns in a mapping file (--mapping)`,
  };
}
