/**
 * A Neo4j store whose server is not there (nothing listens on the port): health reports it,
 * queries fail fast with StoreUnavailableError, and argument errors still come first.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidInputError, StoreUnavailableError } from '../../server/domain/errors';
import { Neo4jStore } from '../../server/store/neo4j';

describe('Neo4j store without a server', () => {
  // Port 9 (discard) is closed on any test machine: connections are refused at once.
  const store = new Neo4jStore({
    uri: 'bolt://127.0.0.1:9',
    user: 'neo4j',
    password: 'nope',
    database: 'neo4j',
    queryTimeoutMs: 1_000,
  });
  afterAll(() => store.close());

  it('reports health as not ok instead of throwing', async () => {
    const health = await store.health();
    expect(health).toMatchObject({ ok: false, store: 'neo4j' });
    expect(health.message).toContain('bolt://127.0.0.1:9');
  });

  it('fails reads and loads with StoreUnavailableError within a few seconds', async () => {
    const started = Date.now();
    await expect(store.node('product:a')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.load({ nodes: [], edges: [] })).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(8_000);
  });

  it('still refuses bad arguments before touching the database', async () => {
    await expect(store.search('x', { first: 51 })).rejects.toBeInstanceOf(InvalidInputError);
  });
});
