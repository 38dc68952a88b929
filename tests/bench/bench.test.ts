/** A smoke run of the bench at size S: the report has its shape. Never asserts on speed. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBench } from '../../bench/run';
import type { BenchReport } from '../../bench/types';

describe('npm run bench (size S, memory store)', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes a report with results, load, graphql and client sections', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-test-'));
    const file = join(dir, 'report.json');
    await runBench(['--size', 'S', '--store', 'memory', '--duration', '1', '--budget', '2', '--json', file]);
    const report = JSON.parse(await readFile(file, 'utf8')) as BenchReport;
    expect(report.size).toBe('S');
    expect(report.machine.cpus).toBeGreaterThan(0);
    expect(report.results.map((r) => r.query).sort()).toEqual([
      'gaps',
      'neighborhood',
      'partners',
      'paths',
      'search',
      'supplyChain',
    ]);
    for (const r of report.results) {
      expect(r.store).toBe('memory');
      expect(r.n).toBeGreaterThan(0);
      expect(r.p99_ms).toBeGreaterThanOrEqual(r.p50_ms);
    }
    expect(report.load).toEqual([
      {
        store: 'memory',
        seconds: expect.any(Number),
        bytes_per_rel: expect.any(Number),
        parse_seconds: expect.any(Number),
        cpu_seconds: expect.any(Number),
        parse_cpu_seconds: expect.any(Number),
        start_seconds: expect.any(Number),
        start_snapshot_seconds: expect.any(Number),
      },
    ]);
    expect(report.graphql.map((g) => g.query)).toEqual(['small', 'medium', 'medium-cached', 'bare-express']);
    for (const g of report.graphql)
      expect(g).toEqual({ query: g.query, rps: expect.any(Number), p99_ms: expect.any(Number), errors: 0 });
    expect(report.client).toEqual([]);
    expect(report.targets.length).toBeGreaterThan(0);
  }, 120_000);
});
