/**
 * The memory store started from a snapshot answers as the store built from the dataset: the
 * whole GraphStore contract on restored graphs, edits on a restored graph, and the snapshot
 * ignored whenever it does not match the dataset's bytes or is damaged.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../server/dataset';
import type { Dataset } from '../../server/domain/model';
import { generateDataset } from '../../server/generator';
import { MemoryStore } from '../../server/store/memory';
import { snapshotFile } from '../../server/store/memory/snapshot';
import { defineGraphStoreContract } from './graph-store.contract';

const dir = mkdtempSync(join(tmpdir(), 'cluster-graph-snapshot-'));
let files = 0;
function datasetFile(d: Dataset): string {
  const file = join(dir, `d${files++}.json`);
  writeFileSync(file, toJson(d));
  return file;
}

/** `load` writes the dataset and its snapshot, then starts from the snapshot. */
class FromSnapshot extends MemoryStore {
  override async load(d: Dataset): Promise<void> {
    const file = datasetFile(d);
    expect(await new MemoryStore().loadFile(file, { writeSnapshot: true })).toBe('dataset');
    expect(await this.loadFile(file)).toBe('snapshot');
  }
}

defineGraphStoreContract('memory, started from a snapshot', async () => new FromSnapshot());

describe('memory snapshots', () => {
  const d = generateDataset('S', 5);
  const sample = async (store: MemoryStore) => ({
    dump: await store.dump(),
    search: await store.search('汽车', { first: 50 }),
    gaps: await store.gaps(),
    partners: await store.partners(d.nodes.find((n) => n.kind === 'PRODUCT')?.id ?? ''),
  });

  it('take edits as a built graph does', async () => {
    const restored = new FromSnapshot();
    await restored.load(d);
    const built = new MemoryStore(d);
    for (const store of [restored, built]) {
      const products = d.nodes.filter((n) => n.kind === 'PRODUCT');
      const product = products[2]!;
      store.upsertNode({ ...product, name: '汽车新零件' });
      store.removeNode(d.nodes.find((n) => n.kind === 'ENTERPRISE')!.id);
      store.addEdge({
        type: 'INPUT_TO',
        source: product.id,
        target: products[1]!.id,
        sources: d.edges[0]!.sources,
      });
    }
    expect(await sample(restored)).toEqual(await sample(built));
    restored.compact();
    expect(await sample(restored)).toEqual(await sample(built));
  });

  it('are not used for a dataset that changed, nor when damaged', async () => {
    const file = datasetFile(d);
    await new MemoryStore().loadFile(file, { writeSnapshot: true });
    const snapshot = readFileSync(snapshotFile(file));
    // The dataset changes (a node renamed): the snapshot no longer matches its bytes.
    const renamed = { ...d, nodes: d.nodes.map((n, i) => (i === 0 ? { ...n, name: '新名字' } : n)) };
    writeFileSync(file, toJson(renamed));
    const store = new MemoryStore();
    expect(await store.loadFile(file)).toBe('dataset');
    expect((await store.dump()).nodes.find((n) => n.id === d.nodes[0]?.id)?.name).toBe('新名字');
    // Damaged: cut short, or another code's (the header's code hash differs).
    writeFileSync(file, toJson(d));
    writeFileSync(snapshotFile(file), snapshot.subarray(0, snapshot.length >> 1));
    expect(await store.loadFile(file)).toBe('dataset');
    writeFileSync(
      snapshotFile(file),
      Buffer.from(snapshot.toString('latin1').replace(/"code":"[0-9a-f]{4}/, '"code":"0000'), 'latin1'),
    );
    expect(await store.loadFile(file)).toBe('dataset');
    writeFileSync(snapshotFile(file), snapshot);
    expect(await store.loadFile(file)).toBe('snapshot');
    expect(await sample(store)).toEqual(await sample(new MemoryStore(d)));
  });
});
