/** p50/p99 of the GraphStore queries the explorer leans on, with the same arguments for every store. */
import type { GraphStore } from '../server/store/types';
import { percentile, round, timeEach } from './stats';
import type { QueryName, QueryResult } from './types';
import type { Workload } from './workload';

type Runner = { query: QueryName; args: readonly unknown[]; run: (a: never) => Promise<unknown> };

export function runners(store: GraphStore, w: Workload): Runner[] {
  return [
    { query: 'search', args: w.searches, run: (t: string) => store.search(t, { first: 20 }) },
    { query: 'neighborhood', args: w.nodes, run: (id: string) => store.neighborhood(id, { depth: 2 }) },
    { query: 'supplyChain', args: w.products, run: (id: string) => store.supplyChain(id) },
    { query: 'paths', args: w.pairs, run: ([a, b]: [string, string]) => store.paths(a, b, { maxHops: 4, first: 5 }) },
    { query: 'partners', args: w.products, run: (id: string) => store.partners(id) },
    { query: 'gaps', args: w.clusters, run: (id: string) => store.gaps({ clusterId: id }) },
  ];
}

export async function benchQueries(
  store: GraphStore,
  w: Workload,
  opts: { budgetMs: number; log: (line: string) => void },
): Promise<QueryResult[]> {
  const results: QueryResult[] = [];
  for (const r of runners(store, w)) {
    const times = await timeEach(r.args, r.run as (a: unknown) => Promise<unknown>, opts.budgetMs);
    const result = {
      store: store.kind,
      query: r.query,
      p50_ms: round(percentile(times, 50)),
      p99_ms: round(percentile(times, 99)),
      n: times.length,
    };
    opts.log(`  ${store.kind} ${r.query}: p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms (n=${result.n})`);
    results.push(result);
  }
  return results;
}
