/**
 * The response cache on Neo4j: keyed by the graph's version stamp, so a load by another
 * process (here another store with its own driver) is seen by the next request; and a graph
 * written by an earlier version of the adapter (search keys as a list, no stamp, no generations) is upgraded
 * when the schema is applied, so search and the caches work on it without a reload.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/http/server';
import { Neo4jStore } from '../../server/store/neo4j';
import { neo4jConfig, requireNeo4jInCi } from '../neo4j/connection';
import { mini } from '../support/fixtures';
import { gql, testServer } from '../support/http';

requireNeo4jInCi();

const NAME = '{ node(id: "product:a") { name } }';

describe.skipIf(!neo4jConfig)('response cache on Neo4j', () => {
  const config = neo4jConfig!;
  let store: Neo4jStore;
  let other: Neo4jStore;
  let server: RunningServer;
  beforeAll(async () => {
    store = new Neo4jStore(config);
    other = new Neo4jStore(config);
    await store.load(await mini());
    server = await testServer({ store });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await other?.close();
  });

  it('answers a repeat from the cache until another process loads the graph', async () => {
    const first = await gql(server.url, NAME);
    const again = await gql(server.url, NAME);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(again.body).toEqual(first.body);

    const dataset = await mini();
    await other.load({
      ...dataset,
      nodes: dataset.nodes.map((n) => (n.id === 'product:a' ? { ...n, name: '另一进程改名' } : n)),
    });
    const after = await gql(server.url, NAME);
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.body.data).toEqual({ node: { name: '另一进程改名' } });
  });

  it('upgrades a graph written by an earlier adapter: search keys as a list, no stamp, no generations', async () => {
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
    try {
      // The earlier adapter kept one graph, without generations: only the current generation is
      // kept, and it loses its `gen` and `nameLength` as well as the version node.
      await driver.executeQuery(
        `MATCH (v:GraphVersion {key: 'graph'}) MATCH (n:Entity) WHERE n.gen <> v.gen DETACH DELETE n`,
        {},
        { database: config.database },
      );
      await driver.executeQuery(
        `MATCH (n:Entity) SET n.searchKeys = split(n.searchText, '\n') REMOVE n.searchText, n.gen, n.nameLength
         WITH count(*) AS rewritten MATCH (v:GraphVersion) DETACH DELETE v`,
        {},
        { database: config.database },
      );
      const upgraded = new Neo4jStore(config);
      try {
        // The schema files run on the store's first request and bring the graph up to date.
        expect(await upgraded.cacheToken()).toMatch(/^neo4j:/);
        const { records } = await driver.executeQuery(
          `MATCH (n:Entity)
           WHERE n.searchText IS NULL OR n.searchKeys IS NOT NULL OR n.gen IS NULL OR n.nameLength IS NULL
           RETURN count(n) AS left`,
          {},
          { database: config.database },
        );
        expect(records[0]?.get('left').toNumber()).toBe(0);
        const stored = await upgraded.node('product:a');
        expect(stored?.name).toBe('另一进程改名'); // as the test before left it
        const hits = await upgraded.search('另一进程');
        expect(hits.map((n) => n.id)).toContain('product:a');
      } finally {
        await upgraded.close();
      }
    } finally {
      await driver.close();
    }
  });
});
