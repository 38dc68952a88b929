/**
 * The embedded store on its workspace, as `npm start` runs it. On first start the workspace is
 * seeded from the dataset file. Later starts build the index from the workspace — or, while no
 * change has been made, from the dataset file itself (its snapshot, the fast path), re-seeding
 * when the file has changed. Once changes exist the workspace is the store of record and a
 * changed dataset file is only reported (load it on purpose with the CLI's `workspace seed`).
 */
import type { Logger } from 'pino';
import { MemoryStore } from '../store/memory';
import { fileHash } from '../store/memory/snapshot';
import { Workspace } from './workspace';

export interface SeedMark {
  from: string;
  hash: string;
  at: string;
}

export async function seedWorkspace(store: MemoryStore, ws: Workspace, datasetFile: string, hash: string) {
  const dataset = await store.dump();
  ws.seed(dataset, datasetFile);
  ws.setMeta('seeded', JSON.stringify({ from: datasetFile, hash, at: new Date().toISOString() } satisfies SeedMark));
}

export async function openEmbedded(file: string, datasetFile: string, logger?: Logger) {
  const workspace = Workspace.open(file);
  const store = new MemoryStore();
  try {
    if (file === ':memory:') {
      await store.loadFile(datasetFile);
    } else {
      const hash = await fileHash(datasetFile);
      const raw = workspace.meta('seeded');
      const seeded = raw ? (JSON.parse(raw) as Partial<SeedMark>) : null;
      if (workspace.changeCount() === 0) {
        await store.loadFile(datasetFile);
        if (seeded?.hash !== hash) {
          await seedWorkspace(store, workspace, datasetFile, hash);
          logger?.info({ workspace: file, datasetFile }, 'workspace seeded from the dataset file');
        }
      } else {
        await store.load(workspace.dataset());
        if (seeded?.hash !== hash)
          logger?.warn(
            { workspace: file, datasetFile },
            'the dataset file has changed since the workspace was seeded; the workspace (with its edits) is what is served',
          );
      }
    }
    store.attachWorkspace(workspace);
    return { store, workspace };
  } catch (err) {
    workspace.close();
    throw err;
  }
}
