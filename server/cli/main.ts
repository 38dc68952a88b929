/**
 * The command line: `npm run cli -- <command>`.
 *
 *   validate <file>                          check a dataset; exit 0, or the problems and exit 1
 *   lint [file] [--acknowledged]             checks beyond validity; exit 1 on unacknowledged warnings
 *   export --format json|csv|graphml [--dataset f] [--out path]
 *   import <nodes.csv> [edges.csv] [--dataset f] [--mode merge|replace] [--out f]
 *   stats [file]                             counts by kind and relationship type
 *   load [file]                              load into the configured store (Neo4j when NEO4J_URI is set)
 *   generate --size S|M|L [--seed n] [--out f]  a synthetic industrial-chain dataset
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config';
import {
  DEFAULT_DATASET,
  formatLintReport,
  importCsv,
  lintDataset,
  loadDatasetFile,
  loadDatasetFileLocated,
  toCsv,
  toGraphml,
  toJson,
} from '../dataset';
import { datasetStats, formatStats } from '../dataset/stats';
import { DatasetError } from '../domain/errors';
import type { Dataset } from '../domain/model';

const USAGE = `usage: npm run cli -- <command>
  validate <file>
  lint [file] [--acknowledged]
  export --format json|csv|graphml [--dataset file] [--out path]
  import <nodes.csv> [edges.csv] [--dataset file] [--mode merge|replace] [--out file]
  stats [file]
  load [file]
  generate --size S|M|L [--seed n] [--out file]`;

type Out = (text: string) => void;

export async function runCli(
  argv: string[],
  out: Out = (t) => process.stdout.write(t),
  err: Out = (t) => process.stderr.write(t),
): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      dataset: { type: 'string' },
      mode: { type: 'string' },
      size: { type: 'string' },
      seed: { type: 'string' },
      acknowledged: { type: 'boolean' },
    },
  });
  const datasetPath = values.dataset ?? process.env.DATASET ?? DEFAULT_DATASET;
  try {
    switch (command) {
      case 'validate': {
        const file = positionals[0];
        if (!file) throw new UsageError('validate needs a file');
        const d = await loadDatasetFile(file);
        out(`${file}: valid — ${d.nodes.length} nodes, ${d.edges.length} relationships\n`);
        return 0;
      }
      case 'lint': {
        const file = positionals[0] ?? datasetPath;
        const { dataset, locate } = await loadDatasetFileLocated(file);
        const report = lintDataset(dataset);
        out(formatLintReport(report, shown(file), locate, values.acknowledged === true));
        return report.warnings.length === 0 ? 0 : 1;
      }
      case 'stats': {
        const d = await loadDatasetFile(positionals[0] ?? datasetPath);
        out(formatStats(datasetStats(d)));
        return 0;
      }
      case 'export': {
        const format = values.format ?? 'json';
        const d = await loadDatasetFile(datasetPath);
        await exportDataset(d, format, values.out, out);
        return 0;
      }
      case 'import': {
        if (positionals.length === 0) throw new UsageError('import needs at least one CSV file');
        const mode = values.mode ?? 'merge';
        if (mode !== 'merge' && mode !== 'replace') throw new UsageError('--mode is merge or replace');
        const base = mode === 'merge' ? await loadDatasetFile(datasetPath) : { nodes: [], edges: [] };
        const sheets = await Promise.all(
          positionals.map(async (file) => ({ file, text: await readFile(file, 'utf8') })),
        );
        const merged = importCsv(base, sheets, mode);
        await emit(toJson(merged), values.out, out);
        err(
          `imported ${positionals.join(', ')} (${mode}): ${merged.nodes.length} nodes, ${merged.edges.length} relationships\n`,
        );
        return 0;
      }
      case 'load': {
        const file = positionals[0] ?? datasetPath;
        const config = readConfig();
        if (!config.neo4j) return await loadMemory(file, out, err);
        const d = await loadDatasetFile(file);
        const { createStore } = await import('../store');
        const store = await createStore(config);
        try {
          await store.load(d);
          out(
            `loaded ${file} into the ${store.kind} store: ${d.nodes.length} nodes, ${d.edges.length} relationships\n`,
          );
        } finally {
          await store.close();
        }
        return 0;
      }
      case 'generate': {
        const { generateDataset, SIZES } = await import('../generator');
        const size = (values.size ?? 'S').toUpperCase();
        if (!(size in SIZES)) throw new UsageError(`--size is one of ${Object.keys(SIZES).join(', ')}`);
        const seed = Number(values.seed ?? 1);
        if (!Number.isInteger(seed)) throw new UsageError('--seed is an integer');
        const d = generateDataset(size as keyof typeof SIZES, seed);
        await emit(toJson(d), values.out, out);
        err(`generated size ${size} seed ${seed}: ${d.nodes.length} nodes, ${d.edges.length} relationships\n`);
        return 0;
      }
      case undefined:
      case 'help':
      case '--help':
        out(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command \`${command}\``);
    }
  } catch (e) {
    if (e instanceof DatasetError) {
      err(`${e.message}\n`);
      return 1;
    }
    if (e instanceof UsageError) {
      err(`${e.message}\n${USAGE}\n`);
      return 2;
    }
    err(`error: ${(e as Error).message}\n`);
    return 1;
  }
}

class UsageError extends Error {}

/**
 * The memory store lives in the server's process, so `load` leaves it a snapshot beside the
 * dataset to start from (server/store/memory/snapshot.ts).
 */
async function loadMemory(file: string, out: Out, err: Out): Promise<number> {
  const { MemoryStore } = await import('../store');
  const { snapshotFile } = await import('../store/memory/snapshot');
  const store = new MemoryStore();
  let from: 'snapshot' | 'dataset';
  try {
    from = await store.loadFile(file, { writeSnapshot: true });
  } catch (e) {
    if (e instanceof DatasetError) throw e;
    err(`the dataset is valid, but its snapshot could not be written: ${(e as Error).message}\n`);
    return 1;
  }
  const { nodeCount, edgeCount } = await store.overview();
  out(`loaded ${file} into the memory store: ${nodeCount} nodes, ${edgeCount} relationships\n`);
  out(
    `${from === 'snapshot' ? 'its snapshot is up to date' : 'wrote its snapshot'}: ${snapshotFile(file)} (\`npm start\` with DATASET=${file} starts from it)\n`,
  );
  return 0;
}

/** A path as a user would type it: relative to the working directory when it lies inside it. */
function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return isAbsolute(file) && rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

async function emit(text: string, path: string | undefined, out: Out): Promise<void> {
  if (!path) return out(text);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

async function exportDataset(d: Dataset, format: string, path: string | undefined, out: Out): Promise<void> {
  switch (format) {
    case 'json':
      return emit(toJson(d), path, out);
    case 'graphml':
      return emit(toGraphml(d), path, out);
    case 'csv': {
      const csv = toCsv(d);
      if (!path) return out(`${csv.nodes}\n${csv.edges}`);
      await mkdir(path, { recursive: true });
      await writeFile(join(path, 'nodes.csv'), csv.nodes);
      await writeFile(join(path, 'edges.csv'), csv.edges);
      return;
    }
    default:
      throw new UsageError(`--format is json, csv or graphml, not \`${format}\``);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
