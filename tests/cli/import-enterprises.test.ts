/**
 * `import-enterprises` (issue 14): enterprise lists as officers export them from business
 * registries — an XLSX and a GBK CSV with the registries' headers, title rows above and notes
 * below — merged into the Harbin dataset. The dry-run report, dedupe by credit code and by name,
 * merging with the plan's enterprises, region zones and their PART_OF chain, products matched
 * from the registry text with the note saying what matched, provenance on everything created,
 * bad rows named with file:line and field, and all or nothing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadDatasetFile } from '../../server/dataset';
import { creditCodeCheck } from '../../server/dataset/registry';
import type { Dataset, GraphEdge, GraphNode } from '../../server/domain/model';
import { MemoryStore } from '../../server/store/memory';
import { cli } from '../support/cli';
import { gql, testServer } from '../support/http';

const tmp = () => mkdtempSync(join(tmpdir(), 'cluster-graph-registry-'));
const DATE = '2026-12-02';

/** A valid 统一社会信用代码 from 17 characters (its check character computed per GB 32100). */
const code = (first17: string) => `${first17}${creditCodeCheck(first17)}`;
const DONGAN = code('91230100127001234');
const BIOTECH = code('91110108MA0012345');
const PARTS = code('91230103MA1ABC123');
/** A code whose check character is wrong. */
const BAD_CODE = `${DONGAN.slice(0, 17)}${DONGAN[17] === '0' ? '1' : '0'}`;

