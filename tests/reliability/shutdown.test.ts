/**
 * SIGTERM during a burst, against the real `npm start` process: in-flight requests complete,
 * new connections are refused, and the process exits 0. Under heavy load, with a drain grace
 * shorter than the work queued, every response the server began is completed and every other
 * connection is closed before its status line: no 200 followed by a truncated body.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Q } from '../../client/src/lib/queries';
import { toJson } from '../../server/dataset';
import { generateDataset } from '../../server/generator';
import { startServerProcess } from '../support/process';
import { gapReports } from '../support/queries';

// Paths of up to 6 hops, 100 at a time, keep the server busy for a while.
const BUSY = JSON.stringify({
  query:
    '{ paths(from: "institution:hit", to: "enterprise:hafei-auto", maxHops: 6, first: 100) { length nodes { id name sources { quote } } } }',
});

/**
 * One request on its own connection (no keep-alive), so each outcome is unambiguous. With
 * `pauseMs` the client reads the status line, then nothing for that long (`onHeaders` is told).
 */
function post(
  url: string,
  body = BUSY,
  slow?: { pauseMs: number; onHeaders: () => void },
): Promise<{ status: number | string; answered: boolean }> {
  return new Promise((resolve) => {
    const req = request(
      `${url}/graphql`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        if (slow) {
          res.pause();
          slow.onHeaders();
          setTimeout(() => res.resume(), slow.pauseMs);
        }
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => {
          let answered = false;
          try {
            const json = JSON.parse(body);
            answered = json.errors === undefined && Object.values(json.data ?? {}).every((v) => v !== null);
          } catch {}
          resolve({ status: res.statusCode ?? 0, answered });
        });
        res.on('error', () => resolve({ status: 'cut', answered: false }));
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ status: `refused:${err.code}`, answered: false }));
    req.end(body);
  });
}

describe('graceful shutdown', () => {
  it('finishes in-flight requests, refuses new ones and exits 0 on SIGTERM', async () => {
    const { child, url, exited } = await startServerProcess();
    let killed = false;
    const burst = Array.from({ length: 60 }, async () => ({ ...(await post(url)), afterKill: killed }));
    // SIGTERM as soon as the first answer is back: the rest are in flight.
    await Promise.race(burst);
    child.kill('SIGTERM');
    killed = true;
    const results = await Promise.all(burst);
    // Requests the server had begun to read are answered in full, including some answered after
    // SIGTERM; connections it had not read from yet are refused (reset) with no partial answer,
    // safe to retry. Nothing is cut off and nothing fails with a 5xx.
    const answered = results.filter((r) => r.status === 200);
    for (const r of answered) expect(r.answered).toBe(true);
    for (const r of results.filter((x) => x.status !== 200))
      expect(r.status).toMatch(/^refused:(ECONNRESET|ECONNREFUSED)$/);
    expect(answered.filter((r) => r.afterKill).length).toBeGreaterThan(0);
    expect(await exited).toBe(0);
    expect((await post(url)).status).toBe('refused:ECONNREFUSED');
  });

  it('under heavy load, with a short grace, completes what it began and closes the rest before a status line', async () => {
    // 40 gap reports of ~2 MB at once, all admitted (caps raised), a 1 s grace: more work than
    // the grace allows, so the server must choose, per request, to finish it or never start it.
    const { child, url, exited } = await startServerProcess({
      DRAIN_GRACE_MS: '1000',
      EXPENSIVE_PER_CLIENT: '100',
      EXPENSIVE_TOTAL: '100',
      RATE_LIMIT_MAX: '100000',
    });
    const burst = Array.from({ length: 40 }, (_, i) => post(url, JSON.stringify({ query: gapReports(1, `s${i}`) })));
    await Promise.race(burst);
    child.kill('SIGTERM');
    const results = await Promise.all(burst);
    const answered = results.filter((r) => r.status === 200);
    console.log(
      `[shutdown] 40 heavy requests, SIGTERM after the first answer, 1 s grace: ${answered.length} answered in full, ` +
        `${results.length - answered.length} closed before a status line`,
    );
    for (const r of answered) expect(r.answered).toBe(true);
    for (const r of results.filter((x) => x.status !== 200))
      expect(r.status).toMatch(/^refused:(ECONNRESET|ECONNREFUSED|EPIPE)$/);
    expect(await exited).toBe(0);
  });

  it('lets answers already begun finish for clients that read slowly, past the drain grace', async () => {
    // Answers of ~30 MB (a generated graph's whole subgraph) outgrow the sockets' buffers, and
    // the clients stop reading after the status line for longer than any grace: before, the
    // drain cut them after 10 s, leaving a 200 and a truncated body.
    const dir = mkdtempSync(join(tmpdir(), 'cluster-graph-drain-'));
    writeFileSync(join(dir, 'm.json'), toJson(generateDataset('M', 1)));
    const { child, url, exited } = await startServerProcess({
      DATASET: join(dir, 'm.json'),
      DRAIN_GRACE_MS: '1000',
      MAX_RESPONSE_MB: '200',
      EXPENSIVE_PER_CLIENT: '100',
      EXPENSIVE_TOTAL: '100',
    });
    const clients = 3;
    let begun = 0;
    let allBegun: () => void = () => undefined;
    const headersIn = new Promise<void>((resolve) => {
      allBegun = resolve;
    });
    const query = JSON.stringify({ query: Q.subgraph, variables: { limit: 20_000 } });
    const slow = {
      pauseMs: 12_000,
      onHeaders: () => {
        if (++begun === clients) allBegun();
      },
    };
    const answers = Array.from({ length: clients }, () => post(url, query, slow));
    await headersIn;
    child.kill('SIGTERM');
    const results = await Promise.all(answers);
    console.log(
      `[shutdown] ${clients} answers of ~30 MB to clients pausing 12 s after the status line: ${JSON.stringify(results)}`,
    );
    expect(results).toEqual(Array.from({ length: clients }, () => ({ status: 200, answered: true })));
    expect(await exited).toBe(0);
  }, 120_000);
});
