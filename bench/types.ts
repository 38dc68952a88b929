/**
 * The shape of a bench run (what `--json` writes) and the plug-in point for the browser bench.
 * Field names are snake_case on purpose: the JSON is read by scripts and spreadsheets.
 */
export type StoreName = 'memory' | 'neo4j';
export type QueryName = 'search' | 'neighborhood' | 'supplyChain' | 'paths' | 'partners' | 'gaps';

export interface QueryResult {
  store: StoreName;
  query: QueryName;
  p50_ms: number;
  p99_ms: number;
  n: number;
}
export interface LoadResult {
  store: StoreName;
  /** Time for `store.load(dataset)` on an already validated dataset. */
  seconds: number;
  /** Retained heap after load (dataset file parsed, validated, loaded, then dropped) per relationship. */
  bytes_per_rel: number | null;
  /** Reading, parsing and validating the JSON file (not part of `seconds`). */
  parse_seconds?: number;
  /** CPU time (user + system) of `seconds` and of `parse_seconds`: what a busy machine's wall clock hides. */
  cpu_seconds?: number;
  parse_cpu_seconds?: number;
  /** `npm start` on the dataset file to `/readyz` answering, from the dataset (no snapshot yet). */
  start_seconds?: number;
  /** The same after `npm run cli -- load` wrote the dataset's snapshot. */
  start_snapshot_seconds?: number;
}
export interface GraphqlResult {
  query: string;
  rps: number;
  p99_ms: number;
  /** Non-2xx responses and socket errors: a run with errors is not a valid figure. */
  errors?: number;
}
export interface ClientMetric {
  metric: string;
  value: number;
  unit: string;
}
export interface TargetCheck {
  target: string;
  value: number | null;
  limit: string;
  ok: boolean | null;
}

export interface BenchReport {
  machine: { cpus: number; cpu_model: string; memory_gb: number; node: string; platform: string; loadavg: number[] };
  size: string;
  seed: number;
  results: QueryResult[];
  load: LoadResult[];
  graphql: GraphqlResult[];
  client: ClientMetric[];
  targets: TargetCheck[];
  notes: string[];
}

/**
 * What `bench/client.ts` (the browser bench) exports for `--client`: given the URL of a server
 * holding the generated dataset, it measures the client and returns its metrics.
 */
export interface ClientBenchModule {
  runClientBench(ctx: {
    url: string;
    size: string;
    duration: number;
    log: (line: string) => void;
  }): Promise<ClientMetric[]>;
}
