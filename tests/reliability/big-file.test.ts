/**
 * A 200 MB dataset with one bad node deep inside and a dangling edge at the end: the real CLI
 * names both (id, field, line) and exits non-zero, and a store asked to load it keeps its graph.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFile } from '../../server/dataset';
import { DatasetError } from '../../server/domain/errors';
import { MemoryStore } from '../../server/store/memory';
import { mini } from '../support/fixtures';

const NODES = 400_000;
const BAD = 345_678;
const file = join(mkdtempSync(join(tmpdir(), 'cluster-graph-big-')), 'big.json');

/** Writes the file in chunks so the test itself stays small in memory; returns the bad node's line. */
async function writeBigFile(): Promise<number> {
  const out = createWriteStream(file);
  const write = (s: string) => new Promise<void>((r) => (out.write(s) ? r() : out.once('drain', () => r())));
  const filler = '配套产品说明'.repeat(30);
  await write('{\n"nodes": [\n');
  let line = 3;
  let badLine = 0;
  for (let i = 0; i < NODES; i++) {
    const name = i === BAD ? '' : `产品${i}`;
    if (i === BAD) badLine = line;
    await write(
      `{"id": "product:p${i}", "kind": "PRODUCT", "name": "${name}", "nameEn": "Product ${i}", "aliases": [], "status": "EXISTING",\n "sources": [{"quote": "${filler}", "section": "s", "stated": true}]}${i + 1 < NODES ? ',' : ''}\n`,
    );
    line += 2;
  }
  await write(
    '],\n"edges": [\n{"type": "INPUT_TO", "source": "product:p1", "target": "product:nowhere", "sources": [{"quote": "q", "section": "s"}]}\n]}\n',
  );
  await new Promise<void>((r) => out.end(r));
  return badLine;
}

describe('a 200 MB dataset with errors deep inside', () => {
  let badLine = 0;
  beforeAll(async () => {
    badLine = await writeBigFile();
  }, 120_000);

  it('is about 200 MB', () => {
    expect(statSync(file).size).toBeGreaterThan(190 * 1024 * 1024);
  });

  it('fails `validate` with both element ids, fields and lines, and exit code 1', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', 'validate', file], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:${badLine}: nodes[${BAD}] (product:p${BAD}) field \`name\`: must not be empty`);
    expect(r.stderr).toContain(
      `${file}:${3 + 2 * NODES + 2}: edges[0] (product:p1-[INPUT_TO]->product:nowhere) field \`target\``,
    );
  }, 180_000);

  it('loads nothing: a store keeps its previous graph', async () => {
    const store = new MemoryStore(await mini());
    await expect(loadDatasetFile(file).then((d) => store.load(d))).rejects.toBeInstanceOf(DatasetError);
    expect((await store.overview()).nodeCount).toBe(25);
  }, 180_000);
});
