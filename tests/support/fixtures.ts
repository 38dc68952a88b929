/** The fixture datasets every layer uses (STYLE.md: one fixture format, the JSON interchange). */
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATASET, loadDatasetFile } from '../../server/dataset';
import type { Dataset } from '../../server/domain/model';

export const MINI_FIXTURE = fileURLToPath(new URL('../fixtures/mini.json', import.meta.url));
export const HARBIN_DATASET = DEFAULT_DATASET;

const cache = new Map<string, Promise<Dataset>>();

export function fixture(file: string): Promise<Dataset> {
  let d = cache.get(file);
  if (!d) {
    d = loadDatasetFile(file);
    cache.set(file, d);
  }
  return d;
}

export const mini = () => fixture(MINI_FIXTURE);
export const harbin = () => fixture(HARBIN_DATASET);

/** The chain fixture (tests/contract/chain.contract.ts works its answers out by hand). */
export const CHAIN_FIXTURE = fileURLToPath(new URL('../fixtures/chain.json', import.meta.url));
export const chain = () => fixture(CHAIN_FIXTURE);