const HEADER = [
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

/** 企查查-style rows: the enterprise, then a column per header. */
const ROWS: (string | Date)[][] = [
  [
    '哈尔滨东安汽车动力股份有限公司',
    '东安汽车动力',
    DONGAN,
    '600178',
    '黑龙江省',
    '哈尔滨市',
    '平房区',
    '汽车制造业',
    '微型汽车发动机、汽车零部件的开发、生产、销售',
    new Date(Date.UTC(1998, 9, 20)),
    '48000万元',
    '张三',
  ],
  [
    '哈尔滨新零部件有限公司',
    '-',
    PARTS,
    '-',
    '黑龙江省',
    '哈尔滨市',
    '南岗区',
    '汽车制造业',
    '汽车底盘系统的研发；汽车电子系统',
    new Date(Date.UTC(2015, 2, 1)),
    '500万元',
    '李四',
  ],
  [
    '北京某某生物科技有限公司',
    '',
    BIOTECH,
    '',
    '北京市',
    '北京市',
    '海淀区',
    '医药制造业',
    '基因工程药物、抗生素的技术开发',
    new Date(Date.UTC(2001, 0, 1)),
    '1000万元',
    '王五',
  ],
  ['哈飞汽车', '', '', '', '黑龙江省', '哈尔滨市', '平房区', '汽车制造业', '微型车', '', '', ''],
  ['东安动力重复行', '', DONGAN, '', '黑龙江省', '哈尔滨市', '平房区', '', '', '', '', ''],
  ['哈尔滨某贸易有限公司', '', '', '', '黑龙江省', '哈尔滨市', '道里区', '批发业', '日用百货销售', '', '', ''],
  ['哈尔滨某贸易有限公司', '', '', '', '黑龙江省', '哈尔滨市', '道里区', '批发业', '日用百货销售', '', '', ''],
];

async function xlsxList(rows: (string | Date)[][], header = HEADER): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业列表');
  sheet.addRow(['企查查 · 企业列表导出']);
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.addRow(['查询条件：黑龙江省 汽车', '', '导出时间：2026-12-01']);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  sheet.addRow([]);
  sheet.addRow(['注：以上数据来源于国家企业信用信息公示系统，仅供参考']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvCell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
function gbkCsv(rows: string[][]): Buffer {
  return iconv.encode(`${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`, 'gbk');
}

const node = (d: Dataset, id: string) => d.nodes.find((n) => n.id === id) as GraphNode;
const edgesOf = (d: Dataset, type: string, source: string) =>
  d.edges.filter((e) => e.type === type && e.source === source);

describe('import-enterprises', () => {
  it('prints the dry-run report of an XLSX export and writes nothing', async () => {
    const dir = tmp();
    const file = join(dir, '企业名单.xlsx');
    writeFileSync(file, await xlsxList(ROWS));
    const out = join(dir, 'out.json');
    const r = await cli('import-enterprises', file, '--dry-run', '--date', DATE);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('试运行 dry run');
    expect(r.out).toContain('表头 header: line 3');
    expect(r.out).toContain(`above the header (skipped): ${file}:1, ${file}:2`);
    expect(r.out).toContain(`notes below the data (skipped): ${file}:12`);
    expect(r.out).toMatch(/rows read: 7\n/);
    expect(r.out).toMatch(/enterprises new: 4\n/);
    expect(r.out).toMatch(/enterprises merged .*: 1\n/);
    expect(r.out).toContain('duplicates: 2 (1 by 统一社会信用代码 credit code, 1 by 企业名称 name)');
    expect(r.out).toContain(`${file}:8 repeats line 4 (统一社会信用代码)`);
    expect(r.out).toContain(`${file}:10 repeats line 9 (企业名称)`);
    expect(r.out).toMatch(/regions new: 2 省 provinces, 0 市 cities, 3 区县 counties/);
    expect(r.out).toMatch(/rows unmatched \(no product named\): 1\n {4}.*企业名单\.xlsx:9\n/);
    expect(r.out).toMatch(/bad rows: 0\n/);
    expect(() => readFileSync(out)).toThrow();
  });

  it('merges an XLSX export: enterprises by credit code, regions as a PART_OF chain, products with their note, provenance', async () => {
    const dir = tmp();
    const file = join(dir, '企业名单.xlsx');
    writeFileSync(file, await xlsxList(ROWS));
    const out = join(dir, 'merged.json');
    const r = await cli('import-enterprises', file, '--out', out, '--date', DATE);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('导入 import');
    const d = await loadDatasetFile(out);

    // New enterprises: ids from their credit codes, the 简称 an alias, the registry facts in the note.
    const dongan = node(d, `enterprise:uscc-${DONGAN.toLowerCase()}`);
    expect(dongan.name).toBe('哈尔滨东安汽车动力股份有限公司');
    expect(dongan.nameEn).toBeUndefined();
    expect(dongan.sources[0]?.note).toBe(
      `统一社会信用代码 ${DONGAN}；证券代码 600178；成立日期 1998-10-20；注册资本 48000万元`,
    );
    // 哈飞汽车 is the plan's enterprise: the row is merged into it, not duplicated.
    const hafei = node(d, 'enterprise:hafei-auto');
    expect(d.nodes.filter((n) => n.name === '哈飞汽车')).toHaveLength(1);
    expect(hafei.sources.at(-1)?.section).toBe(
      `企业名单.xlsx 第7行，${DATE} 导入 / 企业名单.xlsx row 7, imported ${DATE}`,
    );
    expect(edgesOf(d, 'PRODUCES', 'enterprise:hafei-auto').map((e) => e.target)).toContain('product:minicar');
    // Duplicates made one enterprise each.
    expect(d.nodes.filter((n) => n.name === '哈尔滨某贸易有限公司')).toHaveLength(1);
    expect(d.nodes.filter((n) => n.name === '东安动力重复行')).toHaveLength(0);

    // Regions: county PART_OF city PART_OF province; 哈尔滨市 is the plan's zone, 平房区 too.
    const nangang = 'zone:harbin.nangangqu';
    const parts = edgesOf(d, 'LOCATED_IN', `enterprise:uscc-${PARTS.toLowerCase()}`);
    expect(parts.map((e) => e.target)).toEqual([nangang]);
    const zone = node(d, nangang);
    expect(zone).toMatchObject({ kind: 'ZONE', name: '南岗区', zoneKind: 'COUNTY' });
    expect(edgesOf(d, 'PART_OF', nangang).map((e) => e.target)).toEqual(['zone:harbin']);
    expect(edgesOf(d, 'PART_OF', 'zone:harbin').map((e) => e.target)).toContain('zone:heilongjiangsheng');
    expect(node(d, 'zone:heilongjiangsheng')).toMatchObject({ name: '黑龙江省', zoneKind: 'PROVINCE' });
    expect(edgesOf(d, 'LOCATED_IN', dongan.id).map((e) => e.target)).toEqual(['zone:pingfang-district']);
    // A municipality's city repeats its province: 海淀区 is PART_OF 北京市 directly.
    expect(edgesOf(d, 'PART_OF', 'zone:beijingshi.haidianqu').map((e) => e.target)).toEqual(['zone:beijingshi']);
    expect(node(d, 'zone:beijingshi')).toMatchObject({ zoneKind: 'PROVINCE' });

    // Products from the business scope: the longest name, each product once, stated: false with a note.
    const produces = edgesOf(d, 'PRODUCES', dongan.id);
    expect(produces.map((e) => e.target).sort()).toEqual(['product:auto-parts', 'product:micro-engine']);
    const engine = produces.find((e) => e.target === 'product:micro-engine') as GraphEdge;
    expect(engine.sources[0]).toMatchObject({ stated: false, quote: expect.stringContaining('微型汽车发动机') });
    expect(engine.sources[0]?.note).toContain('经营范围含“微型汽车发动机”');
    expect(engine.sources[0]?.note).toContain('the business scope (经营范围) contains “微型汽车发动机”');
    const biotech = edgesOf(d, 'PRODUCES', `enterprise:uscc-${BIOTECH.toLowerCase()}`).map((e) => e.target);
    expect(biotech.sort()).toEqual(['product:antibiotics', 'product:genetic-engineering-drugs']);

    // Provenance: everything the import made names the file, its row and the date.
    const before = await loadDatasetFile('data/harbin.yaml');
    const oldNodes = new Set(before.nodes.map((n) => n.id));
    const oldEdges = new Set(before.edges.map((e) => e.id));
    const made = [...d.nodes.filter((n) => !oldNodes.has(n.id)), ...d.edges.filter((e) => !oldEdges.has(e.id))];
    expect(made.length).toBeGreaterThan(15);
    for (const el of made)
      expect(el.sources[0]?.section, el.id).toMatch(
        new RegExp(`^企业名单\\.xlsx 第\\d+行，${DATE} 导入 / 企业名单\\.xlsx row \\d+, imported ${DATE}$`),
      );

    // The merged dataset validates and loads in the memory store.
    expect((await cli('validate', out)).code).toBe(0);
    const store = new MemoryStore();
    await store.loadFile(out);
    expect((await store.node(nangang))?.name).toBe('南岗区');
    const hits = await store.search('东安汽车', { kinds: ['ENTERPRISE'] });
    expect(hits.map((h) => h.id)).toContain(dongan.id);

    // Importing the same list again adds nothing: every row is merged by its code or name.
    const again = join(dir, 'again.json');
    const r2 = await cli('import-enterprises', file, '--dataset', out, '--out', again, '--date', DATE);
    expect(r2.code, r2.err).toBe(0);
    expect(r2.out).toMatch(/enterprises new: 0\n/);
    expect(r2.out).toMatch(/enterprises merged .*: 5\n/);
    expect(r2.out).toMatch(/regions new: 0 省 provinces, 0 市 cities, 0 区县 counties; 0 位于/);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it('reads a GBK CSV with the variant headers (公司名称, 省份, 城市, 区县) and merges by short name', async () => {
    const dir = tmp();
    const file = join(dir, 'tianyancha.csv');
    writeFileSync(
      file,
      gbkCsv([
        ['天眼查 搜索结果'],
        ['公司名称', '公司简称', '统一社会信用代码', '省份', '城市', '区县', '行业', '经营范围'],
        ['哈尔滨东安动力集团', '东安动力', DONGAN, '黑龙江省', '哈尔滨市', '平房区', '汽车制造业', '汽车零部件'],
        [
          '哈尔滨绿色食品有限公司',
          '',
          PARTS,
          '黑龙江省',
          '哈尔滨市',
          '香坊区',
          '食品制造业',
          '绿色食品、有机食品的加工',
        ],
      ]),
    );
    expect(iconv.decode(readFileSync(file), 'gbk')).toContain('哈尔滨绿色食品');
    const out = join(dir, 'merged.json');
    const r = await cli('import-enterprises', file, '--out', out, '--date', DATE);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('表头 header: line 2 — 公司名称 (name), 公司简称 (shortName)');
    expect(r.out).toMatch(/enterprises new: 1\n/);
    expect(r.out).toMatch(/enterprises merged .*: 1\n/);
    const d = await loadDatasetFile(out);
    // 东安动力 is the plan's 东安: merged, not twinned.
    expect(d.nodes.some((n) => n.id === `enterprise:uscc-${DONGAN.toLowerCase()}`)).toBe(false);
    expect(node(d, 'enterprise:dongan').sources.at(-1)?.quote).toBe('哈尔滨东安动力集团');
    const food = node(d, `enterprise:uscc-${PARTS.toLowerCase()}`);
    expect(food.name).toBe('哈尔滨绿色食品有限公司');
    expect(
      edgesOf(d, 'PRODUCES', food.id)
        .map((e) => e.target)
        .sort(),
    ).toEqual(['product:green-food', 'product:organic-food']);
    expect(node(d, 'zone:harbin.xiangfangqu')).toMatchObject({
      name: '香坊区',
      zoneKind: 'COUNTY',
    });
  });

  it('merges a row whose short name is the full name of an enterprise an earlier row created', async () => {
    const dir = tmp();
    const file = join(dir, 'qcc.csv');
    writeFileSync(
      file,
      gbkCsv([
        ['企业名称', '企业简称', '所属省份', '所属城市', '所属行业'],
        ['龙江精工', '', '黑龙江省', '哈尔滨市', '汽车制造业'],
        ['龙江精工股份有限公司', '龙江精工', '黑龙江省', '哈尔滨市', '汽车制造业'],
      ]),
    );
    const out = join(dir, 'merged.json');
    const r = await cli('import-enterprises', file, '--out', out, '--date', DATE);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/enterprises new: 1\n/);
    expect(r.out).toMatch(/enterprises merged .*: 1\n/);
    const d = await loadDatasetFile(out);
    const made = d.nodes.filter((n) => n.name === '龙江精工' || n.name === '龙江精工股份有限公司');
    expect(made).toHaveLength(1);
    expect(made[0]?.sources.map((s) => s.quote)).toEqual(['龙江精工', '龙江精工股份有限公司']);
  });

  it('names every bad row with file:line and field, and writes nothing', async () => {
    const dir = tmp();
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      gbkCsv([
        HEADER.slice(0, 9),
        ['好公司', '', PARTS, '', '黑龙江省', '哈尔滨市', '南岗区', '', ''],
        ['坏代码公司', '', BAD_CODE, '', '黑龙江省', '哈尔滨市', '南岗区', '', ''],
        ['', '无名', '', '', '黑龙江省', '哈尔滨市', '南岗区', '', ''],
        ['短代码公司', '', '9123010', '', '', '', '', '', ''],
      ]),
    );
    const out = join(dir, 'out.json');
    writeFileSync(out, 'the previous output\n');
    const r = await cli('import-enterprises', file, '--out', out, '--date', DATE);
    expect(r.code).toBe(1);
    expect(r.out).toContain('bad rows: 3 — nothing written');
    expect(r.out).toContain(`${file}:3: field 统一社会信用代码: \`${BAD_CODE}\` is not a valid code: 校验码应为`);
    expect(r.out).toContain(`${file}:4: field 企业名称: is empty`);
    expect(r.out).toContain(`${file}:5: field 统一社会信用代码: \`9123010\` is not a valid code: 应为18位，实为7位`);
    expect(readFileSync(out, 'utf8')).toBe('the previous output\n');
    expect((await cli('import-enterprises', file, '--dry-run', '--date', DATE)).code).toBe(1);

    // Asked to, the bad rows are left out (and still listed).
    const skipped = await cli('import-enterprises', file, '--out', out, '--skip-bad-rows', '--date', DATE);
    expect(skipped.code, skipped.err).toBe(0);
    expect(skipped.out).toContain('bad rows: 3 — left out (--skip-bad-rows)');
    const d = await loadDatasetFile(out);
    expect(d.nodes.some((n) => n.name === '好公司')).toBe(true);
    expect(d.nodes.some((n) => n.name === '坏代码公司' || n.name === '短代码公司')).toBe(false);
  });

  it('reads other headers through a mapping file, and refuses a header naming a column twice', async () => {
    const dir = tmp();
    const file = join(dir, 'qixinbao.csv');
    writeFileSync(
      file,
      gbkCsv([
        ['单位全称', '业务范围', '所在省', '所在市'],
        ['哈尔滨微车制造有限公司', '微型车、皮卡车', '黑龙江省', '哈尔滨市'],
      ]),
    );
    const mapping = join(dir, 'm.json');
    writeFileSync(
      mapping,
      JSON.stringify({ 企业名称: '单位全称', 经营范围: '业务范围', 所属省份: '所在省', city: ['所在市'] }),
    );
    const out = join(dir, 'out.json');
    const r = await cli('import-enterprises', file, '--mapping', mapping, '--out', out, '--date', DATE);
    expect(r.code, r.err).toBe(0);
    const d = await loadDatasetFile(out);
    const e = d.nodes.find((n) => n.name === '哈尔滨微车制造有限公司') as GraphNode;
    expect(e.id).toBe('enterprise:haerbinweichezhizaoyouxiangongsi');
    expect(
      edgesOf(d, 'PRODUCES', e.id)
        .map((x) => x.target)
        .sort(),
    ).toEqual(['product:minicar', 'product:pickup']);
    expect(edgesOf(d, 'LOCATED_IN', e.id).map((x) => x.target)).toEqual(['zone:harbin']);

    writeFileSync(mapping, JSON.stringify({ 公司: '单位全称' }));
    const unknown = await cli('import-enterprises', file, '--mapping', mapping, '--dry-run');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('unknown field `公司`');

    const twice = join(dir, 'twice.csv');
    writeFileSync(twice, gbkCsv([['标题'], ['企业名称', '经营范围', '企业名称'], ['甲公司', '微型车', '甲公司']]));
    const refused = await cli('import-enterprises', twice, '--dry-run');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${twice}:2: file: duplicate column(s) \`企业名称\``);
  });

  it('serves imported names in English as pinyin, saying they are not stated', async () => {
    const dir = tmp();
    const file = join(dir, 'list.xlsx');
    writeFileSync(file, await xlsxList(ROWS.slice(0, 3)));
    const out = join(dir, 'merged.json');
    expect((await cli('import-enterprises', file, '--out', out, '--date', DATE)).code).toBe(0);
    const server = await testServer({ config: { dataset: out } });
    try {
      const r = await gql(
        server.url,
        `query($a: ID!, $b: ID!, $c: ID!) { a: node(id: $a) { name nameEn nameEnStated } b: node(id: $b) { nameEn nameEnStated } c: node(id: $c) { nameEn nameEnStated } }`,
        {
          a: `enterprise:uscc-${DONGAN.toLowerCase()}`,
          b: 'enterprise:hafei-auto',
          c: 'zone:harbin.nangangqu',
        },
      );
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data?.a).toEqual({
        name: '哈尔滨东安汽车动力股份有限公司',
        nameEn: 'Ha Er Bin Dong An Qi Che Dong Li Gu Fen You Xian Gong Si',
        nameEnStated: false,
      });
      expect(r.body.data?.b).toEqual({ nameEn: 'Hafei Automobile', nameEnStated: true });
      expect(r.body.data?.c).toEqual({ nameEn: 'Nan Gang Qu', nameEnStated: false });
    } finally {
      await server.close();
    }
  });
});
