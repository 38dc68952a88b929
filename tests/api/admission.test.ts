/**
 * The caps on expensive operations running at once, over real HTTP: past a client's cap it gets
 * 503 SERVER_BUSY with Retry-After, another client is still served, and the slot comes back when
 * the answer is sent. The store holds its `partners` answers until the test releases them, so
 * "at once" is certain rather than a race.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Q } from '../../client/src/lib/queries';
import type { RunningServer } from '../../server/http/server';
import { MemoryStore } from '../../server/store/memory';
import { mini } from '../support/fixtures';
import { codes, gql, gqlGet, testServer } from '../support/http';

/** The memory store, with partner answers held back until `release()`. */
class HeldStore extends MemoryStore {
  private held: Promise<void> = Promise.resolve();
  private releaseHeld: () => void = () => undefined;

  hold(): void {
    this.held = new Promise((resolve) => {
      this.releaseHeld = resolve;
    });
  }

  release(): void {
    this.releaseHeld();
  }

  override async partners(...args: Parameters<MemoryStore['partners']>) {
    await this.held;
    return super.partners(...args);
  }
}

// partners(first: 100) with whole matches is estimated ~0.1 MB: over 1/16 of 0.4 MB, expensive.
const EXPENSIVE = { productId: 'product:d', first: 100 };

describe('caps on expensive operations at once', () => {
  let server: RunningServer;
  let store: HeldStore;
  beforeAll(async () => {
    store = new HeldStore(await mini());
    server = await testServer({
      store,
      config: { maxResponseMb: 0.4, responseCacheMb: 0, expensive: { perClient: 1, total: 2 } },
    });
  });
  afterAll(() => server?.close());

  it('answers 503 with Retry-After past the cap, serves cheap queries meanwhile, frees the slot when done', async () => {
    store.hold();
    const first = gql(server.url, Q.partners, EXPENSIVE);
    await new Promise((r) => setTimeout(r, 100)); // the first has taken its slot and waits on the store
    const second = await gql(server.url, Q.partners, EXPENSIVE);
    expect(second.status).toBe(503);
    expect(codes(second)).toEqual(['SERVER_BUSY']);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    // Apollo's path (GET) counts against the same caps.
    const viaApollo = await gqlGet(server.url, Q.partners, EXPENSIVE);
    expect(viaApollo.status).toBe(503);
    expect(codes(viaApollo)).toEqual(['SERVER_BUSY']);
    expect(Number(viaApollo.headers.get('retry-after'))).toBeGreaterThan(0);
    // Cheap queries are not capped.
    expect((await gql(server.url, '{ node(id: "product:a") { id } }')).body.data).toEqual({
      node: { id: 'product:a' },
    });
    store.release();
    const answered = await first;
    expect(answered.status).toBe(200);
    expect(answered.body.data?.partners.length).toBeGreaterThan(0);
    const again = await gql(server.url, Q.partners, EXPENSIVE);
    expect(again.status).toBe(200);
  });
});
