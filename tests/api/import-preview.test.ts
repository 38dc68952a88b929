/** The upload preview suite over real HTTP on the embedded store, its workspace a file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { addUsers } from '../support/accounts';
import { MINI_FIXTURE } from '../support/fixtures';
import { testServer } from '../support/http';
import { defineImportPreviewSuite } from './import-preview.suite';

const dir = mkdtempSync(join(tmpdir(), 'cg-upload-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

defineImportPreviewSuite('memory store, workspace file', async (dataset) => {
  const workspace = join(dir, `ws-${++n}.sqlite`);
  await addUsers(workspace);
  return testServer({ config: { workspace, ...(dataset === 'mini' ? { dataset: MINI_FIXTURE } : {}) } });
});
