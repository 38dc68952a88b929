/** A test server on the Neo4j store (NEO4J_URI) holding a fixture; closing it closes the store. */
import type { Logger } from 'pino';
import type { Config } from '../../server/config';
import type { Dataset } from '../../server/domain/model';
import { Neo4jStore } from '../../server/store/neo4j';
import { testServer } from '../support/http';
import { neo4jConfig } from './connection';

export const NO_RATE_LIMIT = { rateLimit: { windowMs: 60_000, max: 10_000_000 } };

export async function neo4jServer(
  dataset: () => Promise<Dataset>,
  config: Partial<Config> = NO_RATE_LIMIT,
  logger?: Logger,
) {
  if (!neo4jConfig) throw new Error('unreachable: skipped without NEO4J_URI');
  const store = new Neo4jStore(neo4jConfig);
  await store.load(await dataset());
  const server = await testServer({ store, config, ...(logger ? { logger } : {}) });
  const close = server.close;
  return {
    ...server,
    close: async () => {
      await close();
      await store.close();
    },
  };
}
