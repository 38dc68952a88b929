/**
 * `npm run crosscheck -- [--size S|M|L] [--seed n] [--count n]`
 *
 * Loads one generated dataset into the memory store and into Neo4j (NEO4J_URI; the load
 * REPLACES that database's graph) and asks both every question of bench/answers.ts — every
 * query kind the GraphStore offers, in every variant the API has, and the refusals — comparing
 * them answer for answer (content, not key order). Prints, per query kind, how many questions
 * were asked and how many answers differ, and the first few differences; exits 1 when any does.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config';
import type { Dataset } from '../server/domain/model';
import { generateDataset, SIZES, type Size } from '../server/generator';
import { MemoryStore } from '../server/store/memory';
import { Neo4jStore } from '../server/store/neo4j';
import type { GraphStore } from '../server/store/types';
import { answer, questions } from './answers';

export interface CrosscheckKind {
  kind: string;
  asked: number;
  differ: number;
}
export interface CrosscheckReport {
  size: string;
  nodes: number;
  edges: number;
  kinds: CrosscheckKind[];
  differences: { kind: string; args: unknown[]; memory: string; neo4j: string }[];
}

/** Asks both stores every question about `dataset`, which both already hold. */
export async function compareStores(
  dataset: Dataset,
  memory: GraphStore,
  neo4j: GraphStore,
  opts: { seed?: number; count?: number; size?: string } = {},
): Promise<CrosscheckReport> {
  const kinds = new Map<string, CrosscheckKind>();
  const differences: CrosscheckReport['differences'] = [];
  for (const [kind, args, ask] of questions(dataset, opts.seed ?? 1, opts.count ?? 60)) {
    const entry = kinds.get(kind) ?? { kind, asked: 0, differ: 0 };
    kinds.set(kind, entry);
    entry.asked++;
    const [m, n] = [await answer(memory, ask), await answer(neo4j, ask)];
    if (m !== n) {
      entry.differ++;
      differences.push({ kind, args, memory: m, neo4j: n });
    }
  }
  return {
    size: opts.size ?? '?',
    nodes: dataset.nodes.length,
    edges: dataset.edges.length,
    kinds: [...kinds.values()],
    differences,
  };
}

/** Where two answers part, with a little context either side. */
function firstDivergence(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const at = Math.max(0, i - 60);
  return `at char ${i}:\n    memory …${a.slice(at, i + 80)}\n    neo4j  …${b.slice(at, i + 80)}`;
}

export function formatCrosscheck(r: CrosscheckReport): string {
  const lines = [
    `crosscheck at ${r.size}: ${r.nodes} nodes, ${r.edges} relationships`,
    'kind            asked  differ',
  ];
  for (const k of r.kinds)
    lines.push(`${k.kind.padEnd(15)} ${String(k.asked).padStart(5)}  ${String(k.differ).padStart(6)}`);
  const asked = r.kinds.reduce((s, k) => s + k.asked, 0);
  lines.push(`${'total'.padEnd(15)} ${String(asked).padStart(5)}  ${String(r.differences.length).padStart(6)}`);
  for (const d of r.differences.slice(0, 5))
    lines.push(`- ${d.kind} ${JSON.stringify(d.args)} ${firstDivergence(d.memory, d.neo4j)}`);
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'S' },
      seed: { type: 'string', default: '1' },
      count: { type: 'string', default: '60' },
    },
  });
  const size = values.size.toUpperCase();
  if (!(size in SIZES)) throw new Error(`--size is one of ${Object.keys(SIZES).join(', ')}`);
  const config = readConfig();
  if (!config.neo4j) throw new Error('NEO4J_URI is not set: the crosscheck needs a Neo4j to compare with');
  const seed = Number(values.seed);
  const dataset = generateDataset(size as Size, seed);
  const memory = new MemoryStore();
  const neo4j = new Neo4jStore(config.neo4j);
  try {
    await memory.load(dataset);
    await neo4j.load(dataset);
    const report = await compareStores(dataset, memory, neo4j, { seed, count: Number(values.count), size });
    process.stdout.write(formatCrosscheck(report));
    if (report.differences.length > 0) process.exitCode = 1;
  } finally {
    await Promise.all([memory.close(), neo4j.close()]);
  }
}

if (process.argv[1]?.endsWith('crosscheck.ts')) {
  main().catch((e) => {
    process.stderr.write(`crosscheck failed: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  });
}
