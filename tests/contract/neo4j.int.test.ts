/** The shared GraphStore contract, run against a real Neo4j (see tests/neo4j/connection.ts). */
import { afterAll, describe } from 'vitest';
import { Neo4jStore } from '../../server/store/neo4j';
import { neo4jConfig, requireNeo4jInCi } from '../neo4j/connection';
import { defineEditingContract } from './editing.contract';
import { defineGraphStoreContract } from './graph-store.contract';

requireNeo4jInCi();

describe.skipIf(!neo4jConfig)('Neo4j adapter', () => {
  const store = neo4jConfig ? new Neo4jStore(neo4jConfig) : null;
  afterAll(async () => {
    await store?.close();
  });
  defineGraphStoreContract('neo4j', async () => {
    if (!store) throw new Error('unreachable: skipped without NEO4J_URI');
    return store;
  });
  defineEditingContract('neo4j', async () => {
    if (!store) throw new Error('unreachable: skipped without NEO4J_URI');
    return store;
  });
});
