/**
 * Load time and retained memory of the memory store, measured in a fresh process started with
 * --expose-gc (see `probeLoad`): generate → JSON file → read, parse and validate it →
 * `store.load` → drop everything but the store → full GC. Retained heap is then what a server
 * holding this graph pays, including the parsed strings the store keeps, divided by the
 * relationships. Then `npm start` on that file, to ready: from the dataset, and after
 * `npm run cli -- load` wrote its snapshot.
 *
 *   node --expose-gc --import tsx bench/load-probe.ts <size> <seed> <dir>   (prints one JSON line)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDatasetFile, toJson } from '../server/dataset';
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

async function main(size: Size, seed: number, file: string): Promise<LoadResult & { relationships: number }> {
  await writeFile(file, toJson(generateDataset(size, seed)));
  const before = heapAfterGc();
  // CPU time beside wall time: on a shared machine the wall clock also counts the waits for a core.
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  };
  let t = performance.now();
  let c = cpu();
  let dataset: Dataset | null = await loadDatasetFile(file);
  const parseSeconds = (performance.now() - t) / 1000;
  const parseCpu = cpu() - c;
  const relationships = dataset.edges.length;
  const store = new MemoryStore();
  t = performance.now();
  c = cpu();
  await store.load(dataset);
  const seconds = (performance.now() - t) / 1000;
  const loadCpu = cpu() - c;
  dataset = null;
  const retained = heapAfterGc() - before;
  // Keep the store alive across the measurement.
  if ((await store.overview()).edgeCount !== relationships) throw new Error('store lost relationships');
  return {
    store: 'memory',
    seconds: round(seconds, 2),
    bytes_per_rel: Math.round(retained / relationships),
    parse_seconds: round(parseSeconds, 2),
    cpu_seconds: round(loadCpu, 2),
    parse_cpu_seconds: round(parseCpu, 2),
    relationships,
  };
}

/** Runs this file in a child process, then `npm start` on its dataset; returns the measurements. */
export async function probeLoad(size: string, seed: number): Promise<LoadResult> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-load-'));
  try {
    const file = join(dir, `generated-${size}.json`);
    const result = await probeInChild(size, seed, file);
    result.start_seconds = round(await timeStart(file), 2);
    await run(['--import', 'tsx', fileURLToPath(new URL('../server/cli/main.ts', import.meta.url)), 'load', file]);
    result.start_snapshot_seconds = round(await timeStart(file), 2);
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const memoryEnv = () => {
  const { NEO4J_URI: _, ...env } = process.env;
  return { ...env, SKIP_BUILD: '1', LOG_LEVEL: 'warn', PORT: '0', HOST: '127.0.0.1' };
};

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env: memoryEnv() });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

/** Seconds from spawning `npm start` (scripts/start.mjs, the build check skipped) to `/readyz` answering 200. */
function timeStart(dataset: string): Promise<number> {
  const t = performance.now();
  const start = fileURLToPath(new URL('../scripts/start.mjs', import.meta.url));
  const child = spawn(process.execPath, [start], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...memoryEnv(), DATASET: dataset },
  });
  return new Promise<number>((resolve, reject) => {
    let out = '';
    let polling = false;
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`npm start exited with ${code} before it was ready`)));
    child.stdout.on('data', async (chunk) => {
      out += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (!url || polling) return;
      polling = true;
      for (;;) {
        const ready = await fetch(`${url}/readyz`).then(
          (r) => r.ok,
          () => false,
        );
        if (ready) return resolve((performance.now() - t) / 1000);
        await new Promise((r) => setTimeout(r, 20));
      }
    });
  }).finally(() => {
    child.removeAllListeners('close');
    child.kill('SIGTERM');
  });
}

function probeInChild(size: string, seed: number, dataset: string): Promise<LoadResult> {
  const file = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', file, size, String(seed), dataset],
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
  main((process.argv[2] ?? 'S') as Size, Number(process.argv[3] ?? 1), process.argv[4] ?? 'generated.json').then(
    (r) => {
      process.stdout.write(`${JSON.stringify(r)}\n`);
    },
  );
}
