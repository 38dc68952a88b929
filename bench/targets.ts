/**
 * The performance targets (set for size L) and the check of a report against them. At other
 * sizes the same limits are shown for orientation; a missing figure (no Neo4j) is unchecked.
 */
import type { BenchReport, QueryName, TargetCheck } from './types';

type Pick = (r: Omit<BenchReport, 'targets'>) => number | undefined;

const query =
  (store: 'memory' | 'neo4j', name: QueryName): Pick =>
  (r) =>
    r.results.find((x) => x.store === store && x.query === name)?.p50_ms;
const gql =
  (name: string, field: 'rps' | 'p99_ms'): Pick =>
  (r) => {
    const g = r.graphql.find((x) => x.query === name);
    return g && !g.errors ? g[field] : undefined;
  };

/** One GraphQL figure over another of the same run (the bare Express handler: this machine's ceiling). */
const ratio =
  (name: string, over: string, field: 'rps' | 'p99_ms', scale: number): Pick =>
  (r) => {
    const a = gql(name, field)(r);
    const b = gql(over, field)(r);
    return a !== undefined && b ? Math.round((scale * a * 100) / b) / 100 : undefined;
  };

const TARGETS: { target: string; pick: Pick; max?: number; min?: number; unit: string }[] = [
  { target: 'memory neighborhood (depth 2) p50', pick: query('memory', 'neighborhood'), max: 1, unit: 'ms' },
  { target: 'memory paths p50', pick: query('memory', 'paths'), max: 5, unit: 'ms' },
  { target: 'memory partners p50', pick: query('memory', 'partners'), max: 5, unit: 'ms' },
  { target: 'memory search p50', pick: query('memory', 'search'), max: 2, unit: 'ms' },
  { target: 'memory load', pick: (r) => r.load.find((l) => l.store === 'memory')?.seconds, max: 3, unit: 's' },
  {
    target: 'read + parse + validate the dataset file',
    pick: (r) => r.load.find((l) => l.store === 'memory')?.parse_seconds,
    max: 5,
    unit: 's',
  },
  {
    target: 'memory bytes per relationship',
    pick: (r) => r.load.find((l) => l.store === 'memory')?.bytes_per_rel ?? undefined,
    max: 200,
    unit: 'B',
  },
  {
    target: '`npm start` to ready (memory, from the dataset)',
    pick: (r) => r.load.find((l) => l.store === 'memory')?.start_seconds,
    max: 10,
    unit: 's',
  },
  ...(['search', 'neighborhood', 'supplyChain', 'paths', 'partners'] as const).map((q) => ({
    target: `neo4j ${q} p50`,
    pick: query('neo4j', q),
    max: 20,
    unit: 'ms',
  })),
  {
    target: 'graphql medium executed, share of the bare Express rate',
    pick: ratio('medium', 'bare-express', 'rps', 100),
    min: 40,
    unit: '%',
  },
  {
    target: 'graphql medium executed, p99 over the bare Express p99',
    pick: ratio('medium', 'bare-express', 'p99_ms', 1),
    max: 3,
    unit: '×',
  },
  {
    target: 'graphql medium, repeat from the response cache, req/s',
    pick: gql('medium-cached', 'rps'),
    min: 2000,
    unit: 'req/s',
  },
  {
    target: 'graphql medium, repeat from the response cache, p99',
    pick: gql('medium-cached', 'p99_ms'),
    max: 25,
    unit: 'ms',
  },
  ...(
    [
      ['explorer expand click-to-drawn p50', 'expand_ms', 200],
      ['explorer undo p50', 'undo_ms', 100],
      ['explorer restore of a 200-node saved view', 'restore_view_ms', 1000],
      ['explorer longest main-thread task during the flows', 'longest_task_flows_ms', 200],
    ] as const
  ).map(([target, metric, max]) => ({
    target,
    pick: ((r) => r.client.find((m) => m.metric === metric)?.value) as Pick,
    max,
    unit: 'ms',
  })),
];

export function checkTargets(r: Omit<BenchReport, 'targets'>): TargetCheck[] {
  return TARGETS.map((t) => {
    const value = t.pick(r);
    const limit = t.max !== undefined ? `≤ ${t.max} ${t.unit}` : `≥ ${t.min} ${t.unit}`;
    if (value === undefined || Number.isNaN(value)) return { target: t.target, value: null, limit, ok: null };
    return { target: t.target, value, limit, ok: t.max !== undefined ? value <= t.max : value >= (t.min ?? 0) };
  });
}
