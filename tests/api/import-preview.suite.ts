/**
 * Uploading a spreadsheet in the explorer (issue 15 item 5) over real HTTP, for any store:
 * `previewImport` answers the change set a registry list (CSV, XLSX) or a planner's sheets would
 * make against the graph as it is — added, changed field by field, removed, errors by row and
 * field — and applies nothing; the set goes back through applyChangeSet with the file as its
 * source, all or nothing, refused with CONFLICT when the graph changed since the preview.
 * Editors only. `start` serves the Harbin data or the mini fixture with the test accounts.
 */
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/http/server';
import { codes, gql } from '../support/http';
import { Session } from './editing.suite';

export type StartUpload = (dataset: 'harbin' | 'mini') => Promise<RunningServer>;

const REGISTRY_CSV = readFileSync(new URL('../fixtures/upload/registry.csv', import.meta.url));
const FOOD = 'enterprise:uscc-91230103ma1abc123x';
const MATERIALS = 'enterprise:uscc-91230108ma1abc456k';

const ENTRY = 'id kind name file line fields { field before after }';
const EDGE = 'id type source target sourceName targetName status file line fields { field before after }';
const PREVIEW = `mutation($files: [ImportFile!]!, $skip: Boolean, $mode: ImportMode) {
  previewImport(files: $files, skipBadRows: $skip, mode: $mode) {
    kind mode files skippedBadRows changeCount maxChanges applicable changes
    addedNodes { ${ENTRY} } changedNodes { ${ENTRY} } removedNodes { ${ENTRY} }
    addedEdges { ${EDGE} } changedEdges { ${EDGE} } removedEdges { ${EDGE} }
    errors { file line field elementId message } notices { file line field message }
    source { document date note } } }`;
const APPLY = `mutation($changes: [ChangeInput!]!, $source: SourceInput!) {
  applyChangeSet(changes: $changes, source: $source) { action elementId } }`;

