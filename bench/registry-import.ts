/**
 * `npm run bench:import -- [--rows 100000] [--format csv|xlsx|both] [--seed n] [--json file]`
 *
 * The registry import at scale (issue 14: 100,000 rows in ≤ 30 s): writes a synthetic 企查查-style
 * export — title rows, the registry's headers, valid credit codes, regions over ten provinces,
 * business scopes naming the Harbin products, 1 % duplicate rows, notes below — as a GBK CSV and
 * as an XLSX, then times `npm run cli -- import-enterprises` on each, in this process, from reading
 * the base dataset to the merged file written. Never fails on a missed target.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { runCli } from '../server/cli/main';
import { DEFAULT_DATASET, loadDatasetFile } from '../server/dataset';
import { creditCodeCheck } from '../server/dataset/registry';
import { Random } from '../server/generator/random';
import { round } from './stats';

const log = (line: string) => process.stderr.write(`${line}\n`);
const TARGET_S = 30;

const HEADER = [
  '序号',
  '企业名称',
  '企业简称',
  '统一社会信用代码',
  '证券代码',
  '所属省份',
  '所属城市',
  '所属区县',
  '所属行业',
  '经营范围',
  '成立日期',
  '注册资本',
  '法定代表人',
];
const PROVINCES: [string, string[]][] = [
  ['黑龙江省', ['哈尔滨市', '大庆市', '齐齐哈尔市']],
  ['吉林省', ['长春市', '吉林市', '四平市']],
  ['辽宁省', ['沈阳市', '大连市', '鞍山市']],
  ['北京市', ['北京市']],
  ['上海市', ['上海市']],
  ['江苏省', ['南京市', '苏州市', '无锡市']],
  ['浙江省', ['杭州市', '宁波市', '温州市']],
  ['广东省', ['广州市', '深圳市', '东莞市']],
  ['山东省', ['济南市', '青岛市', '烟台市']],
  ['四川省', ['成都市', '绵阳市', '德阳市']],
];
const COUNTIES = ['新区', '高新区', '经开区', '城区', '东区', '西区', '南区', '北区'];
const BRAND = '华恒盛泰鑫达宏远博瑞康联创新捷安信诚中科瑞丰天成永和金源';
const TRADES = ['科技', '机械', '制造', '实业', '生物', '电子', '材料', '食品', '汽车', '动力'];
const FILLER = [
  '技术开发、技术咨询、技术服务',
  '货物进出口',
  '企业管理咨询',
  '普通机械设备销售',
  '仓储服务（不含危险品）',
  '道路货物运输',
];

export interface RegistryFile {
  rows: string[][];
  duplicates: number;
}

/** `n` data rows of a registry export naming the given products in their scopes. */
export function registryRows(n: number, products: readonly string[], seed = 1): RegistryFile {
  const rng = new Random(seed);
  const rows: string[][] = [];
  const codeChars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let duplicates = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && rng.next() < 0.01) {
      rows.push([String(i + 1), ...(rng.pick(rows) as string[]).slice(1)]);
      duplicates++;
      continue;
    }
    const [province, cities] = rng.pick(PROVINCES);
    const city = rng.pick(cities);
    const county = `${city.replace(/市$/, '')}${rng.pick(COUNTIES)}`;
    const brand = `${BRAND[rng.int(BRAND.length)]}${BRAND[rng.int(BRAND.length)]}`;
    const trade = rng.pick(TRADES);
    const name = `${city.replace(/市$/, '')}${brand}${trade}有限公司${i}`;
    let first17 = `9${rng.pick(['1', '2', '3'])}${String(110000 + rng.int(890000))}`;
    while (first17.length < 17) first17 += codeChars[rng.int(codeChars.length)];
    const named = Array.from({ length: rng.int(4) }, () => rng.pick(products));
    const scope = [...named, rng.pick(FILLER), rng.pick(FILLER)].join('、');
    rows.push([
      String(i + 1),
      name,
      `${brand}${trade}`,
      `${first17}${creditCodeCheck(first17)}`,
      rng.next() < 0.02 ? String(600000 + rng.int(9999)) : '-',
      province,
      city,
      county,
      `${trade}业`,
      `${scope}（依法须经批准的项目，经相关部门批准后方可开展经营活动）`,
      `${1990 + rng.int(35)}-${String(1 + rng.int(12)).padStart(2, '0')}-${String(1 + rng.int(28)).padStart(2, '0')}`,
      `${(1 + rng.int(999)) * 10}万元人民币`,
      '某某',
    ]);
  }
  return { rows, duplicates };
}

