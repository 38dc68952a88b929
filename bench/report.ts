/** Plain-text tables for the terminal: query latencies (with the Neo4j/memory ratio), load, HTTP, targets. */
import type { BenchReport } from './types';

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => line(r.map(String)))].join('\n');
}

export function formatReport(r: BenchReport): string {
  const m = r.machine;
  const out = [
    `size ${r.size}, seed ${r.seed} — ${m.cpus} × ${m.cpu_model}, ${m.memory_gb} GB, Node ${m.node}, load average ${m.loadavg.join(' ')}`,
    '',
  ];
  const memory = new Map(r.results.filter((x) => x.store === 'memory').map((x) => [x.query, x]));
  out.push(
    table(
      ['store', 'query', 'p50 ms', 'p99 ms', 'n', 'vs memory (p50)'],
      r.results.map((x) => {
        const base = memory.get(x.query);
        const ratio = x.store !== 'memory' && base && base.p50_ms > 0 ? `${(x.p50_ms / base.p50_ms).toFixed(1)}×` : '';
        return [x.store, x.query, x.p50_ms, x.p99_ms, x.n, ratio];
      }),
    ),
    '',
    table(
      ['store', 'load s (cpu)', 'read+parse+validate s (cpu)', 'bytes/rel', 'npm start s', 'from snapshot s'],
      r.load.map((l) => [
        l.store,
        l.cpu_seconds === undefined ? l.seconds : `${l.seconds} (${l.cpu_seconds})`,
        l.parse_cpu_seconds === undefined ? (l.parse_seconds ?? '') : `${l.parse_seconds} (${l.parse_cpu_seconds})`,
        l.bytes_per_rel ?? '',
        l.start_seconds ?? '',
        l.start_snapshot_seconds ?? '',
      ]),
    ),
    '',
    table(
      ['http', 'req/s', 'p99 ms', 'errors'],
      r.graphql.map((g) => [g.query, g.rps, g.p99_ms, g.errors ?? 0]),
    ),
    '',
  );
  if (r.client.length > 0)
    out.push(
      table(
        ['client metric', 'value', 'unit'],
        r.client.map((c) => [c.metric, c.value, c.unit]),
      ),
      '',
    );
  out.push(
    table(
      [`target${r.size === 'L' ? '' : ' (set for size L)'}`, 'value', 'limit', ''],
      r.targets.map((t) => [t.target, t.value ?? '—', t.limit, t.ok === null ? '·' : t.ok ? '✓' : '✗']),
    ),
  );
  for (const note of r.notes) out.push(`note: ${note}`);
  return `${out.join('\n')}\n`;
}
