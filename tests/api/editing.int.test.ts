/** The editing suite over real HTTP on the Neo4j store (NEO4J_URI): changes and their audit in Neo4j. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { neo4jConfig, requireNeo4jInCi } from '../neo4j/connection';
import { NO_RATE_LIMIT, neo4jServer } from '../neo4j/server';
import { addUsers } from '../support/accounts';
import { mini } from '../support/fixtures';
import { defineEditingSuite, PASSWORD } from './editing.suite';

requireNeo4jInCi();

const dir = mkdtempSync(join(tmpdir(), 'cg-editing-neo4j-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!neo4jConfig)('editing on Neo4j', () => {
  defineEditingSuite('neo4j store', async () => {
    // Accounts live in a workspace file whatever the store.
    const workspace = join(dir, 'accounts.sqlite');
    await addUsers(workspace, PASSWORD);
    return neo4jServer(mini, { ...NO_RATE_LIMIT, workspace });
  });
});
