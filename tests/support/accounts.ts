/** Accounts for the editing tests, written straight into a workspace file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { Accounts, type Role } from '../../server/auth/accounts';
import { Workspace } from '../../server/workspace/workspace';

/** The password of every test account. */
export const TEST_PASSWORD = 'correct horse';

export const TEST_USERS: [string, Role][] = [
  ['alice', 'EDITOR'],
  ['bob', 'EDITOR'],
  ['vera', 'VIEWER'],
  ['victor', 'VIEWER'],
  ['ada', 'ADMIN'],
];

export async function addUsers(file: string, password = TEST_PASSWORD, users = TEST_USERS): Promise<void> {
  const ws = Workspace.open(file);
  try {
    const accounts = new Accounts(ws);
    for (const [name, role] of users) await accounts.add(name, role, password);
  } finally {
    ws.close();
  }
}

/**
 * A maker of fresh workspace files holding the test accounts, in a temporary folder that is
 * removed after the test file's tests.
 */
export function freshWorkspaces(prefix: string): () => Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  return async () => {
    const file = join(dir, `ws-${++n}.sqlite`);
    await addUsers(file);
    return file;
  };
}
