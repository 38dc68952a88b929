/** The API suites over real HTTP with the Neo4j store (NEO4J_URI): same answers as on memory. */
import { describe } from 'vitest';
import { neo4jConfig, requireNeo4jInCi } from '../neo4j/connection';
import { neo4jServer } from '../neo4j/server';
import { defineFuzzSuite } from '../reliability/fuzz.suite';
import { defineLoadSuite } from '../reliability/load.suite';
import { chain, harbin, mini } from '../support/fixtures';
import { defineApiSuite } from './api.suite';
import { defineChainApiSuite } from './chain.suite';

requireNeo4jInCi();

describe.skipIf(!neo4jConfig)('API on Neo4j', () => {
  defineApiSuite('neo4j store', () => neo4jServer(mini));
  defineChainApiSuite('neo4j store', () => neo4jServer(chain));
  defineFuzzSuite('neo4j store', () => neo4jServer(mini), 60);
  defineLoadSuite('neo4j store', () => neo4jServer(harbin), Number(process.env.SOAK_SECONDS ?? 15));
});
