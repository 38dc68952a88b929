/**
 * `npx tsx bench/chain.ts [--size S|M|L] [--store memory|neo4j] [--seed n]`: the 招商 analyses on
 * a generated dataset — the first call (facts read and indexed once per version of the graph),
 * then chainGaps for one cluster (tiers 1, targets 10), the panorama of one cluster (tiers 3)
 * and whatIf for one cluster's chain leaders, each p50/p99 over the clusters. Prints the figures
 * (README: 招商 figures); never fails on a missed target.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config';
import { generateDataset, type Size } from '../server/generator';
import { MemoryStore } from '../server/store/memory';
import type { GraphStore } from '../server/store/types';
import { percentile, round } from './stats';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    store: { type: 'string', default: 'memory' },
    seed: { type: 'string', default: '1' },
  },
});
const size = values.size.toUpperCase() as Size;
const dataset = generateDataset(size, Number(values.seed));
let store: GraphStore;
if (values.store === 'neo4j') {
  const config = readConfig();
  if (!config.neo4j) throw new Error('--store neo4j needs NEO4J_URI');
  const { Neo4jStore } = await import('../server/store/neo4j');
  store = new Neo4jStore(config.neo4j);
} else store = new MemoryStore();
const t0 = performance.now();
await store.load(dataset);
const loaded = performance.now() - t0;
const clusters = (await store.clusters()).map((c) => c.id).slice(0, 30);

/** First asks (worked out) and repeats (kept answers), reported apart. */
async function time(label: string, args: string[], run: (id: string) => Promise<unknown>) {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let rep = 0; rep < 3; rep++)
    for (const id of args) {
      const t = performance.now();
      await run(id);
      (rep === 0 ? cold : warm).push(performance.now() - t);
    }
  const fig = (times: number[]) => {
    times.sort((a, b) => a - b);
    return `p50 ${round(percentile(times, 50), 1)} ms, p99 ${round(percentile(times, 99), 1)} ms (n=${times.length})`;
  };
  process.stdout.write(`${store.kind} ${size} ${label}: first ask ${fig(cold)}; repeated ${fig(warm)}\n`);
}

const t1 = performance.now();
await store.chainGaps({ clusterId: clusters[0] as string, targets: 10 });
const first = performance.now() - t1;
process.stdout.write(
  `${store.kind} ${size}: ${dataset.nodes.length} nodes, ${dataset.edges.length} relationships; load ${round(loaded / 1000, 1)} s; first chainGaps (facts read and indexed) ${round(first)} ms\n`,
);
await time('chainGaps(clusterId, targets 10)', clusters, (id) => store.chainGaps({ clusterId: id, targets: 10 }));
await time('chainPanorama(clusterId, tiers 3)', clusters, (id) => store.chainPanorama({ clusterId: id }));
const leaders = new Map<string, string[]>();
for (const id of clusters.slice(0, 10)) {
  const p = await store.chainPanorama({ clusterId: id });
  leaders.set(id, [...new Set(p.nodes.flatMap((n) => (n.chainLeader ? [n.chainLeader.id] : [])))].slice(0, 5));
}
await time('whatIf(5 chain leaders)', [...leaders.keys()], (id) => store.whatIf(leaders.get(id) ?? []));
await store.close();
