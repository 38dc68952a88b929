/**
 * Every query kind's answers over the bench workload, one line per question (`kind args sha1`),
 * so two builds or two stores can be compared answer for answer by diffing the files:
 *
 *   npx tsx bench/answers.ts --dataset f.json [--store memory|neo4j] [--out answers.txt]
 *
 * The questions are the workload's (bench/workload.ts) in every variant the API offers: depths,
 * filters, directions, lenses, caps. An error answer is recorded by its class and message.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config';
import { loadDatasetFile } from '../server/dataset';
import type { Dataset } from '../server/domain/model';
import { MemoryStore } from '../server/store/memory';
import type { GraphStore } from '../server/store/types';
import { buildWorkload } from './workload';

type Question = [kind: string, args: unknown[], ask: (s: GraphStore) => Promise<unknown>];

export function questions(d: Dataset, seed = 1, count = 60): Question[] {
  const w = buildWorkload(d, seed, count);
  const q: Question[] = [];
  const zones = d.nodes.filter((n) => n.kind === 'ZONE').map((n) => n.id);
  q.push(['overview', [], (s) => s.overview()]);
  q.push(['clusters', [], (s) => s.clusters()]);
  q.push(['zones', [], (s) => s.zones()]);
  q.push(['nodes', [w.nodes], (s) => s.nodes([...w.nodes, 'product:nope'])]);
  for (const id of w.nodes) q.push(['node', [id], (s) => s.node(id)]);
  for (const text of w.searches) {
    q.push(['search', [text], (s) => s.search(text)]);
    q.push([
      'search',
      [text, 'ENTERPRISE,PRODUCT', 50],
      (s) => s.search(text, { kinds: ['ENTERPRISE', 'PRODUCT'], first: 50 }),
    ]);
  }
  q.push(['between', [w.nodes], (s) => s.between(w.nodes)]);
  q.push([
    'between',
    [w.nodes, 'INPUT_TO,PRODUCES'],
    (s) => s.between(w.nodes, { relTypes: ['INPUT_TO', 'PRODUCES'] }),
  ]);
  for (const id of w.nodes) {
    q.push(['neighborCounts', [id], (s) => s.neighborCounts(id)]);
    q.push(['neighborhood', [id, 1], (s) => s.neighborhood(id)]);
    q.push(['neighborhood', [id, 2], (s) => s.neighborhood(id, { depth: 2 })]);
    q.push(['neighborhood', [id, 3, 2000], (s) => s.neighborhood(id, { depth: 3, limit: 2000 })]);
    q.push(['neighborhood', [id, 2, 40], (s) => s.neighborhood(id, { depth: 2, limit: 40 })]);
    q.push([
      'neighborhood',
      [id, 2, 'PRODUCT,ENTERPRISE'],
      (s) => s.neighborhood(id, { depth: 2, kinds: ['PRODUCT', 'ENTERPRISE'] }),
    ]);
    q.push([
      'neighborhood',
      [id, 2, 'PRODUCES,SUPPLIES,LOCATED_IN'],
      (s) => s.neighborhood(id, { depth: 2, relTypes: ['PRODUCES', 'SUPPLIES', 'LOCATED_IN'] }),
    ]);
  }
  for (const id of w.products) {
    q.push(['supplyChain', [id], (s) => s.supplyChain(id)]);
    q.push(['supplyChain', [id, 'UPSTREAM', 2], (s) => s.supplyChain(id, { direction: 'UPSTREAM', maxDepth: 2 })]);
    q.push(['supplyChain', [id, 'DOWNSTREAM', 6], (s) => s.supplyChain(id, { direction: 'DOWNSTREAM', maxDepth: 6 })]);
    q.push(['partners', [id], (s) => s.partners(id)]);
    q.push(['partners', [id, 100], (s) => s.partners(id, { first: 100 })]);
  }
  for (const [from, to] of w.pairs) {
    for (const lens of ['ALL', 'SUPPLY_CHAIN', 'COOPERATION'] as const)
      q.push(['paths', [from, to, lens], (s) => s.paths(from, to, { lens, maxHops: 4, first: 5 })]);
    q.push(['paths', [from, to, 'ALL', 5, 20], (s) => s.paths(from, to, { maxHops: 5, first: 20 })]);
    q.push(['paths', [from, to, 'ALL', 4, 5, 30], (s) => s.paths(from, to, { maxHops: 4, first: 5, maxDegree: 30 })]);
  }
  q.push(['gaps', [], (s) => s.gaps()]);
  for (const id of w.clusters) q.push(['gaps', [id], (s) => s.gaps({ clusterId: id })]);
  for (const id of zones.slice(0, 20)) q.push(['gaps', ['zone', id], (s) => s.gaps({ zoneId: id })]);
  q.push(['gaps', ['kinds'], (s) => s.gaps({ kinds: ['SINGLE_ZONE', 'FRAGILE_SUPPLIER'] })]);
  q.push(['subgraph', [], (s) => s.subgraph()]);
  q.push(['subgraph', ['CLUSTER,ZONE'], (s) => s.subgraph({ kinds: ['CLUSTER', 'ZONE'] })]);
  q.push([
    'subgraph',
    ['PRODUCT', 'INPUT_TO', 20000],
    (s) => s.subgraph({ kinds: ['PRODUCT'], relTypes: ['INPUT_TO'], limit: 20000 }),
  ]);
  q.push(['dump', [], (s) => s.dump()]);
  // Refusals: the same error class and message from both stores.
  const [product] = w.products;
  const [node] = w.nodes.filter((id) => id !== product);
  q.push(['refusals', ['node:nope'], (s) => s.neighborhood('node:nope')]);
  q.push(['refusals', ['paths', 'node:nope'], (s) => s.paths(node ?? '', 'node:nope')]);
  if (node) q.push(['refusals', ['partners', node], (s) => s.partners(node)]);
  if (node) q.push(['refusals', ['supplyChain', node], (s) => s.supplyChain(node)]);
  q.push(['refusals', ['depth', 9], (s) => s.neighborhood(product ?? '', { depth: 9 })]);
  q.push(['refusals', ['gaps', 'cluster:nope'], (s) => s.gaps({ clusterId: 'cluster:nope' })]);
  return q;
}

/** JSON with every object's keys sorted: answers are compared by content, not by key order. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, sorted(o[k])]),
  );
}

export async function answer(store: GraphStore, ask: Question[2]): Promise<string> {
  try {
    return JSON.stringify(sorted(await ask(store)));
  } catch (e) {
    return `error ${(e as Error).name}: ${(e as Error).message}`;
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string' },
      store: { type: 'string', default: 'memory' },
      out: { type: 'string' },
      // The memory store built while the file is read, rather than from a loaded Dataset.
      stream: { type: 'boolean', default: false },
    },
  });
  if (!values.dataset) throw new Error('--dataset is required');
  const dataset = await loadDatasetFile(values.dataset);
  let store: GraphStore = new MemoryStore();
  if (values.store === 'neo4j') {
    const { createStore } = await import('../server/store');
    store = await createStore(readConfig());
  }
  if (values.stream) store = await MemoryStore.fromFile(values.dataset);
  else await store.load(dataset);
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  for (const [kind, args, ask] of questions(dataset)) {
    const text = await answer(store, ask);
    out.write(`${kind}\t${JSON.stringify(args)}\t${createHash('sha1').update(text).digest('hex')}\n`);
  }
  if (out !== process.stdout) await new Promise((r) => (out as ReturnType<typeof createWriteStream>).end(r));
  await store.close();
}

if (process.argv[1]?.endsWith('answers.ts')) void main();
