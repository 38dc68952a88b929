/**
 * One client trying to stall the real `npm start` process for everyone (issue 12's figures):
 *
 * - 50 connections from one address send the most expensive query the budget allows, each
 *   request a different text (so the response cache cannot help), for several seconds: as soon
 *   as an answer is back, or after the Retry-After of a 503 SERVER_BUSY. A probe from another
 *   address asks /healthz and a cheap query meanwhile: every probe is answered, and its latency
 *   stays far from the stall of before (p50 23.6 s); the server's memory stays far from the
 *   1.16 GB of before. No request gets a 500. (A client that ignores Retry-After and floods is
 *   the rate limit's.)
 * - 60 connections that send an expensive query and never read the answer add under 100 MB,
 *   and the idle timeout frees their slots.
 *
 * Latencies and memory are printed (README "What has been proved"); the assertions are bounds
 * with wide margins, since this machine's two cores are shared.
 */
import { Agent } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TimedAnswer, timedRequest } from '../support/http';
import { type ServerProcess, startServerProcess } from '../support/process';
import { gapReports } from '../support/queries';

const MB = 1024 * 1024;
const ATTACK_SECONDS = 8;

/** The explorer's own gap report twice over: just under the 8 MB budget on the Harbin data. */
const expensive = (tag: string, copies = 2) => gapReports(copies, tag);

interface Answer extends TimedAnswer {
  code?: string;
  retryAfter?: string;
}