/** A zip of one entry, deflated (its CRC left 0: the upload guard counts sizes before anything reads it). */
function zipOf(name: string, content: Buffer): Buffer {
  const packed = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  // The size it declares is small: the guard counts what inflating gives.
  central.writeUInt32LE(1024, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const directoryAt = local.length + nameBytes.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(directoryAt, 16);
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
}

const file = (name: string, bytes: Uint8Array | string) => ({
  name,
  content: Buffer.from(bytes).toString('base64'),
});

interface Row {
  id: string;
  line: number | null;
  [k: string]: unknown;
}
const ids = (rows: Row[]) => rows.map((r) => r.id).sort();

export function defineImportPreviewSuite(name: string, start: StartUpload) {
  describe(`previewImport (${name})`, () => {
    let server: RunningServer;
    let alice: Session;
    beforeAll(async () => {
      server = await start('harbin');
      alice = new Session(server.url);
      await alice.login('alice');
    });
    afterAll(() => server?.close());

    it('answers a registry CSV as the change set it would make, its bad rows named by row and field', async () => {
      const r = await alice.gql(PREVIEW, { files: [file('企业名单.csv', REGISTRY_CSV)] });
      expect(r.body.errors).toBeUndefined();
      const p = r.body.data?.previewImport;
      expect(p).toMatchObject({ kind: 'REGISTRY', mode: 'MERGE', files: ['企业名单.csv'], maxChanges: 500 });
      // Two new enterprises (rows 4 and 5), the province and the districts they need; 东安 (row 3) merged.
      expect(ids(p.addedNodes)).toEqual([
        FOOD,
        MATERIALS,
        'zone:harbin.nangangqu',
        'zone:harbin.xiangfangqu',
        'zone:heilongjiangsheng',
      ]);
      expect(p.addedNodes.find((x: Row) => x.id === FOOD)).toMatchObject({
        kind: 'ENTERPRISE',
        name: '哈尔滨绿色食品有限公司',
        file: '企业名单.csv',
        line: 4,
      });
      const [dongan] = p.changedNodes;
      expect(p.changedNodes).toHaveLength(1);
      expect(dongan).toMatchObject({ id: 'enterprise:dongan', line: 3 });
      expect(dongan.fields.map((f: { field: string }) => f.field)).toContain('sources');
      expect(dongan.fields.find((f: { field: string }) => f.field === 'sources').after).toContain(
        '+ 哈尔滨东安动力集团（企业名单.csv 第3行',
      );
      expect(p.removedNodes).toEqual([]);
      expect(p.addedEdges.find((e: Row) => e.id === `${FOOD}-[PRODUCES]->product:green-food`)).toMatchObject({
        type: 'PRODUCES',
        sourceName: '哈尔滨绿色食品有限公司',
        targetName: '绿色食品',
        line: 4,
      });
      expect(p.errors).toEqual([
        {
          file: '企业名单.csv',
          line: 6,
          field: '统一社会信用代码',
          elementId: null,
          message: expect.stringContaining('应为18位'),
        },
      ]);
      // Errors refuse the set (as the CLI refuses the file) until the bad rows are skipped.
      expect(p.applicable).toBe(false);
      expect(p.source).toEqual({
        document: '企业名单.csv',
        date: new Date().toISOString().slice(0, 10),
        note: 'alice 上传 / uploaded by alice',
      });
      const changes = JSON.parse(p.changes);
      expect(changes).toHaveLength(p.changeCount);
      expect(changes.find((c: { id?: string }) => c.id === 'enterprise:dongan')).toMatchObject({
        action: 'UPDATE_NODE',
        version: 1,
      });
      const skipped = (await alice.gql(PREVIEW, { files: [file('企业名单.csv', REGISTRY_CSV)], skip: true })).body.data
        ?.previewImport;
      expect(skipped).toMatchObject({ applicable: true, skippedBadRows: true, changeCount: p.changeCount });
      expect(skipped.errors).toHaveLength(1);

      // Nothing was applied.
      const now = await gql(
        server.url,
        `{ node(id: "${FOOD}") { id } dongan: node(id: "enterprise:dongan") { version } }`,
      );
      expect(now.body.data).toEqual({ node: null, dongan: { version: 1 } });
    });

    it('reads an XLSX export with its title rows', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('企业列表');
      sheet.addRow(['天眼查 · 企业列表导出']);
      sheet.addRow(['公司名称', '公司简称', '统一社会信用代码', '省份', '城市', '区县', '经营范围']);
      sheet.addRow([
        '哈尔滨绿色食品有限公司',
        '',
        '91230103MA1ABC123X',
        '黑龙江省',
        '哈尔滨市',
        '香坊区',
        '绿色食品的加工',
      ]);
      sheet.addRow(['哈尔滨东安动力集团', '东安动力', '', '黑龙江省', '哈尔滨市', '平房区', '汽车零部件']);
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const p = (await alice.gql(PREVIEW, { files: [file('list.xlsx', bytes)] })).body.data?.previewImport;
      expect(p).toMatchObject({ kind: 'REGISTRY', applicable: true, errors: [] });
      expect(ids(p.addedNodes)).toEqual([FOOD, 'zone:harbin.xiangfangqu', 'zone:heilongjiangsheng']);
      expect(p.addedNodes.find((x: Row) => x.id === FOOD).line).toBe(3);
      expect(ids(p.changedNodes)).toEqual(['enterprise:dongan']);
      expect(p.addedEdges.map((e: Row) => e.id)).toContain(`${FOOD}-[PRODUCES]->product:green-food`);
    });

    it('is for editors: UNAUTHENTICATED without a session, FORBIDDEN for a viewer', async () => {
      const files = [file('企业名单.csv', REGISTRY_CSV)];
      const anonymous = await gql(server.url, PREVIEW, { files });
      expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
      const vera = new Session(server.url);
      await vera.login('vera');
      expect(codes(await vera.gql(PREVIEW, { files }))).toEqual(['FORBIDDEN']);
    });

    it('caps the upload: BAD_USER_INPUT past 512 KB, 413 past the body limit, and names bad content', async () => {
      const big = Buffer.alloc(600 * 1024, 'a');
      const over = await alice.gql(PREVIEW, { files: [file('big.csv', big)] });
      expect(codes(over)).toEqual(['BAD_USER_INPUT']);
      expect(over.body.errors?.[0]?.extensions?.argument).toBe('files');
      const huge = await alice.gql(PREVIEW, { files: [file('huge.csv', Buffer.alloc(900 * 1024, 'a'))] });
      expect(huge.status).toBe(413);
      expect(codes(huge)).toEqual(['PAYLOAD_TOO_LARGE']);
      const garbled = await alice.gql(PREVIEW, { files: [{ name: 'x.csv', content: '!!not base64!!' }] });
      expect(codes(garbled)).toEqual(['BAD_USER_INPUT']);
      expect(garbled.body.errors?.[0]?.extensions?.argument).toBe('files.0.content');
    });

    it('refuses a workbook that unpacks past 32 MB (a zip bomb), whatever sizes it declares', async () => {
      const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(40 * 1024 * 1024, 0x20));
      expect(bomb.length).toBeLessThan(512 * 1024);
      const r = await alice.gql(PREVIEW, { files: [file('bomb.xlsx', bomb)] });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.body.errors?.[0]?.extensions?.argument).toBe('files');
      // A zip that is no workbook is the file's error, with no change set.
      const small = (await alice.gql(PREVIEW, { files: [file('odd.xlsx', zipOf('a.txt', Buffer.from('hello')))] })).body
        .data?.previewImport;
      expect(small).toMatchObject({ changeCount: 0, applicable: false });
      expect(small.errors).toEqual([expect.objectContaining({ file: 'odd.xlsx', line: null })]);
    });

    it('applies the previewed set with the file as its source, and audits every element', async () => {
      const p = (await alice.gql(PREVIEW, { files: [file('企业名单.csv', REGISTRY_CSV)], skip: true })).body.data
        ?.previewImport;
      const applied = await alice.gql(APPLY, { changes: JSON.parse(p.changes), source: p.source });
      expect(applied.body.errors).toBeUndefined();
      expect(applied.body.data?.applyChangeSet).toHaveLength(p.changeCount);
      const r = await gql(
        server.url,
        `{ food: node(id: "${FOOD}") { name version sources { quote section stated note } }
         search(text: "冰城新材料") { id }
         edges: neighborhood(id: "${FOOD}") { edges { id stated: sources { stated note section } } } }`,
      );
      const food = r.body.data?.food;
      expect(food.name).toBe('哈尔滨绿色食品有限公司');
      // The row's own source, then the upload's.
      expect(food.sources).toEqual([
        expect.objectContaining({
          quote: '哈尔滨绿色食品有限公司',
          section: expect.stringContaining('企业名单.csv 第4行'),
        }),
        { quote: 'alice 上传 / uploaded by alice', section: '企业名单.csv', stated: true, note: null },
      ]);
      expect(r.body.data?.search.map((x: { id: string }) => x.id)).toContain(MATERIALS);
      // An inferred link keeps `stated: false` and its note.
      const produces = r.body.data?.edges.edges.find((e: { id: string }) =>
        e.id.includes('[PRODUCES]->product:green-food'),
      );
      expect(produces.stated[0]).toMatchObject({ stated: false, note: expect.stringContaining('经营范围含') });
      const audit = await alice.gql(`{ changes(elementId: "${FOOD}") { action user source { document date note } } }`);
      expect(audit.body.data?.changes).toEqual([{ action: 'CREATE_NODE', user: 'alice', source: p.source }]);
      // Previewed again, the same file changes nothing more.
      const again = (await alice.gql(PREVIEW, { files: [file('企业名单.csv', REGISTRY_CSV)], skip: true })).body.data
        ?.previewImport;
      expect(again).toMatchObject({ changeCount: 0, applicable: false, addedNodes: [], changedNodes: [] });
    });
  });

  describe(`a preview the graph has moved past (${name})`, () => {
    it('is refused with CONFLICT on apply, and nothing of it is applied', async () => {
      const server = await start('harbin');
      try {
        const alice = new Session(server.url);
        await alice.login('alice');
        const bob = new Session(server.url);
        await bob.login('bob');
        const p = (await alice.gql(PREVIEW, { files: [file('企业名单.csv', REGISTRY_CSV)], skip: true })).body.data
          ?.previewImport;
        const edit = await bob.gql(
          'mutation { updateNode(id: "enterprise:dongan", version: 1, patch: { aliases: ["东安动力"] }, source: { note: "核对别名", date: "2026-12-02" }) { version } }',
        );
        expect(edit.body.data?.updateNode.version).toBe(2);
        const applied = await alice.gql(APPLY, { changes: JSON.parse(p.changes), source: p.source });
        expect(codes(applied)).toEqual(['CONFLICT']);
        const r = await gql(server.url, `{ node(id: "${FOOD}") { id } z: node(id: "zone:heilongjiangsheng") { id } }`);
        expect(r.body.data).toEqual({ node: null, z: null });
      } finally {
        await server.close();
      }
    });
  });

  describe(`a planner's sheets (${name})`, () => {
    let server: RunningServer;
    let alice: Session;
    beforeAll(async () => {
      server = await start('mini');
      alice = new Session(server.url);
      await alice.login('alice');
    });
    afterAll(() => server?.close());

    const NODES = [
      'id,kind,name,nameEn,aliases,status,quote,section',
      'product:new-part,PRODUCT,新部件,New Part,,EXISTING,新部件,规划表 第2页',
      'product:a,PRODUCT,甲材料,Material A,甲料,EXISTING,甲材料,规划表 第1页',
      'enterprise:bad,ENTERPRISE,,,,EXISTING,坏行,规划表 第3页',
    ].join('\n');
    const EDGES = [
      'type,source,target,status,quote,section',
      'INPUT_TO,product:new-part,product:d,EXISTING,新部件配套丁整机,规划表 第2页',
    ].join('\n');

    it('merges nodes.csv and edges.csv: added, changed field by field, the bad row named', async () => {
      const p = (await alice.gql(PREVIEW, { files: [file('nodes.csv', NODES), file('edges.csv', EDGES)] })).body.data
        ?.previewImport;
      expect(p).toMatchObject({ kind: 'PLANNER_SHEET', mode: 'MERGE', files: ['nodes.csv', 'edges.csv'] });
      expect(p.errors).toEqual([
        expect.objectContaining({ file: 'nodes.csv', line: 4, field: 'name', elementId: 'enterprise:bad' }),
      ]);
      expect(p.applicable).toBe(false);
      expect(p.addedNodes).toEqual([
        { id: 'product:new-part', kind: 'PRODUCT', name: '新部件', file: 'nodes.csv', line: 2, fields: [] },
      ]);
      const [a] = p.changedNodes;
      expect(a).toMatchObject({ id: 'product:a', line: 3 });
      const fields = Object.fromEntries(a.fields.map((f: { field: string }) => [f.field, f]));
      expect(fields.aliases).toEqual({ field: 'aliases', before: null, after: '甲料' });
      expect(fields.nameEn.after).toBe('Material A');
      expect(p.addedEdges).toEqual([
        expect.objectContaining({ id: 'product:new-part-[INPUT_TO]->product:d', file: 'edges.csv', line: 2 }),
      ]);
      expect(p.removedNodes).toEqual([]);

      const ok = (await alice.gql(PREVIEW, { files: [file('nodes.csv', NODES), file('edges.csv', EDGES)], skip: true }))
        .body.data?.previewImport;
      expect(ok.applicable).toBe(true);
      const applied = await alice.gql(APPLY, { changes: JSON.parse(ok.changes), source: ok.source });
      expect(applied.body.errors).toBeUndefined();
      const r = await gql(
        server.url,
        '{ a: node(id: "product:a") { aliases nameEn version } d: node(id: "product:d") { degree } }',
      );
      expect(r.body.data?.a).toEqual({ aliases: ['甲料'], nameEn: 'Material A', version: 2 });
    });

    it('carries a node’s figures (indicators), and names a figure’s lint acknowledgement as its row’s error', async () => {
      const indicator = {
        key: 'output-2005',
        name: '产值',
        nameEn: 'Output',
        year: 2005,
        value: 10,
        unit: '亿元',
        kind: 'ACTUAL',
        measure: 'LEVEL',
        period: '2005',
        sources: [{ quote: '产值10亿元', section: '规划表' }],
      };
      const cell = (v: unknown) => `"${JSON.stringify(v).replace(/"/g, '""')}"`;
      const acked = { ...indicator, lint: { ack: [{ rule: 'indicator-scope', reason: '核对过' }] } };
      const sheet = [
        'id,kind,name,nameEn,tier,indicators,quote,section',
        `cluster:k,CLUSTER,整机集群,Assembly cluster,ESTABLISHED,${cell([indicator])},整机集群,fixture`,
        `cluster:j,CLUSTER,链条集群,Chain cluster,ESTABLISHED,${cell([acked])},链条集群,fixture`,
        'product:other-part,PRODUCT,另一部件,Other Part,,,另一部件,规划表',
      ].join('\n');
      const p = (await alice.gql(PREVIEW, { files: [file('nodes.csv', sheet)], skip: true })).body.data?.previewImport;
      expect(p.errors).toEqual([
        expect.objectContaining({ file: 'nodes.csv', line: 3, field: 'lint', elementId: 'cluster:j' }),
      ]);
      expect(p.changedNodes.map((x: Row) => x.id)).toEqual(['cluster:k']);
      expect(p.changedNodes[0].fields).toEqual([
        { field: 'indicators', before: '0 项指标 figures', after: '1 项指标 figures\n+ 产值 10亿元（2005）' },
      ]);
      expect(p.addedNodes.map((x: Row) => x.id)).toEqual(['product:other-part']);
      const applied = await alice.gql(APPLY, { changes: JSON.parse(p.changes), source: p.source });
      expect(applied.body.errors).toBeUndefined();
      const r = await gql(
        server.url,
        '{ node(id: "cluster:k") { ... on Cluster { indicators { key value sources { quote } } } } }',
      );
      expect(r.body.data?.node.indicators).toEqual([
        { key: 'output-2005', value: 10, sources: [{ quote: '产值10亿元' }] },
      ]);
    });

    it('changes a relationship by deleting and making it again in the same set', async () => {
      const sheet = [
        'type,source,target,status,quote,section',
        'INPUT_TO,product:a,product:b,PLANNED,甲材料拟配套乙部件,规划表 第5页',
      ].join('\n');
      const p = (await alice.gql(PREVIEW, { files: [file('edges.csv', sheet)] })).body.data?.previewImport;
      const id = 'product:a-[INPUT_TO]->product:b';
      expect(p.changedEdges).toEqual([expect.objectContaining({ id, status: 'PLANNED', line: 2 })]);
      expect(p.changedEdges[0].fields.map((f: { field: string }) => f.field).sort()).toEqual(['sources', 'status']);
      expect(JSON.parse(p.changes).map((c: { action: string }) => c.action)).toEqual(['DELETE_EDGE', 'CREATE_EDGE']);
      const applied = await alice.gql(APPLY, { changes: JSON.parse(p.changes), source: p.source });
      expect(applied.body.errors).toBeUndefined();
      const r = await gql(server.url, '{ neighborhood(id: "product:a") { edges { id status sources { quote } } } }');
      const edge = r.body.data?.neighborhood.edges.find((e: { id: string }) => e.id === id);
      expect(edge.status).toBe('PLANNED');
      expect(edge.sources.map((x: { quote: string }) => x.quote)).toContain('甲材料拟配套乙部件');
    });

    it('updates a relationship whose status alone changes (an exported sheet edited and uploaded again)', async () => {
      const id = 'product:c-[INPUT_TO]->product:d';
      const now = await gql(
        server.url,
        '{ neighborhood(id: "product:c") { edges { id version sources { quote section stated } } } }',
      );
      const before = now.body.data?.neighborhood.edges.find((e: { id: string }) => e.id === id);
      const sources = `"${JSON.stringify(before.sources).replace(/"/g, '""')}"`;
      const sheet = [
        'id,type,source,target,status,sources',
        `${id},INPUT_TO,product:c,product:d,PLANNED,${sources}`,
      ].join('\n');
      const p = (await alice.gql(PREVIEW, { files: [file('edges.csv', sheet)] })).body.data?.previewImport;
      expect(p.changedEdges[0].fields).toEqual([{ field: 'status', before: 'EXISTING', after: 'PLANNED' }]);
      expect(JSON.parse(p.changes)).toEqual([
        { action: 'UPDATE_EDGE', id, version: before.version, edgePatch: { status: 'PLANNED' } },
      ]);
      const applied = await alice.gql(APPLY, { changes: JSON.parse(p.changes), source: p.source });
      expect(applied.body.errors).toBeUndefined();
      const audit = await alice.gql(`{ changes(elementId: "${id}") { action source { document } } }`);
      expect(audit.body.data?.changes[0]).toEqual({ action: 'UPDATE_EDGE', source: { document: 'edges.csv' } });
    });

    it('answers a set past 500 changes as not applicable (split the file)', async () => {
      const rows = Array.from({ length: 501 }, (_, i) => `product:bulk-${i},PRODUCT,批量产品${i},批量产品${i},规划表`);
      const sheet = ['id,kind,name,quote,section', ...rows].join('\n');
      const p = (await alice.gql(PREVIEW, { files: [file('nodes.csv', sheet)] })).body.data?.previewImport;
      expect(p).toMatchObject({ changeCount: 501, maxChanges: 500, applicable: false, errors: [] });
    });

    it('in REPLACE mode lists what the sheets leave out as removed', async () => {
      const only = ['id,kind,name,quote,section', 'product:a,PRODUCT,甲材料,甲材料,规划表'].join('\n');
      const p = (await alice.gql(PREVIEW, { files: [file('nodes.csv', only)], mode: 'REPLACE' })).body.data
        ?.previewImport;
      expect(p.mode).toBe('REPLACE');
      expect(p.removedNodes.map((x: Row) => x.id)).toContain('enterprise:alpha');
      expect(p.removedNodes.map((x: Row) => x.id)).not.toContain('product:a');
      // A node's deletion takes its relationships with it: they are listed, and not deleted twice.
      const changes = JSON.parse(p.changes) as { action: string; id?: string }[];
      expect(p.removedEdges.length).toBeGreaterThan(0);
      expect(changes.filter((c) => c.action === 'DELETE_EDGE')).toEqual([]);
      const registry = await alice.gql(PREVIEW, { files: [file('企业名单.csv', REGISTRY_CSV)], mode: 'REPLACE' });
      expect(codes(registry)).toEqual(['BAD_USER_INPUT']);
    });
  });
}
