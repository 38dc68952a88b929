/** Reading and validating a dataset file in one step: a Dataset, or a DatasetError naming every problem. */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetError } from '../domain/errors';
import type { Dataset } from '../domain/model';
import { type Locate, parseDatasetText } from './parse';
import { validateDataset } from './validate';

/** The Harbin Development Zone dataset that ships with the project. */
export const DEFAULT_DATASET = resolve(fileURLToPath(new URL('../../data/harbin.yaml', import.meta.url)));

/** Larger files are refused before reading; override with DATASET_MAX_BYTES. */
export function maxDatasetBytes(): number {
  const fromEnv = Number(process.env.DATASET_MAX_BYTES);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 512 * 1024 * 1024;
}

export function formatOf(file: string): 'json' | 'yaml' {
  const ext = extname(file).toLowerCase();
  return ext === '.yaml' || ext === '.yml' ? 'yaml' : 'json';
}

export function parseDataset(text: string, file: string, format = formatOf(file)): Dataset {
  return parseDatasetLocated(text, file, format).dataset;
}

/** The dataset and the way back from a path in it to its line (for tools that point into the file). */
export function parseDatasetLocated(
  text: string,
  file: string,
  format = formatOf(file),
): { dataset: Dataset; locate: Locate } {
  const parsed = parseDatasetText(text, format);
  if (!('data' in parsed)) throw new DatasetError(file, [parsed]);
  const result = validateDataset(parsed.data, parsed.locate);
  if (!result.ok) throw new DatasetError(file, result.issues);
  return { dataset: result.dataset, locate: parsed.locate };
}

export async function loadDatasetFile(file: string): Promise<Dataset> {
  return parseDataset(await readDatasetText(file), file);
}

export async function loadDatasetFileLocated(file: string): Promise<{ dataset: Dataset; locate: Locate }> {
  return parseDatasetLocated(await readDatasetText(file), file);
}

async function readDatasetText(file: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(file);
    // Node's EISDIR names no file; this says which path, and what it is instead.
    if (!info.isFile()) throw new Error(info.isDirectory() ? 'is a directory, not a file' : 'is not a regular file');
    size = info.size;
  } catch (err) {
    throw new DatasetError(file, [{ at: 'file', message: `cannot read: ${(err as Error).message}` }]);
  }
  const max = maxDatasetBytes();
  if (size > max) {
    throw new DatasetError(file, [
      { at: 'file', message: `file is ${size} bytes, over the limit of ${max} bytes (DATASET_MAX_BYTES)` },
    ]);
  }
  return readFile(file, 'utf8');
}
