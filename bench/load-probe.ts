/**
 * Load time and retained memory of the memory store, measured in a fresh process started with
 * --expose-gc (see `probeLoad`): generate → JSON text → parse and validate → `store.load` →
 * drop everything but the store → full GC. Retained heap is then what a server holding this
 * graph pays, including the parsed strings the store keeps, divided by the relationships.
 *
 *   node --expose-gc --import tsx bench/load-probe.ts <size> <seed>   (prints one JSON line)
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseDataset, toJson } from '../server/dataset';
import type { Dataset } from '../server/domain/model';
import { generateDataset, type Size } from '../server/generator';
import { MemoryStore } from '../server/store/memory';
import { round } from './stats';
import type { LoadResult } from './types';

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('load-probe needs node --expose-gc');
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

async function main(size: Size, seed: number): Promise<LoadResult & { relationships: number }> {
  const before = heapAfterGc();
  let text: string | null = toJson(generateDataset(size, seed));
  let t = performance.now();
  let dataset: Dataset | null = parseDataset(text, `generated-${size}.json`);
  const parseSeconds = (performance.now() - t) / 1000;
  text = null;
  const relationships = dataset.edges.length;
  const store = new MemoryStore();
  t = performance.now();
  await store.load(dataset);
  const seconds = (performance.now() - t) / 1000;
  dataset = null;
  const retained = heapAfterGc() - before;
  // Keep the store alive across the measurement.
  if ((await store.overview()).edgeCount !== relationships) throw new Error('store lost relationships');
  return {
    store: 'memory',
    seconds: round(seconds, 2),
    bytes_per_rel: Math.round(retained / relationships),
    parse_seconds: round(parseSeconds, 2),
    relationships,
  };
}

/** Runs this file in a child process and returns its measurement. */
export function probeLoad(size: string, seed: number): Promise<LoadResult> {
  const file = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', file, size, String(seed)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`load probe exited with ${code}`));
      const { relationships: _, ...result } = JSON.parse(out.trim().split('\n').pop() ?? '{}');
      resolve(result as LoadResult);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main((process.argv[2] ?? 'S') as Size, Number(process.argv[3] ?? 1)).then((r) => {
    process.stdout.write(`${JSON.stringify(r)}\n`);
  });
}
