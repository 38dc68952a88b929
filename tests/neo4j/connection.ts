/**
 * The Neo4j connection for integration tests, from the environment (NEO4J_URI, NEO4J_USER,
 * NEO4J_PASSWORD, NEO4J_DATABASE). Without NEO4J_URI the Neo4j tests skip, except under CI=true,
 * where Neo4j is required and `requireNeo4jInCi` makes the file fail.
 */
import { it } from 'vitest';
import { type Neo4jConfig, readConfig } from '../../server/config';

export const neo4jConfig: Neo4jConfig | null = readConfig(process.env).neo4j;
export const SKIP_MESSAGE =
  'NEO4J_URI is not set: skipping the Neo4j tests (run `npm run neo4j:start` and set NEO4J_URI=bolt://127.0.0.1:7687)';

/** Call at the top of an int test file: a failing test in CI when there is no Neo4j, a note elsewhere. */
export function requireNeo4jInCi(): void {
  if (neo4jConfig) return;
  if (process.env.CI === 'true') {
    it('Neo4j is required in CI', () => {
      throw new Error(`Neo4j is required in CI: ${SKIP_MESSAGE}`);
    });
  } else {
    console.warn(SKIP_MESSAGE);
  }
}
