/** Accounts for the editing tests, written straight into a workspace file. */
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
