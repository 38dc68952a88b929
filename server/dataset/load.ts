/** Reading and validating a dataset file in one step: a Dataset, or a DatasetError naming every problem. */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetError } from '../domain/errors';
import type { Dataset } from '../domain/model';
import { validateFast } from './fast-validate';
import { readLineLayoutFile, readLineLayoutText } from './line-layout';
import { type Locate, parseDatasetText } from './parse';
import { collectDataset, type DatasetSink, feed } from './sink';
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
  return readDatasetText(text, file, collectDataset, format);
}

/**
 * A dataset text into a sink: the canonical line layout the fast way (line-layout.ts), anything
 * else (or anything not plainly valid) the general way, which names every problem.
 */
export function readDatasetText<T>(
  text: string,
  file: string,
  makeSink: () => DatasetSink<T>,
  format = formatOf(file),
  tryLines = true,
): T {
  if (format === 'json' && tryLines) {
    const fast = readLineLayoutText(text, makeSink());
    if (fast !== null) return fast;
  }
  const parsed = parseDatasetText(text, format);
  if (!('data' in parsed)) throw new DatasetError(file, [parsed]);
  const fast = validateFast(parsed.data, makeSink());
  if (fast !== null) return fast;
  const result = validateDataset(parsed.data, parsed.locate);
  if (!result.ok) throw new DatasetError(file, result.issues);
  return feed(result.dataset, makeSink());
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

export function loadDatasetFile(file: string): Promise<Dataset> {
  return readDatasetFile(file, collectDataset);
}

export async function loadDatasetFileLocated(file: string): Promise<{ dataset: Dataset; locate: Locate }> {
  await checkSize(file);
  return parseDatasetLocated(await readFile(file, 'utf8'), file);
}

/** `readDatasetText` from a file; a file in the line layout is read in chunks, never whole. */
export async function readDatasetFile<T>(file: string, makeSink: () => DatasetSink<T>): Promise<T> {
  await checkSize(file);
  const format = formatOf(file);
  if (format === 'json') {
    // A file that cannot be read that way is read below, which reports why.
    const fast = await readLineLayoutFile(file, makeSink()).catch(() => null);
    if (fast !== null) return fast;
  }
  const text = await readFile(file, 'utf8');
  return readDatasetText(text, file, makeSink, format, false);
}

/** Refuses a file that cannot be read or is over the size limit, before reading it. */
async function checkSize(file: string): Promise<void> {
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
}
