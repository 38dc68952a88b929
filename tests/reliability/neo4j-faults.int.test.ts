/**
 * Neo4j faults against the real server that `.ci/run` starts, seen through a TCP proxy the test
 * controls: cutting the proxy is Neo4j going away (connections refused, open ones reset),
 * reopening it is Neo4j coming back. The API must answer 503 quickly, fail /readyz, and recover
 * by itself; a server started while Neo4j is unreachable must say so, retry and become ready.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/http/server';
import { Neo4jStore } from '../../server/store/neo4j';
import { neo4jConfig, requireNeo4jInCi } from '../neo4j/connection';
import { MINI_FIXTURE, mini } from '../support/fixtures';
import { codes, gql, testServer } from '../support/http';

requireNeo4jInCi();

/** A TCP proxy to Neo4j's Bolt port that can be cut and restored on the same port. */
class BoltProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  constructor(
    private readonly target: { host: string; port: number },
    public port = 0,
  ) {}

  async up(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((r) => server.listen(this.port, '127.0.0.1', () => r()));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((r) => server.close(() => r()));
  }
}

const target = () => {
  const url = new URL((neo4jConfig?.uri ?? 'bolt://127.0.0.1:7687').replace(/^[a-z+]+:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 7687) };
};

async function until<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(!neo4jConfig)('Neo4j faults', () => {
  const proxy = new BoltProxy(target());
  let server: RunningServer;
  let store: Neo4jStore;
  const QUERY = '{ node(id: "product:a") { id } }';

  beforeAll(async () => {
    await proxy.up();
    if (!neo4jConfig) return;
    store = new Neo4jStore({ ...neo4jConfig, uri: `bolt://127.0.0.1:${proxy.port}` });
    await store.load(await mini());
    server = await testServer({ store });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await proxy.down();
  });

  it('answers while Neo4j is up', async () => {
    expect((await gql(server.url, QUERY)).body.data).toEqual({ node: { id: 'product:a' } });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('answers 503 STORE_UNAVAILABLE quickly and fails /readyz when Neo4j goes away', async () => {
    await proxy.down();
    const started = performance.now();
    const r = await gql(server.url, QUERY);
    const elapsed = performance.now() - started;
    console.log(`[faults] 503 after Neo4j went away: ${elapsed.toFixed(0)} ms`);
    expect(r.status).toBe(503);
    expect(codes(r)).toEqual(['STORE_UNAVAILABLE']);
    expect(r.body.errors?.[0]?.message).toMatch(/Neo4j/);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ok: false, store: 'neo4j' });
    // The process keeps serving what does not need the store.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('recovers by itself when Neo4j comes back, with no restart', async () => {
    await proxy.up();
    const r = await until(
      'a successful query',
      () => gql(server.url, QUERY),
      (x) => x.status === 200 && !x.body.errors,
    );
    expect(r.body.data).toEqual({ node: { id: 'product:a' } });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('starts with Neo4j unreachable: says so, retries, and becomes ready when it appears', async () => {
    const late = new BoltProxy(target());
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
    late.port = (probe.address() as { port: number }).port;
    await new Promise<void>((r) => probe.close(() => r()));

    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    if (!neo4jConfig) return;
    const booted = await testServer({
      logger,
      config: { dataset: MINI_FIXTURE, neo4j: { ...neo4jConfig, uri: `bolt://127.0.0.1:${late.port}` } },
    });
    try {
      expect((await fetch(`${booted.url}/readyz`)).status).toBe(503);
      expect((await gql(booted.url, QUERY)).status).toBe(503);
      await until(
        'a log line about the retry',
        async () => lines.join(''),
        (t) => /not reachable yet; retrying/.test(t),
        10_000,
      );
      expect(lines.join('')).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // a message, not a stack trace
      await late.up();
      await until(
        'readiness',
        () => fetch(`${booted.url}/readyz`).then((r) => r.status),
        (s) => s === 200,
        40_000,
      );
      const r = await until(
        'an answer',
        () => gql(booted.url, QUERY),
        (x) => x.status === 200,
        40_000,
      );
      expect(r.body.data).toEqual({ node: { id: 'product:a' } });
    } finally {
      await booted.close();
      await late.down();
    }
  });
});
