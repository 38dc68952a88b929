/**
 * CSV that is safe and readable (issue 12): formulas neutralised in `export --format csv` and
 * read back as they were, sheets in the encodings Excel writes on a Chinese Windows (GBK, UTF-16
 * "Unicode text", UTF-8 with or without a BOM) imported as Chinese, undecodable sheets and
 * duplicate header columns refused with their file and line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseDataset, toJson } from '../../server/dataset';
import { cli } from '../support/cli';
import { MINI_FIXTURE, mini } from '../support/fixtures';

const tmp = () => mkdtempSync(join(tmpdir(), 'cluster-graph-csv-'));

const FORMULAS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1)', '-2+3', "'=already quoted"];

const SHEET = [
  'id,kind,name,nameEn,aliases,status,quote,section',
  'enterprise:gbk-parts,ENTERPRISE,哈尔滨新零件有限公司,Harbin New Parts,新零件,PLANNED,引进汽车零部件企业,第三章 招商',
];

describe('CSV export and import', () => {
  it('neutralises cells a spreadsheet would run as formulas, and imports them back as they were', async () => {
    const dir = tmp();
    const dataset = await mini();
    const nodes = dataset.nodes.map((n, i) =>
      // Aliases are joined by `|` in the sheet, so the alias spells the formula without one.
      i < FORMULAS.length
        ? { ...n, name: FORMULAS[i] as string, aliases: [(FORMULAS[i] as string).replace('|', '/')] }
        : n,
    );
    const { meta: _meta, ...rest } = { ...dataset, nodes };
    const file = join(dir, 'formulas.json');
    writeFileSync(file, toJson(rest));
    expect((await cli('export', '--format', 'csv', '--dataset', file, '--out', dir)).code).toBe(0);
    const rows = parseCsv(readFileSync(join(dir, 'nodes.csv'), 'utf8'));
    const nameColumn = rows[0]?.cells.indexOf('name') as number;
    const names = rows.slice(1).map((r) => r.cells[nameColumn] as string);
    for (const formula of FORMULAS) expect(names).toContain(`'${formula}`);
    for (const name of names) expect(name).not.toMatch(/^[=+\-@\t\r]/);
    const out = join(dir, 'back.json');
    const r = await cli('import', join(dir, 'nodes.csv'), join(dir, 'edges.csv'), '--mode', 'replace', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(toJson(rest));
  });

  it.each([
    ['GBK (Excel "CSV" on a Chinese Windows)', (text: string) => iconv.encode(text, 'gbk')],
    ['GB18030', (text: string) => iconv.encode(text, 'gb18030')],
    ['UTF-8 without a BOM', (text: string) => Buffer.from(text, 'utf8')],
    ['UTF-8 with a BOM', (text: string) => Buffer.from(`\ufeff${text}`, 'utf8')],
    [
      'UTF-16 tab-separated (Excel "Unicode text")',
      (text: string) => iconv.encode(`\ufeff${text.replaceAll(',', '\t')}`, 'utf16le'),
    ],
  ])('imports a sheet in %s as Chinese', async (_name, encode) => {
    const dir = tmp();
    writeFileSync(join(dir, 'firms.csv'), encode(`${SHEET.join('\r\n')}\r\n`));
    const out = join(dir, 'merged.json');
    const r = await cli('import', join(dir, 'firms.csv'), '--dataset', MINI_FIXTURE, '--out', out);
    expect(r.code, r.err).toBe(0);
    const merged = parseDataset(readFileSync(out, 'utf8'), out);
    expect(merged.nodes.find((n) => n.id === 'enterprise:gbk-parts')).toMatchObject({
      name: '哈尔滨新零件有限公司',
      aliases: ['新零件'],
      sources: [{ quote: '引进汽车零部件企业', section: '第三章 招商' }],
    });
  });

  it('refuses a sheet that is in no encoding it reads, naming the file and line, and writes nothing', async () => {
    const dir = tmp();
    const good = Buffer.from(`${SHEET[0]}\r\n`, 'utf8');
    const bad = Buffer.concat([good, Buffer.from('enterprise:x,ENTERPRISE,'), Buffer.from([0xff, 0xfe, 0xff, 0x20])]);
    writeFileSync(join(dir, 'broken.csv'), Buffer.concat([bad, Buffer.from(',X,,EXISTING,q,s\r\n')]));
    const out = join(dir, 'never.json');
    const r = await cli('import', join(dir, 'broken.csv'), '--dataset', MINI_FIXTURE, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken\.csv:2: /);
    expect(r.err).toContain('CSV UTF-8');
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses duplicate header columns with their line instead of keeping the last', async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'twice.csv'),
      `id,kind,name,name,nameEn,quote,section\r\nproduct:x,PRODUCT,甲,乙,X,q,s\r\n`,
    );
    const r = await cli('import', join(dir, 'twice.csv'), '--dataset', MINI_FIXTURE);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/twice\.csv:1: .*duplicate column\(s\) `name`/);
  });
});
