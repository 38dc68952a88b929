/** The upload preview suite over real HTTP on the Neo4j store (NEO4J_URI): previews, versions and the applied set in Neo4j. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { neo4jConfig, requireNeo4jInCi } from '../neo4j/connection';
import { NO_RATE_LIMIT, neo4jServer } from '../neo4j/server';
import { addUsers } from '../support/accounts';
import { harbin, mini } from '../support/fixtures';
import { defineImportPreviewSuite } from './import-preview.suite';

requireNeo4jInCi();

const dir = mkdtempSync(join(tmpdir(), 'cg-upload-neo4j-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describe.skipIf(!neo4jConfig)('uploading on Neo4j', () => {
  defineImportPreviewSuite('neo4j store', async (dataset) => {
    // Accounts live in a workspace file whatever the store.
    const workspace = join(dir, `accounts-${++n}.sqlite`);
    await addUsers(workspace);
    return neo4jServer(dataset === 'mini' ? mini : harbin, { ...NO_RATE_LIMIT, workspace });
  });
});
