/**
 * Every document the explorer sends, sent to the real server over HTTP on the Harbin data with
 * the variables the explorer gives it: each must pass the server's limits (depth, aliases, cost)
 * as well as the SDL, and answer without an error. (Validating against the SDL alone let a
 * document nested one fragment too deep reach the browser as a 400.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationName, Q, type QueryName, type Variables } from '../../client/src/lib/queries';
import type { RunningServer } from '../../server/http/server';
import { addUsers, TEST_PASSWORD } from '../support/accounts';
import { gql, testServer } from '../support/http';

const SOURCE = { note: '文档测试 client documents test', date: '2026-12-02' };
const SHEET = 'id,kind,name,quote,section\nproduct:doc-test,PRODUCT,文档测试产品,文档测试产品,测试表\n';

const variables: { [N in QueryName]: Variables<N> } = {
  subgraph: { kinds: ['CLUSTER', 'ZONE'] },
  neighborhood: { id: 'cluster:auto', depth: 1, limit: 40, relTypes: ['FOCUSES_ON'], kinds: ['PRODUCT'] },
  supplyChain: { productId: 'product:minicar', direction: 'BOTH' },
  between: { ids: ['cluster:auto', 'enterprise:hafei-auto', 'product:minicar'] },
  neighborCounts: { id: 'cluster:auto' },
  search: { text: '哈飞', first: 10, kinds: null },
  nodes: { ids: ['cluster:auto'] },
  paths: { from: 'institution:hit', to: 'enterprise:hafei-auto', lens: 'ALL', maxHops: 4, first: 5, maxDegree: null },
  partners: { productId: 'product:minicar', first: 20 },
  clusters: {},
  zones: {},
  gaps: { clusterId: null, zoneId: null },
  indicators: {},
  chainPanorama: { clusterId: 'cluster:new-energy-materials', tiers: 3 },
  chainGaps: { clusterId: 'cluster:new-energy-materials', tiers: 3, first: 100, targets: 10 },
  whatIf: { removeIds: ['enterprise:hafei-auto'] },
  viewer: {},
  login: { name: 'alice', password: TEST_PASSWORD },
  logout: {},
  applyChangeSet: {
    changes: [{ action: 'CREATE_NODE', node: { kind: 'PRODUCT', name: '测试产品', nameEn: 'Test product' } }],
    source: SOURCE,
  },
  // Set to the change applyChangeSet made (the documents run in file order: ApplyChangeSet first).
  revertChange: { id: '' },
  changes: { elementId: 'product:test-product', first: 10 },
  homeZone: {},
  previewImport: { files: [{ name: 'nodes.csv', content: Buffer.from(SHEET).toString('base64') }], mode: 'MERGE' },
  current: { ids: ['cluster:auto', 'enterprise:hafei-auto'], ends: ['cluster:auto', 'enterprise:hafei-auto'] },
  // The 招商线索 documents (file order: LeadHistory, Leads, then SaveLead).
  leads: { status: null, owner: null, first: 500 },
  leadHistory: { id: '1' },
  saveLead: { input: { productId: 'product:aluminium-plate', targetId: 'enterprise:harbin-light-alloy' } },
};

let server: RunningServer;
let dir: string;
/** An editor's session: the editing documents need one (logout is sent without it). */
let cookie = '';

describe('the explorer’s documents against the running server', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cg-documents-'));
    const workspace = join(dir, 'workspace.sqlite');
    await addUsers(workspace);
    server = await testServer({ config: { workspace } });
    const r = await gql(server.url, Q.login, variables.login);
    cookie = r.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(Object.keys(Q) as QueryName[])('%s answers without an error', async (name) => {
    const r = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(name === 'logout' ? {} : { cookie }) },
      body: JSON.stringify({ query: Q[name], variables: variables[name], operationName: operationName(name) }),
    });
    const body = (await r.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    // Logging in again starts a new session (the old one ends), as in a browser.
    if (name === 'login') cookie = r.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    expect(body.errors?.map((e) => e.message) ?? [], name).toEqual([]);
    expect(r.status).toBe(200);
    expect(Object.keys(body.data ?? {})).toHaveLength(name === 'current' ? 2 : 1);
    if (name === 'applyChangeSet') {
      const [made] = (body.data?.applyChangeSet ?? []) as { id: string }[];
      variables.revertChange.id = made?.id ?? '';
    }
  });

  it('expands one type: only that type’s neighbours come back', async () => {
    const r = await gql(server.url, Q.neighborhood, variables.neighborhood);
    const ids = ((r.body.data?.neighborhood?.nodes ?? []) as { id: string }[]).map((n) => n.id);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => id !== 'cluster:auto').every((id) => id.startsWith('product:'))).toBe(true);
  });
});
