/** Issue 12's hostile inputs on the Neo4j store: the budget reads its sizes from the graph there. */
import { describe } from 'vitest';
import { neo4jConfig, requireNeo4jInCi } from '../neo4j/connection';
import { NO_RATE_LIMIT, neo4jServer } from '../neo4j/server';
import { mini } from '../support/fixtures';
import { defineHostileInputSuite } from './hostile-input.suite';

requireNeo4jInCi();

describe.skipIf(!neo4jConfig)('hostile input on Neo4j', () => {
  defineHostileInputSuite('neo4j store', (config, logger) =>
    neo4jServer(mini, { ...NO_RATE_LIMIT, ...config }, logger),
  );
});
