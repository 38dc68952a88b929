/** What an enterprise import would do (and did), as a table a person reads before it writes. */
import type { Field } from './columns';
import type { Level } from './regions';

export interface RowIssue {
  line: number;
  /** The column, by its default header (统一社会信用代码 …). */
  field?: string;
  message: string;
}

export interface RegistryReport {
  file: string;
  format: 'xlsx' | 'csv';
  headerLine: number;
  columns: Partial<Record<Field, string>>;
  /** Lines above the header (titles, query conditions). */
  titleLines: number[];
  /** Lines below the data that are notes. */
  noteLines: number[];
  rowsRead: number;
  enterprisesNew: number;
  enterprisesMerged: number;
  duplicates: { line: number; of: number; by: 'creditCode' | 'name' }[];
  regionsNew: Record<Level, number>;
  locatedIn: number;
  productLinks: number;
  productsMatched: number;
  /** Rows of enterprises whose texts name no product. */
  rowsUnmatched: number[];
  badRows: (RowIssue & { file: string })[];
  skippedBadRows: boolean;
}

const LISTED = 20;

/** `a:3, a:7 …` — the first lines, and how many more. */
function lines(file: string, list: readonly number[]): string {
  const shown = list.slice(0, LISTED).map((l) => `${file}:${l}`);
  return list.length > LISTED ? `${shown.join(', ')} … (${list.length - LISTED} more)` : shown.join(', ');
}

export function formatRegistryReport(r: RegistryReport, opts: { dryRun: boolean; target: string }): string {
  const out: string[] = [];
  const head = opts.dryRun ? '试运行 dry run' : '导入 import';
  out.push(`${head}: ${r.file} (${r.format.toUpperCase()}) → ${opts.target}`);
  out.push(
    `  表头 header: line ${r.headerLine} — ${Object.entries(r.columns)
      .map(([field, header]) => `${header} (${field})`)
      .join(', ')}`,
  );
  if (r.titleLines.length > 0) out.push(`  表头上方 above the header (skipped): ${lines(r.file, r.titleLines)}`);
  if (r.noteLines.length > 0) out.push(`  数据下方注释 notes below the data (skipped): ${lines(r.file, r.noteLines)}`);
  out.push(`  读取行数 rows read: ${r.rowsRead}`);
  out.push(`  新增企业 enterprises new: ${r.enterprisesNew}`);
  out.push(
    `  合并企业 enterprises merged (already in the dataset: same credit code, name, or 简称 short name): ${r.enterprisesMerged}`,
  );
  const byCode = r.duplicates.filter((d) => d.by === 'creditCode').length;
  out.push(
    `  重复行 duplicates: ${r.duplicates.length} (${byCode} by 统一社会信用代码 credit code, ${r.duplicates.length - byCode} by 企业名称 name)`,
  );
  for (const d of r.duplicates.slice(0, LISTED))
    out.push(
      `    ${r.file}:${d.line} repeats line ${d.of} (${d.by === 'creditCode' ? '统一社会信用代码' : '企业名称'})`,
    );
  if (r.duplicates.length > LISTED) out.push(`    … (${r.duplicates.length - LISTED} more)`);
  out.push(
    `  新增地区 regions new: ${r.regionsNew.PROVINCE} 省 provinces, ${r.regionsNew.CITY} 市 cities, ${r.regionsNew.COUNTY} 区县 counties; ${r.locatedIn} 位于 LOCATED_IN`,
  );
  out.push(
    `  匹配产品 products matched: ${r.productsMatched} products, ${r.productLinks} 生产 PRODUCES links (推断 stated: false)`,
  );
  out.push(`  未匹配产品的行 rows unmatched (no product named): ${r.rowsUnmatched.length}`);
  if (r.rowsUnmatched.length > 0) out.push(`    ${lines(r.file, r.rowsUnmatched)}`);
  const verdict =
    r.badRows.length === 0
      ? ''
      : r.skippedBadRows
        ? ' — left out (--skip-bad-rows)'
        : ' — nothing written (fix them, or --skip-bad-rows)';
  out.push(`  错误行 bad rows: ${r.badRows.length}${verdict}`);
  for (const b of r.badRows) out.push(`    ${b.file}:${b.line}: field ${b.field ?? '?'}: ${b.message}`);
  return `${out.join('\n')}\n`;
}