/** A POST on `agent`, with the error code and Retry-After of a refusal (an answer's body is only counted). */
async function post(url: string, agent: Agent, query: string): Promise<Answer> {
  const r = await timedRequest(url, agent, { query, count: true });
  let code: string | undefined;
  try {
    code = r.text ? JSON.parse(r.text).errors?.[0]?.extensions?.code : undefined;
  } catch {}
  return { ...r, code, retryAfter: r.headers['retry-after'] as string | undefined };
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

describe('hostile load against npm start', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ SOCKET_IDLE_MS: '4000' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('takes the most expensive allowed query, refuses one alias more by the budget', async () => {
    const agent = new Agent({ localAddress: '127.0.0.1' });
    const allowed = await post(server.url, agent, expensive('edge'));
    const over = await post(server.url, agent, expensive('over', 3));
    agent.destroy();
    expect(allowed.status).toBe(200);
    expect(allowed.bytes).toBeGreaterThan(2 * MB);
    expect(over.status).toBe(400);
    expect(over.code).toBe('BAD_USER_INPUT');
  });

  it('50 expensive queries at once from one client: health and cheap queries from another keep answering', async () => {
    // A new connection per request: no keep-alive race with the idle timeout on the attacker's side.
    const attacker = new Agent({ localAddress: '127.0.0.1', keepAlive: false, maxSockets: 50 });
    const prober = new Agent({ localAddress: '127.0.0.2', keepAlive: true, maxSockets: 2 });
    const baseline = server.rss();
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, server.rss());
    }, 100);
    const until = Date.now() + ATTACK_SECONDS * 1000;
    const attacks: Answer[] = [];
    let n = 0;
    const attack = async () => {
      while (Date.now() < until) {
        const answer = await post(server.url, attacker, expensive(`a${n++}`));
        attacks.push(answer);
        if (answer.status === 503) await new Promise((r) => setTimeout(r, Number(answer.retryAfter) * 1000));
      }
    };
    const health: Answer[] = [];
    const cheap: Answer[] = [];
    const probe = async () => {
      await new Promise((r) => setTimeout(r, 500)); // the attack is under way
      while (Date.now() < until) {
        health.push(await timedRequest(server.url, prober, { get: '/healthz' }));
        cheap.push(await post(server.url, prober, '{ node(id: "product:minicar") { id name } }'));
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await Promise.all([...Array.from({ length: 50 }, attack), probe()]);
    clearInterval(sampler);
    attacker.destroy();
    prober.destroy();

    const served = attacks.filter((a) => a.status === 200);
    const busy = attacks.filter((a) => a.status === 503);
    const limited = attacks.filter((a) => a.status === 429);
    console.log(
      `[hostile] ${attacks.length} expensive requests in ${ATTACK_SECONDS} s: ${served.length} answered ` +
        `(${(served.reduce((s, a) => s + a.bytes, 0) / MB).toFixed(0)} MB), ${busy.length} × 503 SERVER_BUSY, ` +
        `${limited.length} × 429; ` +
        `probe /healthz p50 ${pct(
          health.map((h) => h.ms),
          50,
        ).toFixed(0)} ms p99 ${pct(
          health.map((h) => h.ms),
          99,
        ).toFixed(0)} ms, ` +
        `cheap query p50 ${pct(
          cheap.map((h) => h.ms),
          50,
        ).toFixed(0)} ms p99 ${pct(
          cheap.map((h) => h.ms),
          99,
        ).toFixed(0)} ms ` +
        `(${health.length} + ${cheap.length} probes); server RSS ${(baseline / MB).toFixed(0)} → peak ${(peak / MB).toFixed(0)} MB`,
    );
    expect(attacks.filter((a) => a.status !== 200 && a.status !== 503 && a.status !== 429)).toEqual([]);
    for (const b of busy) {
      expect(b.code).toBe('SERVER_BUSY');
      expect(b.retryAfter).toBeDefined();
    }
    expect(served.length).toBeGreaterThan(0);
    expect(health.length).toBeGreaterThan(10);
    expect(health.every((h) => h.status === 200) && cheap.every((c) => c.status === 200)).toBe(true);
    // The stall this guards against was p50 23.6 s, worst 44 s. The goal is p99 ≤ 200 ms (see the
    // printed figures); the bounds leave room for a shared two-core machine under other load.
    for (const probes of [health, cheap]) {
      const ms = probes.map((h) => h.ms);
      expect(pct(ms, 50)).toBeLessThan(1000);
      expect(Math.max(...ms)).toBeLessThan(5000);
    }
    // Live memory is bounded by the caps (two answers in flight for this client); the peak is
    // mostly garbage V8 has not collected yet, and grows with how many answers went out (the
    // printed figure; the goal is 600 MB): 590 to 802 MB for 30 to 36 answers on clean-clone CI
    // runs of this code. The bound catches a return of the 1.16 GB of before.
    expect(peak).toBeLessThan(900 * MB);
  });

  it('60 clients that never read their answers add under 100 MB, and lose their slots at the idle timeout', async () => {
    const before = server.rss();
    const sockets = Array.from({ length: 60 }, (_, i) => {
      const socket = connect({ host: new URL(server.url).hostname, port: Number(new URL(server.url).port) });
      const body = JSON.stringify({ query: expensive(`slow${i}`) });
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      socket.pause(); // never reads: the answer piles up on the server's side, or would
      socket.on('error', () => undefined);
      return socket;
    });
    let peak = before;
    for (let i = 0; i < 25; i++) {
      await new Promise((r) => setTimeout(r, 100));
      peak = Math.max(peak, server.rss());
    }
    console.log(
      `[non-reading] 60 stalled clients: server RSS ${(before / MB).toFixed(0)} → ${(peak / MB).toFixed(0)} MB`,
    );
    expect(peak - before).toBeLessThan(100 * MB);
    // Their slots are held while they stall; past the idle timeout (4 s of no progress here)
    // their sockets are closed, the slots come back, and the same client is served again.
    const agent = new Agent({ localAddress: '127.0.0.1' });
    const stalled = Date.now();
    let after = await post(server.url, agent, expensive('after'));
    for (let i = 0; after.status === 503 && i < 60; i++) {
      await new Promise((r) => setTimeout(r, 500));
      after = await post(server.url, agent, expensive(`after${i}`));
    }
    agent.destroy();
    for (const s of sockets) s.destroy();
    console.log(`[non-reading] slots back after ${((Date.now() - stalled) / 1000).toFixed(1)} s`);
    expect(after.status).toBe(200);
  });
});
