/**
 * Lead tracking on the Neo4j store (NEO4J_URI): the leads live in the workspace file beside the
 * accounts, the 已落地 record goes into Neo4j, and the chain gap closes there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { neo4jConfig, requireNeo4jInCi } from '../neo4j/connection';
import { NO_RATE_LIMIT, neo4jServer } from '../neo4j/server';
import { addUsers } from '../support/accounts';
import { chain } from '../support/fixtures';
import { PASSWORD } from './editing.suite';
import { defineLeadsSuite } from './leads.suite';

requireNeo4jInCi();

const dir = mkdtempSync(join(tmpdir(), 'cg-leads-neo4j-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!neo4jConfig)('lead tracking on Neo4j', () => {
  defineLeadsSuite('neo4j store', async () => {
    const workspace = join(dir, 'leads.sqlite');
    await addUsers(workspace, PASSWORD);
    return neo4jServer(chain, { ...NO_RATE_LIMIT, workspace });
  });
});
