/**
 * Lead tracking on the embedded store over real HTTP (the shared suite), and what only the
 * workspace file shows: leads and their history survive a restart.
 */
import { describe, expect, it } from 'vitest';
import { freshWorkspaces } from '../support/accounts';
import { CHAIN_FIXTURE } from '../support/fixtures';
import { testServer } from '../support/http';
import { Session } from './editing.suite';
import { defineLeadsSuite, SAVE } from './leads.suite';

const freshWorkspace = freshWorkspaces('cg-leads-');

defineLeadsSuite('memory store, workspace file', async () =>
  testServer({ config: { dataset: CHAIN_FIXTURE, workspace: await freshWorkspace() } }),
);

describe('leads in the workspace file', () => {
  it('keeps leads and their history across a restart', async () => {
    const workspace = await freshWorkspace();
    const first = await testServer({ config: { dataset: CHAIN_FIXTURE, workspace } });
    const alice = new Session(first.url);
    await alice.login('alice');
    const lead = (await alice.gql(SAVE, { input: { productId: 'product:paint', targetId: 'enterprise:nowhere' } })).body
      .data?.saveLead;
    await alice.gql(SAVE, { input: { id: lead.id, version: 1, status: 'SIGNED', notes: '已签约' } });
    await first.close();

    const second = await testServer({ config: { dataset: CHAIN_FIXTURE, workspace } });
    try {
      const again = new Session(second.url);
      again.cookie = alice.cookie;
      const r = await again.gql('query($id: ID!) { lead(id: $id) { status notes version history { action } } }', {
        id: lead.id,
      });
      expect(r.body.data?.lead).toEqual({
        status: 'SIGNED',
        notes: '已签约',
        version: 2,
        history: [{ action: 'UPDATE' }, { action: 'CREATE' }],
      });
    } finally {
      await second.close();
    }
  });
});
