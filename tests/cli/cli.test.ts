/** The command line, run in-process through `runCli` and once as a real process for exit codes. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseDataset, toJson } from '../../server/dataset';
import { cli } from '../support/cli';
import { HARBIN_DATASET, MINI_FIXTURE, mini } from '../support/fixtures';

const tmp = () => mkdtempSync(join(tmpdir(), 'cluster-graph-'));

describe('cli', () => {
  it('validate: exit 0 on a good file', async () => {
    const r = await cli('validate', MINI_FIXTURE);
    expect(r.code).toBe(0);
    expect(r.out).toContain('valid — 25 nodes, 28 relationships');
  });

  it('validate: a dangling edge and a nameless node are both named, exit 1', async () => {
    const file = join(tmp(), 'bad.yaml');
    writeFileSync(
      file,
      `nodes:
  - {id: product:a, kind: PRODUCT, nameEn: A, sources: [{quote: q, section: s}]}
edges:
  - {type: INPUT_TO, source: product:a, target: product:ghost, sources: [{quote: q, section: s}]}
`,
    );
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}:2: nodes[0] (product:a) field \`name\``);
    expect(r.err).toContain('(product:a-[INPUT_TO]->product:ghost) field `target`');
  });

  it('stats: counts by kind and relationship type', async () => {
    const r = await cli('stats', MINI_FIXTURE);
    expect(r.out).toMatch(/PRODUCT\s+12/);
    expect(r.out).toMatch(/INPUT_TO\s+9/);
  });

  it('export json → validate → load → export is identical', async () => {
    const dir = tmp();
    const a = await cli('export', '--format', 'json', '--dataset', HARBIN_DATASET);
    writeFileSync(join(dir, 'a.json'), a.out);
    expect((await cli('validate', join(dir, 'a.json'))).code).toBe(0);
    const b = await cli('export', '--format', 'json', '--dataset', join(dir, 'a.json'));
    expect(b.out).toBe(a.out);
  });

  it('export csv: UTF-8 with BOM, two sheets; import of those sheets restores the dataset', async () => {
    const dir = tmp();
    expect((await cli('export', '--format', 'csv', '--dataset', MINI_FIXTURE, '--out', dir)).code).toBe(0);
    const nodes = readFileSync(join(dir, 'nodes.csv'), 'utf8');
    expect(nodes.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(nodes)[0]?.cells[0]).toBe('id');
    const out = join(dir, 'back.json');
    const r = await cli('import', join(dir, 'nodes.csv'), join(dir, 'edges.csv'), '--mode', 'replace', '--out', out);
    expect(r.code, r.err).toBe(0);
    const { meta: _meta, ...withoutMeta } = await mini();
    expect(readFileSync(out, 'utf8')).toBe(toJson(withoutMeta));
  });

  it("import merges a planner's spreadsheet of enterprises and their products", async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'firms.csv'),
      '\ufeffid,kind,name,nameEn,aliases,status,quote,section\r\nenterprise:new-parts,ENTERPRISE,新零部件公司,New Parts Co.,新零件,PLANNED,招商名单,2026 招商计划\r\n',
    );
    writeFileSync(
      join(dir, 'links.csv'),
      'type,source,target,status,quote,section\nPRODUCES,enterprise:new-parts,product:b,PLANNED,"生产乙部件, 二期",2026 招商计划\n',
    );
    const out = join(dir, 'merged.json');
    const r = await cli(
      'import',
      join(dir, 'firms.csv'),
      join(dir, 'links.csv'),
      '--dataset',
      MINI_FIXTURE,
      '--out',
      out,
    );
    expect(r.code, r.err).toBe(0);
    const merged = parseDataset(readFileSync(out, 'utf8'), out);
    expect(merged.nodes).toHaveLength(26);
    expect(merged.nodes.find((n) => n.id === 'enterprise:new-parts')).toMatchObject({
      aliases: ['新零件'],
      status: 'PLANNED',
    });
    expect(merged.edges.find((e) => e.id === 'enterprise:new-parts-[PRODUCES]->product:b')?.sources[0]?.quote).toBe(
      '生产乙部件, 二期',
    );
  });

  it('import names the CSV file and line of a bad row and writes nothing', async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'links.csv'),
      'type,source,target,quote,section\nPRODUCES,enterprise:alpha,product:ghost,q,s\nPRODUCES,enterprise:alpha,product:d,,\n',
    );
    const out = join(dir, 'never.json');
    const r = await cli('import', join(dir, 'links.csv'), '--dataset', MINI_FIXTURE, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/links\.csv:2: .*product:ghost/);
    expect(r.err).toMatch(/links\.csv:3: .*sources/);
    expect(() => readFileSync(out)).toThrow();
  });

  it('import refuses a malformed CSV (an unterminated quote) with its file and line', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'broken.csv'), 'id,kind,name,nameEn,quote,section\nproduct:x,PRODUCT,"未闭合,X,q,s\n');
    const r = await cli('import', join(dir, 'broken.csv'), '--dataset', MINI_FIXTURE);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken\.csv file: malformed CSV: unterminated quoted field starting on line 2/);
  });

  it('export graphml: well-formed XML with the nodes, edges and attribute keys Gephi and yEd read', async () => {
    const r = await cli('export', '--format', 'graphml', '--dataset', MINI_FIXTURE);
    expect(r.out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(r.out.match(/<node /g)).toHaveLength(25);
    expect(r.out.match(/<edge /g)).toHaveLength(28);
    expect(r.out).toContain('<key id="n_label" for="node" attr.name="label" attr.type="string"/>');
    expect(r.out).toContain('<data key="n_name">乙部件</data>');
    // xmllint, where installed, proves well-formedness; the counts above hold anyway.
    const lint = spawnSync('xmllint', ['--noout', '-'], { input: r.out });
    if (!lint.error) expect(lint.status, lint.stderr?.toString()).toBe(0);
  });

  it('exits non-zero from the real command line on a bad file, zero on a good one', () => {
    const tsx = (...args: string[]) => [process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args]] as const;
    const good = spawnSync(...tsx('validate', MINI_FIXTURE), { encoding: 'utf8' });
    expect(good.status).toBe(0);
    const bad = spawnSync(...tsx('validate', '/nonexistent.json'), { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('cannot read');
    expect(execFileSync(...tsx('help'), { encoding: 'utf8' })).toContain('usage:');
  });
});
