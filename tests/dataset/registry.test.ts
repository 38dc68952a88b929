/**
 * The parts of the registry import (issue 14) on their own: the credit-code check of GB 32100,
 * the product matcher (longest match first, each product once), header detection, stable ids, and
 * optional English names with their pinyin fallback — in the dataset, the planner's sheet and the
 * JSON a dataset is written in.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadDatasetFile, parseDataset, toJson } from '../../server/dataset';
import { creditCodeCheck, creditCodeProblem, normalizeCreditCode } from '../../server/dataset/registry';
import { findHeader, parseMapping } from '../../server/dataset/registry/columns';
import { IdClaims, pinyinSlug, regionId } from '../../server/dataset/registry/ids';
import { ProductMatcher } from '../../server/dataset/registry/products';
import { readTable } from '../../server/dataset/registry/table';
import { englishName, pinyinName } from '../../server/domain/english-name';
import type { GraphNode } from '../../server/domain/model';
import { cli } from '../support/cli';

const product = (id: string, name: string, aliases: string[] = []): GraphNode => ({
  id: `product:${id}`,
  kind: 'PRODUCT',
  name,
  aliases,
  status: 'EXISTING',
  sources: [{ quote: name, section: 'test', stated: true }],
});

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts real codes and the codes its check character completes', () => {
    // 华为技术有限公司, 腾讯科技（深圳）有限公司, 北京某外资企业
    for (const code of ['914403001922038216', '9144030071526726XG', '91110000600037341L'])
      expect(creditCodeProblem(code), code).toBeNull();
    expect(creditCodeCheck('91440300192203821')).toBe('6');
    expect(normalizeCreditCode(' ９１４４０３００７１５２６７２６ｘｇ ')).toBe('9144030071526726XG');
  });

  it('says what is wrong: the length, a letter the standard leaves out, the check character', () => {
    expect(creditCodeProblem('9144030019220382')).toMatch(/has 16 characters, not 18/);
    expect(creditCodeProblem('91440300I92203821X')).toMatch(/does not allow/);
    expect(creditCodeProblem('91A40300192203821X')).toMatch(/does not allow/); // places 3–8 are digits
    expect(creditCodeProblem('914403001922038217')).toMatch(/check character should be 6, not 7/);
  });
});

describe('product matching', () => {
  const matcher = new ProductMatcher([
    product('engine', '发动机'),
    product('auto-engine', '汽车发动机', ['车用发动机']),
    product('auto', '汽车'),
    product('car', '车'), // one character: never matched
    product('drugs', '基因工程药物', ['基因药物']),
  ]);

  it('takes the longest match first and does not match the words inside it again', () => {
    const found = matcher.match([{ field: 'scope', text: '汽车发动机的生产' }]);
    expect(found.map((m) => m.productId)).toEqual(['product:auto-engine']);
  });

  it('matches each product once, in the order found, with the term and the text it came from', () => {
    const found = matcher.match([
      { field: 'industry', text: '汽车制造业' },
      { field: 'scope', text: '发动机、汽车发动机、车用发动机；基因药物' },
    ]);
    expect(found.map((m) => [m.productId, m.field, m.term])).toEqual([
      ['product:auto', 'industry', '汽车'],
      ['product:engine', 'scope', '发动机'],
      ['product:auto-engine', 'scope', '汽车发动机'],
      ['product:drugs', 'scope', '基因药物'],
    ]);
    expect(matcher.match([{ field: 'scope', text: '车辆维修' }])).toEqual([]);
  });
});

describe('header detection and mappings', () => {
  const rows = (...cells: string[][]) => cells.map((c, i) => ({ line: i + 1, cells: c }));

  it('skips title rows and finds the header by its enterprise column and another known one', () => {
    const h = findHeader(
      rows(['企业列表'], ['导出时间：2026', '企业名称'], ['序号', '企业名称', '统一社会信用代码 ']),
      {},
    );
    expect(h).toMatchObject({ line: 3, columns: { name: 1, creditCode: 2 } });
  });

  it('refuses a table with no header, and two columns for one field', () => {
    expect(findHeader(rows(['甲', '乙'], ['丙', '丁']), {})).toMatchObject({
      problem: expect.stringMatching(/no header row/),
    });
    expect(findHeader(rows(['企业名称', '公司名称', '经营范围']), {})).toMatchObject({
      line: 1,
      problem: expect.stringMatching(/both give 企业名称/),
    });
  });

  it('reads a mapping by default header or field name, and a fixed header line', () => {
    expect(parseMapping('{"企业名称": "单位", "scope": ["业务"], "headerLine": 2}')).toEqual({
      mapping: { name: ['单位'], scope: ['业务'] },
      headerLine: 2,
    });
    expect(parseMapping('{"企业名称": 3}')).toMatchObject({ problem: expect.any(String) });
    expect(parseMapping('[1]')).toMatchObject({ problem: expect.any(String) });
  });
});

describe('reading a registry export', () => {
  it('reads every Chinese character of a large XLSX as written (no character split where a chunk ends)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('企业列表');
    const rows = Array.from({ length: 3000 }, (_, i) => [
      `哈尔滨第${i}号制造有限公司`,
      `汽车零部件、货物进出口（依法须经批准的项目，经相关部门批准后方可开展经营活动）${i}`,
    ]);
    sheet.addRow(['企业名称', '经营范围']);
    for (const row of rows) sheet.addRow(row);
    const table = await readTable(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect('rows' in table && table.format).toBe('xlsx');
    if (!('rows' in table)) return;
    expect(table.rows.slice(1).map((r) => r.cells)).toEqual(rows);
    expect(table.rows.at(-1)?.line).toBe(3001);
  });
});

describe('ids', () => {
  it('are the pinyin of the name under the parent, told apart by a hash when the pinyin clashes', () => {
    expect(pinyinSlug('哈尔滨市')).toBe('haerbinshi');
    const claims = new IdClaims([]);
    const shanxi = claims.claim(regionId(undefined, '山西省'), '山西省');
    const shaanxi = claims.claim(regionId(undefined, '陕西省'), '陕西省');
    expect(shanxi).toBe('zone:shanxisheng');
    expect(shaanxi).toMatch(/^zone:shanxisheng-[0-9a-f]{6}$/);
    expect(claims.claim(regionId(undefined, '陕西省'), '陕西省')).not.toBe(shanxi);
    expect(regionId('zone:beijingshi', '朝阳区')).toBe('zone:beijingshi.chaoyangqu');
  });
});

describe('optional English names', () => {
  it('fall back to title-cased pinyin, one word a syllable, letters and digits kept', () => {
    expect(pinyinName('哈尔滨市南岗区')).toBe('Ha Er Bin Shi Nan Gang Qu');
    expect(pinyinName('ABC科技（哈尔滨）有限公司')).toBe('ABC Ke Ji (Ha Er Bin) You Xian Gong Si');
    expect(pinyinName('重庆银行')).toBe('Chong Qing Yin Hang');
    expect(pinyinName('4G1发动机')).toBe('4G1 Fa Dong Ji');
    expect(englishName({ name: '哈飞汽车', nameEn: 'Hafei Automobile' })).toBe('Hafei Automobile');
    expect(englishName({ name: '绿色食品' })).toBe('Lü Se Shi Pin');
  });

  it('are optional in a dataset file, in its JSON and in the planner’s sheet', async () => {
    const yaml = `nodes:\n  - id: enterprise:a\n    kind: ENTERPRISE\n    name: 甲公司\n    sources: [{ quote: 甲公司, section: 名单 }]\nedges: []\n`;
    const d = parseDataset(yaml, 'a.yaml');
    expect(d.nodes[0]?.nameEn).toBeUndefined();
    const json = toJson(d);
    expect(json).not.toContain('nameEn');
    const dir = mkdtempSync(join(tmpdir(), 'cluster-graph-name-en-'));
    writeFileSync(join(dir, 'a.json'), json);
    expect((await loadDatasetFile(join(dir, 'a.json'))).nodes[0]?.nameEn).toBeUndefined();

    writeFileSync(join(dir, 'nodes.csv'), 'id,kind,name,quote,section\nenterprise:b,ENTERPRISE,乙公司,乙公司,名单\n');
    const r = await cli(
      'import',
      join(dir, 'nodes.csv'),
      '--dataset',
      join(dir, 'a.json'),
      '--out',
      join(dir, 'b.json'),
    );
    expect(r.code, r.err).toBe(0);
    const b = await loadDatasetFile(join(dir, 'b.json'));
    expect(b.nodes.map((n) => [n.id, n.nameEn])).toEqual([
      ['enterprise:a', undefined],
      ['enterprise:b', undefined],
    ]);
  });
});
