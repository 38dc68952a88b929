/** The GraphQL response cache over real HTTP: what it keeps, what it never keeps, when it forgets. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseCache } from '../../server/http/response-cache';
import type { RunningServer } from '../../server/http/server';
import { MemoryStore } from '../../server/store/memory';
import type { GraphStore } from '../../server/store/types';
import { mini } from '../support/fixtures';
import { codes, gql, testServer } from '../support/http';

const NEIGHBOURS = 'query N($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { id name } total } }';

describe('response cache', () => {
  let server: RunningServer;
  let store: MemoryStore;
  beforeAll(async () => {
    store = new MemoryStore(await mini());
    server = await testServer({ store });
  });
  afterAll(() => server?.close());

  it('answers a repeat from the cache with the same bytes', async () => {
    const first = await gql(server.url, NEIGHBOURS, { id: 'product:b' });
    const again = await gql(server.url, NEIGHBOURS, { id: 'product:b' });
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(again.headers.get('cache-control')).toBe('no-store');
    // Security headers come from the middleware before the cache, so a hit carries them too.
    expect(again.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'));
  });

  it('serves a big hit gzipped to a client that accepts gzip, plain to one that does not', async () => {
    const overview = '{ subgraph { nodes { id name nameEn kind status } edges { id type source target } } }';
    const gzip = { headers: { 'accept-encoding': 'gzip' } };
    const plain = { headers: { 'accept-encoding': 'identity' } };
    const miss = await gql(server.url, overview, undefined, gzip);
    expect(miss.headers.get('x-cache')).toBe('MISS');
    expect(miss.headers.get('content-encoding')).toBe('gzip'); // compression() on the way out
    expect(JSON.stringify(miss.body).length).toBeGreaterThan(1024);
    const zipped = await gql(server.url, overview, undefined, gzip);
    expect(zipped.headers.get('x-cache')).toBe('HIT');
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(zipped.body).toEqual(miss.body); // fetch decodes gzip: the same answer
    const unzipped = await gql(server.url, overview, undefined, plain);
    expect(unzipped.headers.get('x-cache')).toBe('HIT');
    expect(unzipped.headers.get('content-encoding')).toBeNull();
    expect(unzipped.body).toEqual(miss.body);
  });

  it('keys by variables, operation and query text', async () => {
    await gql(server.url, NEIGHBOURS, { id: 'product:c' });
    const other = await gql(server.url, NEIGHBOURS, { id: 'product:d' });
    expect(other.headers.get('x-cache')).toBe('MISS');
    expect(((other.body.data?.neighborhood?.nodes ?? []) as { id: string }[]).map((n) => n.id)).toContain('product:d');
    const spaced = await gql(server.url, `${NEIGHBOURS} `, { id: 'product:c' });
    expect(spaced.headers.get('x-cache')).toBe('MISS');
  });

  it('never keeps an answer with errors', async () => {
    for (let i = 0; i < 2; i++) {
      const missing = await gql(server.url, NEIGHBOURS, { id: 'product:nope' });
      expect(codes(missing)).toEqual(['NOT_FOUND']);
      expect(missing.headers.get('x-cache')).toBe('MISS');
      const tooDeep = await gql(server.url, '{ neighborhood(id: "product:a", depth: 9) { total } }');
      expect(codes(tooDeep)).toEqual(['BAD_USER_INPUT']);
      expect(tooDeep.headers.get('x-cache')).toBe('MISS');
    }
  });

  it('forgets everything when the store loads new data', async () => {
    const before = await gql(server.url, '{ node(id: "product:a") { name } }');
    expect((await gql(server.url, '{ node(id: "product:a") { name } }')).headers.get('x-cache')).toBe('HIT');
    const dataset = await mini();
    await store.load({
      ...dataset,
      nodes: dataset.nodes.map((n) => (n.id === 'product:a' ? { ...n, name: '改名产品' } : n)),
    });
    const after = await gql(server.url, '{ node(id: "product:a") { name } }');
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.body.data).toEqual({ node: { name: '改名产品' } });
    expect(after.body.data).not.toEqual(before.body.data);
  });
});

/** Asks the same query twice: both answered, neither through the cache. Closes the server. */
async function expectNothingCached(server: RunningServer) {
  try {
    for (let i = 0; i < 2; i++) {
      const r = await gql(server.url, NEIGHBOURS, { id: 'product:b' });
      expect(r.body.data?.neighborhood.total).toBeGreaterThan(0);
      expect(r.headers.get('x-cache')).toBeNull();
    }
  } finally {
    await server.close();
  }
}

describe('response cache off', () => {
  it('caches nothing with RESPONSE_CACHE_MB=0', async () => {
    await expectNothingCached(
      await testServer({ store: new MemoryStore(await mini()), config: { responseCacheMb: 0 } }),
    );
  });

  it('caches nothing for a store without a cache token (one another process may write to)', async () => {
    const memory = new MemoryStore(await mini());
    // Every method of the memory store but `cacheToken`, as the Neo4j store is.
    const untokened = Object.fromEntries(
      Object.getOwnPropertyNames(MemoryStore.prototype)
        .filter((name) => name !== 'constructor' && name !== 'cacheToken')
        .map((name) => [name, (memory[name as keyof MemoryStore] as (...a: unknown[]) => unknown).bind(memory)]),
    );
    const store = { ...untokened, kind: 'memory' } as unknown as GraphStore;
    await expectNothingCached(await testServer({ store }));
  });
});

describe('ResponseCache', () => {
  it('stays within its byte budget, least recently used out first', () => {
    const cache = new ResponseCache(8_000);
    const body = 'x'.repeat(300); // ~700 bytes an entry with its key
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) cache.set(key, body, 'application/json');
    expect(cache.size).toBe(10);
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    for (const key of ['k', 'l', 'm']) cache.set(key, body, 'application/json');
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('b')).toBeUndefined();
    expect(cache.size).toBe(12); // 13 set, one evicted: 12 × 666 bytes ≤ 8,000
  });

  it('does not keep one answer larger than an eighth of the budget', () => {
    const cache = new ResponseCache(8_000);
    cache.set('big', 'y'.repeat(600), 'application/json');
    expect(cache.get('big')).toBeUndefined();
  });
});
