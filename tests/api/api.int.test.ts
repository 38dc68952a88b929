/** The API suites over real HTTP with the Neo4j store (NEO4J_URI): same answers as on memory. */
import { describe } from 'vitest';
import { Neo4jStore } from '../../server/store/neo4j';
import { neo4jConfig, requireNeo4jInCi } from '../neo4j/connection';
import { defineFuzzSuite } from '../reliability/fuzz.suite';
import { defineLoadSuite } from '../reliability/load.suite';
import { harbin, mini } from '../support/fixtures';
import { testServer } from '../support/http';
import { defineApiSuite } from './api.suite';

requireNeo4jInCi();

const NO_RATE_LIMIT = { rateLimit: { windowMs: 60_000, max: 10_000_000 } };

async function neo4jServer(dataset: typeof mini) {
  if (!neo4jConfig) throw new Error('unreachable: skipped without NEO4J_URI');
  const store = new Neo4jStore(neo4jConfig);
  await store.load(await dataset());
  const server = await testServer({ store, config: NO_RATE_LIMIT });
  const close = server.close;
  return {
    ...server,
    close: async () => {
      await close();
      await store.close();
    },
  };
}

describe.skipIf(!neo4jConfig)('API on Neo4j', () => {
  defineApiSuite('neo4j store', () => neo4jServer(mini));
  defineFuzzSuite('neo4j store', () => neo4jServer(mini), 60);
  defineLoadSuite('neo4j store', () => neo4jServer(harbin), Number(process.env.SOAK_SECONDS ?? 15));
});
