/**
 * `npm run bench -- [--size S|M|L] [--store memory|neo4j|both] [--json file] [--seed n]
 *                    [--duration s] [--budget s] [--client]`
 *
 * Generates the dataset, measures load time and memory per relationship (in a --expose-gc
 * child), query latencies on each store with the same arguments, GraphQL throughput against
 * a bare Express ceiling and, with --client, the browser bench from bench/client.ts. Prints a
 * table with the targets and, with --json, writes the report. Never fails on a missed target.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config';
import type { Dataset } from '../server/domain/model';
import { generateDataset, SIZES, type Size } from '../server/generator';
import { MemoryStore } from '../server/store/memory';
import type { GraphStore } from '../server/store/types';
import { benchGraphql } from './http';
import { probeLoad } from './load-probe';
import { benchQueries } from './queries';
import { formatReport } from './report';
import { round } from './stats';
import { checkTargets } from './targets';
import type { BenchReport, ClientBenchModule, LoadResult, QueryResult } from './types';
import { buildWorkload, type Workload } from './workload';

const log = (line: string) => process.stderr.write(`${line}\n`);

export async function runBench(argv: string[]): Promise<BenchReport> {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: 'S' },
      store: { type: 'string', default: 'memory' },
      json: { type: 'string' },
      seed: { type: 'string', default: '1' },
      duration: { type: 'string', default: '10' },
      budget: { type: 'string', default: '30' },
      client: { type: 'boolean', default: false },
    },
  });
  const size = values.size.toUpperCase();
  if (!(size in SIZES)) throw new Error(`--size is one of ${Object.keys(SIZES).join(', ')}`);
  if (!['memory', 'neo4j', 'both'].includes(values.store)) throw new Error('--store is memory, neo4j or both');
  const seed = Number(values.seed);
  const duration = Number(values.duration);
  const budgetMs = Number(values.budget) * 1000;
  const notes: string[] = [];

  const t = performance.now();
  const dataset = generateDataset(size as Size, seed);
  log(
    `generated ${size}: ${dataset.nodes.length} nodes, ${dataset.edges.length} relationships in ${round((performance.now() - t) / 1000, 1)} s`,
  );
  const workload = buildWorkload(dataset, seed);

  const load: LoadResult[] = [];
  const results: QueryResult[] = [];
  log('memory store: load probe (child process, --expose-gc)');
  load.push(await probeLoad(size, seed));
  const memory = new MemoryStore();
  await memory.load(dataset);
  results.push(...(await benchQueries(memory, workload, { budgetMs, log })));

  if (values.store !== 'memory') {
    const neo = await benchNeo4j(dataset, workload, budgetMs, notes);
    if (neo) {
      load.push(neo.load);
      results.push(...neo.results);
    }
  }

  log(`graphql: autocannon, 32 connections, ${duration} s per query`);
  const vars = {
    id: workload.nodes.find((id) => id.startsWith('enterprise:')) ?? workload.nodes[0] ?? '',
    text: workload.searches[1] ?? '',
  };
  const graphql = await benchGraphql(memory, vars, { duration, connections: 32, log });

  const client = values.client ? await runClient(memory, size, duration, notes) : [];
  const cpus = os.cpus();
  const partial = {
    machine: {
      cpus: cpus.length,
      cpu_model: cpus[0]?.model.trim() ?? 'unknown',
      memory_gb: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadavg: os.loadavg().map((x) => round(x, 2)),
    },
    size,
    seed,
    results,
    load,
    graphql,
    client,
    notes,
  };
  const report: BenchReport = { ...partial, targets: checkTargets(partial) };
  process.stdout.write(formatReport(report));
  if (values.json) await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/** Neo4j from NEO4J_URI, or a note saying why it was skipped. Loading REPLACES that database's graph. */
async function benchNeo4j(dataset: Dataset, workload: Workload, budgetMs: number, notes: string[]) {
  const config = readConfig();
  if (!config.neo4j) {
    notes.push('NEO4J_URI is not set: benched the memory store only');
    log(`note: ${notes.at(-1)}`);
    return null;
  }
  let store: GraphStore;
  try {
    const { createStore } = await import('../server/store');
    store = await createStore(config);
  } catch (e) {
    notes.push(`the Neo4j adapter is not available (${(e as Error).message}): benched the memory store only`);
    log(`note: ${notes.at(-1)}`);
    return null;
  }
  try {
    log(`neo4j: loading into ${config.neo4j.uri} (replaces the database's graph)`);
    const t = performance.now();
    await store.load(dataset);
    const loadResult: LoadResult = {
      store: 'neo4j',
      seconds: round((performance.now() - t) / 1000, 2),
      bytes_per_rel: null,
    };
    return { load: loadResult, results: await benchQueries(store, workload, { budgetMs, log }) };
  } catch (e) {
    notes.push(`Neo4j bench failed: ${(e as Error).message}`);
    log(`note: ${notes.at(-1)}`);
    return null;
  } finally {
    await store.close();
  }
}

/** The browser bench, plugged in from bench/client.ts when it exists (see ClientBenchModule). */
async function runClient(store: GraphStore, size: string, duration: number, notes: string[]) {
  const path = './client';
  let mod: ClientBenchModule;
  try {
    mod = (await import(path)) as ClientBenchModule;
  } catch {
    notes.push('--client: bench/client.ts is not there yet; the client section stays empty');
    return [];
  }
  const { startServer } = await import('../server/http/server');
  const { pino } = await import('pino');
  const server = await startServer({
    port: 0,
    store,
    logger: pino({ level: 'silent' }),
    config: { rateLimit: { windowMs: 60_000, max: 1e9 } },
  });
  try {
    return await mod.runClientBench({ url: server.url, size, duration, log });
  } finally {
    await server.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, '/bench/'))) {
  runBench(process.argv.slice(2)).catch((e) => {
    log(`bench failed: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  });
}
