/**
 * Load over real HTTP: 1,000 concurrent partner queries with zero errors (latency printed, never
 * asserted), and a bounded soak of mixed queries whose heap stays flat.
 */
import { Agent } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/http/server';
import { timedRequest } from '../support/http';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const MIXED = [
  '{ partners(productId: "product:minicar") { role score node { id } path { length } } }',
  '{ paths(from: "institution:hit", to: "enterprise:hafei-auto", maxHops: 4) { length nodes { id } } }',
  '{ neighborhood(id: "cluster:auto", depth: 2) { total nodes { id name } edges { id } } }',
  '{ search(text: "hafei") { id name } }',
  '{ supplyChain(productId: "product:minicar") { nodes { id } edges { id } } }',
  '{ gaps(clusterId: "cluster:auto") { id severity explanation } }',
];

/** A POST whose answer is `ok` when it has data and no errors. */
async function post(url: string, agent: Agent, query: string): Promise<{ status: number; ms: number; ok: boolean }> {
  const r = await timedRequest(url, agent, { query });
  let ok = false;
  try {
    const json = JSON.parse(r.text);
    ok = json.errors === undefined && json.data != null;
  } catch {}
  return { status: r.status, ms: r.ms, ok };
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

export function defineLoadSuite(name: string, start: () => Promise<RunningServer>, soakSeconds: number): void {
  describe(`load: ${name}`, () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await start();
    });
    afterAll(() => server?.close());

    it('holds 1,000 concurrent partner queries with zero errors', async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1000 });
      const started = performance.now();
      const results = await Promise.all(
        Array.from({ length: 1000 }, () => post(server.url, agent, MIXED[0] as string)),
      );
      const wall = performance.now() - started;
      agent.destroy();
      const ms = results.map((r) => r.ms);
      console.log(
        `[load ${name}] 1000 concurrent partners: ${results.filter((r) => r.ok).length} ok in ${wall.toFixed(0)} ms; ` +
          `latency p50 ${pct(ms, 50).toFixed(1)} ms, p99 ${pct(ms, 99).toFixed(1)} ms`,
      );
      expect(results.filter((r) => r.status !== 200 || !r.ok)).toEqual([]);
    });

    it(`soaks ${soakSeconds} s of mixed queries with flat memory`, async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 16 });
      const until = Date.now() + soakSeconds * 1000;
      const heap: number[] = [];
      let count = 0;
      let failures = 0;
      const worker = async () => {
        while (Date.now() < until) {
          const r = await post(server.url, agent, MIXED[count++ % MIXED.length] as string);
          if (!r.ok) failures++;
        }
      };
      const sampler = setInterval(() => {
        gc();
        heap.push(process.memoryUsage().heapUsed);
      }, 1000);
      await Promise.all(Array.from({ length: 16 }, worker));
      clearInterval(sampler);
      agent.destroy();
      gc();
      heap.push(process.memoryUsage().heapUsed);
      const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
      const warm = heap[Math.min(2, heap.length - 1)] ?? 0;
      const last = heap.at(-1) ?? 0;
      console.log(
        `[soak ${name}] ${count} requests in ${soakSeconds} s, ${failures} failed; heap after GC ${mb(warm)} MB → ${mb(last)} MB`,
      );
      expect(failures).toBe(0);
      // Flat: no more than 32 MB of growth after warm-up over the whole soak.
      expect(last - warm).toBeLessThan(32 * 1024 * 1024);
    });
  });
}