const csvCell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

export function registryCsvGbk(file: RegistryFile): Buffer {
  const lines = [
    ['企查查 · 企业列表导出'],
    ['导出时间：2026-12-01'],
    HEADER,
    ...file.rows,
    ['注：数据来源于国家企业信用信息公示系统'],
  ];
  return iconv.encode(`${lines.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`, 'gbk');
}

export async function registryXlsx(file: RegistryFile): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业列表');
  sheet.addRow(['企查查 · 企业列表导出']);
  sheet.addRow(['导出时间：2026-12-01']);
  sheet.addRow(HEADER);
  for (const row of file.rows) sheet.addRow(row);
  sheet.addRow(['注：数据来源于国家企业信用信息公示系统']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface ImportRun {
  format: 'csv' | 'xlsx';
  rows: number;
  bytes: number;
  wallS: number;
  cpuS: number;
  peakRssMb: number;
  enterprisesNew: number;
  nodes: number;
  relationships: number;
  targetS: number;
  met: boolean;
}

async function timeImport(format: 'csv' | 'xlsx', file: string, out: string, rows: number): Promise<ImportRun> {
  let report = '';
  const cpu = process.cpuUsage();
  const t = performance.now();
  const code = await runCli(
    ['import-enterprises', file, '--dataset', DEFAULT_DATASET, '--out', out, '--date', '2026-12-02'],
    (text) => {
      report += text;
    },
    () => undefined,
  );
  const wallS = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  if (code !== 0) throw new Error(`import-enterprises exited ${code}:\n${report}`);
  const merged = await loadDatasetFile(out);
  return {
    format,
    rows,
    bytes: statSync(file).size,
    wallS: round(wallS, 2),
    cpuS: round((used.user + used.system) / 1e6, 2),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    enterprisesNew: Number(/enterprises new: (\d+)/.exec(report)?.[1] ?? 0),
    nodes: merged.nodes.length,
    relationships: merged.edges.length,
    targetS: TARGET_S,
    met: wallS <= TARGET_S,
  };
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      rows: { type: 'string', default: '100000' },
      format: { type: 'string', default: 'both' },
      seed: { type: 'string', default: '1' },
      json: { type: 'string' },
    },
  });
  const n = Number(values.rows);
  const formats = values.format === 'both' ? (['csv', 'xlsx'] as const) : [values.format as 'csv' | 'xlsx'];
  const base = await loadDatasetFile(DEFAULT_DATASET);
  const products = base.nodes.filter((p) => p.kind === 'PRODUCT').map((p) => p.name);
  const file = registryRows(n, products, Number(values.seed));
  const dir = mkdtempSync(join(os.tmpdir(), 'cluster-graph-bench-import-'));
  const runs: ImportRun[] = [];
  try {
    for (const format of formats) {
      const path = join(dir, `list.${format}`);
      writeFileSync(path, format === 'csv' ? registryCsvGbk(file) : await registryXlsx(file));
      log(
        `${format}: ${n} rows (${file.duplicates} duplicates), ${round(statSync(path).size / 1e6, 1)} MB — importing`,
      );
      const run = await timeImport(format, path, join(dir, `merged-${format}.json`), n);
      log(
        `${format}: ${run.wallS} s wall, ${run.cpuS} s CPU, peak RSS ${run.peakRssMb} MB (target ≤ ${TARGET_S} s: ${run.met ? '✓' : '✗'})`,
      );
      runs.push(run);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const machine = {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model,
    memGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    loadavg: os.loadavg().map((l) => round(l, 1)),
  };
  if (values.json) await writeFile(values.json, `${JSON.stringify({ machine, runs }, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify({ machine, runs })}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`${(err as Error).stack}\n`);
    process.exitCode = 1;
  });
}
