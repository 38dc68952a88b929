/**
 * Editing over real HTTP, for any store: accounts and roles, a change with its source and audit
 * entry, its revert, a conflict between two editors, a change set rolled back on one bad row,
 * caches that follow writes. `start` serves the mini fixture with the accounts alice (editor),
 * bob (editor), vera (viewer) and ada (admin), password `correct horse`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/http/server';
import { TEST_PASSWORD } from '../support/accounts';
import { codes, type GqlResponse, gql } from '../support/http';

export const PASSWORD = TEST_PASSWORD;

const SOURCE = { quote: '新引进企业哈尔滨新材料公司', document: '招商简报 2026-11', section: '第2页' };

export const NODE_FIELDS = 'id name version sources { quote section document stated }';

/** A client that keeps the session cookie, as a browser does. */
export class Session {
  cookie = '';
  constructor(readonly url: string) {}
  async gql(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
    const r = await gql(this.url, query, variables, {
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
    });
    // As a browser does: each Set-Cookie in order, the last one standing.
    for (const set of r.headers.getSetCookie()) this.cookie = set.split(';')[0] ?? '';
    if (this.cookie === 'cg_session=') this.cookie = '';
    return r;
  }
  async login(name: string, password = PASSWORD) {
    return this.gql('mutation($n: String!, $p: String!) { login(name: $n, password: $p) { name role } }', {
      n: name,
      p: password,
    });
  }
}

const CREATE = `mutation($node: NodeInput!, $source: SourceInput!) { createNode(node: $node, source: $source) { ${NODE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: NodePatch!, $source: SourceInput!) {
  updateNode(id: $id, version: $v, patch: $patch, source: $source) { ${NODE_FIELDS} } }`;
const CREATE_EDGE = `mutation($edge: EdgeInput!, $source: SourceInput!) { createEdge(edge: $edge, source: $source) { id version sources { quote } } }`;
const CHANGES = `query($id: ID, $user: String) { changes(elementId: $id, user: $user) {
  id at user action elementId before after reverted revertOf version source { quote document section note date stated } } }`;
const UNFILLED = '{ gaps(kinds: [UNFILLED_TARGET]) { id product { id } } }';

export function defineEditingSuite(name: string, start: () => Promise<RunningServer>) {
  describe(`editing over HTTP (${name})`, () => {
    let server: RunningServer;
    let url: string;
    beforeAll(async () => {
      server = await start();
      url = server.url;
    });
    afterAll(() => server?.close());

    it('logs in with an HTTP-only SameSite cookie, tells who is asking, logs out', async () => {
      const s = new Session(url);
      const r = await gql(url, 'mutation { login(name: "alice", password: "correct horse") { name role } }');
      expect(r.body.data?.login).toEqual({ name: 'alice', role: 'EDITOR' });
      const cookie = r.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^cg_session=[^;]{20,};/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      await s.login('alice');
      expect((await s.gql('{ viewer { name role } }')).body.data?.viewer).toEqual({ name: 'alice', role: 'EDITOR' });
      expect((await gql(url, '{ viewer { name } }')).body.data?.viewer).toBeNull();
      expect((await s.gql('mutation { logout }')).body.data?.logout).toBe(true);
      expect((await s.gql('{ viewer { name } }')).body.data?.viewer).toBeNull();
    });

    it('refuses a wrong password, then throttles the account', async () => {
      const s = new Session(url);
      expect(codes(await s.login('vera', 'wrong password'))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await s.login('nobody', 'wrong password'))).toEqual(['UNAUTHENTICATED']);
      for (let i = 0; i < 4; i++) await s.login('vera', 'wrong again');
      const r = await s.login('vera');
      expect(codes(r)).toEqual(['RATE_LIMITED']);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('checks the role of every change: UNAUTHENTICATED without a session, FORBIDDEN for a viewer', async () => {
      const node = { kind: 'ENTERPRISE', name: '无权企业', nameEn: 'No Rights Co' };
      expect(codes(await gql(url, CREATE, { node, source: SOURCE }))).toEqual(['UNAUTHENTICATED']);
      // vera is throttled by the test above: victor is a viewer too.
      const vera = new Session(url);
      await vera.login('victor');
      expect((await vera.gql('{ viewer { role } }')).body.data?.viewer.role).toBe('VIEWER');
      expect(codes(await vera.gql(CREATE, { node, source: SOURCE }))).toEqual(['FORBIDDEN']);
      expect(codes(await vera.gql('{ changes { id } }'))).toEqual([]);
      expect((await gql(url, '{ node(id: "enterprise:no-rights-co") { id } }')).body.data?.node).toBeNull();
    });

    it('records a change with its source, closes a gap, reverts it', async () => {
      const alice = new Session(url);
      await alice.login('alice');
      const before = await gql(url, UNFILLED);
      expect(before.body.data?.gaps.map((g: { product: { id: string } }) => g.product.id)).toContain('product:target');

      const made = await alice.gql(CREATE, {
        node: { kind: 'ENTERPRISE', name: '哈尔滨新材料公司', nameEn: 'Harbin New Materials' },
        source: SOURCE,
      });
      expect(made.body.errors).toBeUndefined();
      const node = made.body.data?.createNode;
      expect(node).toMatchObject({ id: 'enterprise:harbin-new-materials', name: '哈尔滨新材料公司', version: 1 });
      expect(node.sources).toEqual([
        { quote: SOURCE.quote, section: `${SOURCE.document} · ${SOURCE.section}`, document: null, stated: true },
      ]);

      const edge = await alice.gql(CREATE_EDGE, {
        edge: { type: 'PRODUCES', source: node.id, target: 'product:target' },
        source: SOURCE,
      });
      expect(edge.body.errors).toBeUndefined();
      expect(edge.body.data?.createEdge).toMatchObject({ id: `${node.id}-[PRODUCES]->product:target`, version: 1 });
      const after = await gql(url, UNFILLED);
      expect(after.body.data?.gaps.map((g: { product: { id: string } }) => g.product.id)).not.toContain(
        'product:target',
      );

      const history = await alice.gql(CHANGES, { id: node.id });
      const [entry] = history.body.data?.changes ?? [];
      expect(entry).toMatchObject({
        user: 'alice',
        action: 'CREATE_NODE',
        elementId: node.id,
        before: null,
        reverted: false,
        version: 1,
      });
      expect(JSON.parse(entry.after)).toMatchObject({ id: node.id, kind: 'ENTERPRISE' });
      expect(entry.source).toMatchObject({
        quote: SOURCE.quote,
        document: SOURCE.document,
        section: `${SOURCE.document} · ${SOURCE.section}`,
      });
      expect(Date.parse(entry.at)).toBeGreaterThan(Date.now() - 60_000);

      // Undo the link: the gap is back, the revert is a change of its own.
      const [edgeEntry] =
        (await alice.gql(CHANGES, { id: `${node.id}-[PRODUCES]->product:target` })).body.data?.changes ?? [];
      const reverted = await alice.gql(
        'mutation($id: ID!) { revertChange(id: $id) { action elementId revertOf user } }',
        {
          id: edgeEntry.id,
        },
      );
      expect(reverted.body.data?.revertChange).toEqual({
        action: 'DELETE_EDGE',
        elementId: `${node.id}-[PRODUCES]->product:target`,
        revertOf: edgeEntry.id,
        user: 'alice',
      });
      const reopened = await gql(url, UNFILLED);
      expect(reopened.body.data?.gaps.map((g: { product: { id: string } }) => g.product.id)).toContain(
        'product:target',
      );
      const list = (await alice.gql(CHANGES, { id: `${node.id}-[PRODUCES]->product:target` })).body.data?.changes;
      expect(list.map((c: { action: string; reverted: boolean }) => [c.action, c.reverted])).toEqual([
        ['DELETE_EDGE', false],
        ['CREATE_EDGE', true],
      ]);
      // Twice is refused; another editor may not revert alice's change; an admin may.
      expect(
        codes(await alice.gql('mutation($id: ID!) { revertChange(id: $id) { id } }', { id: edgeEntry.id })),
      ).toEqual(['BAD_USER_INPUT']);
      const bob = new Session(url);
      await bob.login('bob');
      expect(codes(await bob.gql('mutation($id: ID!) { revertChange(id: $id) { id } }', { id: entry.id }))).toEqual([
        'FORBIDDEN',
      ]);
      const ada = new Session(url);
      await ada.login('ada');
      const gone = await ada.gql('mutation($id: ID!) { revertChange(id: $id) { action user } }', { id: entry.id });
      expect(gone.body.data?.revertChange).toEqual({ action: 'DELETE_NODE', user: 'ada' });
      expect((await gql(url, `{ node(id: "${node.id}") { id } }`)).body.data?.node).toBeNull();
    });

    it('refuses a change made against an old version with CONFLICT and the current element', async () => {
      const alice = new Session(url);
      const bob = new Session(url);
      await alice.login('alice');
      await bob.login('bob');
      const read = await gql(url, '{ node(id: "enterprise:alpha") { version name aliases } }');
      const v = read.body.data?.node.version;
      const [a, b] = await Promise.all([
        alice.gql(UPDATE, { id: 'enterprise:alpha', v, patch: { aliases: ['阿尔法'] }, source: SOURCE }),
        bob.gql(UPDATE, { id: 'enterprise:alpha', v, patch: { aliases: ['阿法'] }, source: SOURCE }),
      ]);
      const results = [a, b];
      const ok = results.filter((r) => !r.body.errors);
      const refused = results.filter((r) => r.body.errors);
      expect(ok).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const error = (refused[0] as GqlResponse).body.errors?.[0] as { extensions: Record<string, unknown> };
      expect(error.extensions.code).toBe('CONFLICT');
      expect(error.extensions.version).toBe(v + 1);
      expect(error.extensions.current).toMatchObject({ id: 'enterprise:alpha' });
      const now = await gql(url, '{ node(id: "enterprise:alpha") { version aliases sources { quote } } }');
      expect(now.body.data?.node.version).toBe(v + 1);
      expect((error.extensions.current as { aliases: string[] }).aliases).toEqual(now.body.data?.node.aliases);
      expect(now.body.data?.node.sources.map((s: { quote: string }) => s.quote)).toContain(SOURCE.quote);
    });

    it('updates a relationship’s status (updateEdge and UPDATE_EDGE in a set), each version checked', async () => {
      const alice = new Session(url);
      await alice.login('alice');
      const id = 'product:a-[INPUT_TO]->product:b';
      const read = async () =>
        (
          await gql(url, '{ between(ids: ["product:a", "product:b"]) { edges { id status version } } }')
        ).body.data?.between.edges.find((e: { id: string }) => e.id === id);
      const before = await read();
      const next = before.status === 'PLANNED' ? 'EXISTING' : 'PLANNED';
      const r = await alice.gql(
        'mutation($id: ID!, $v: Int!, $p: EdgePatch!, $s: SourceInput!) { updateEdge(id: $id, version: $v, patch: $p, source: $s) { id status version sources { quote } } }',
        { id, v: before.version, p: { status: next }, s: SOURCE },
      );
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data?.updateEdge).toMatchObject({ id, status: next, version: before.version + 1 });
      expect(r.body.data?.updateEdge.sources.map((x: { quote: string }) => x.quote)).toContain(SOURCE.quote);
      const set = await alice.gql(
        'mutation($c: [ChangeInput!]!, $s: SourceInput!) { applyChangeSet(changes: $c, source: $s) { action version } }',
        {
          c: [{ action: 'UPDATE_EDGE', id, version: before.version, edgePatch: { status: before.status } }],
          s: SOURCE,
        },
      );
      expect(codes(set)).toEqual(['CONFLICT']);
      const back = await alice.gql(
        'mutation($c: [ChangeInput!]!, $s: SourceInput!) { applyChangeSet(changes: $c, source: $s) { action version } }',
        {
          c: [{ action: 'UPDATE_EDGE', id, version: before.version + 1, edgePatch: { status: before.status } }],
          s: SOURCE,
        },
      );
      expect(back.body.data?.applyChangeSet).toEqual([{ action: 'UPDATE_EDGE', version: before.version + 2 }]);
      expect(await read()).toMatchObject({ status: before.status, version: before.version + 2 });
    });

    it('creates a zone with its figures, the change’s source theirs unless given, and replaces them by a patch', async () => {
      const alice = new Session(url);
      await alice.login('alice');
      const figure = {
        key: 'gdp-2025',
        name: '地区生产总值',
        nameEn: 'GDP',
        year: 2025,
        value: 120,
        unit: '亿元',
        kind: 'ACTUAL',
        measure: 'LEVEL',
        period: '2025',
      };
      const made = await alice.gql(
        'mutation($n: NodeInput!, $s: SourceInput!) { createNode(node: $n, source: $s) { id version ... on Zone { indicators { key value sources { quote } } } } }',
        {
          n: { kind: 'ZONE', name: '新区', nameEn: 'Figures Park', zoneKind: 'INDUSTRIAL_PARK', indicators: [figure] },
          s: SOURCE,
        },
      );
      expect(made.body.errors).toBeUndefined();
      expect(made.body.data?.createNode.indicators).toEqual([
        { key: 'gdp-2025', value: 120, sources: [{ quote: SOURCE.quote }] },
      ]);
      const bad = await alice.gql(
        'mutation($id: ID!, $p: NodePatch!, $s: SourceInput!) { updateNode(id: $id, version: 1, patch: $p, source: $s) { id } }',
        { id: 'zone:figures-park', p: { indicators: [{ ...figure, period: '2020-2025-2030' }] }, s: SOURCE },
      );
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.body.errors?.[0]?.message).toMatch(/period/);
      const patched = await alice.gql(
        'mutation($id: ID!, $p: NodePatch!, $s: SourceInput!) { updateNode(id: $id, version: 1, patch: $p, source: $s) { version ... on Zone { indicators { key value sources { quote } } } } }',
        {
          id: 'zone:figures-park',
          p: { indicators: [{ ...figure, value: 130, sources: [{ quote: '统计公报：130亿元', section: '表1' }] }] },
          s: SOURCE,
        },
      );
      expect(patched.body.data?.updateNode).toEqual({
        version: 2,
        indicators: [{ key: 'gdp-2025', value: 130, sources: [{ quote: '统计公报：130亿元' }] }],
      });
    });

    it('applies a change set all or nothing: one bad row and nothing changes', async () => {
      const alice = new Session(url);
      await alice.login('alice');
      const set = `mutation($changes: [ChangeInput!]!, $source: SourceInput!) { applyChangeSet(changes: $changes, source: $source) { action elementId } }`;
      const bad = await alice.gql(set, {
        source: SOURCE,
        changes: [
          { action: 'CREATE_NODE', node: { kind: 'ENTERPRISE', name: '甲新企业', nameEn: 'Set Co One' } },
          { action: 'CREATE_EDGE', edge: { type: 'PRODUCES', source: 'enterprise:set-co-one', target: 'zone:one' } },
        ],
      });
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.body.errors?.[0]?.message).toMatch(/^changes\[1\]/);
      expect(bad.body.errors?.[0]?.extensions?.argument).toMatch(/^changes\.1/);
      expect((await gql(url, '{ node(id: "enterprise:set-co-one") { id } }')).body.data?.node).toBeNull();
      expect((await alice.gql(CHANGES, { id: 'enterprise:set-co-one' })).body.data?.changes).toEqual([]);

      const good = await alice.gql(set, {
        source: { note: '园区调研', url: 'https://example.org/visit', date: '2026-11-30' },
        changes: [
          { action: 'CREATE_NODE', node: { kind: 'ENTERPRISE', name: '甲新企业', nameEn: 'Set Co One' } },
          { action: 'CREATE_EDGE', edge: { type: 'LOCATED_IN', source: 'enterprise:set-co-one', target: 'zone:one' } },
        ],
      });
      expect(good.body.data?.applyChangeSet).toEqual([
        { action: 'CREATE_NODE', elementId: 'enterprise:set-co-one' },
        { action: 'CREATE_EDGE', elementId: 'enterprise:set-co-one-[LOCATED_IN]->zone:one' },
      ]);
    });

    it('refuses bad input with the field named, and a change without a source', async () => {
      const alice = new Session(url);
      await alice.login('alice');
      const control = await alice.gql(CREATE, {
        node: { kind: 'PRODUCT', name: 'bad\u0007name', nameEn: 'Bad Name' },
        source: SOURCE,
      });
      expect(codes(control)).toEqual(['BAD_USER_INPUT']);
      expect(control.body.errors?.[0]?.extensions?.argument).toBe('name');
      const noSource = await alice.gql(CREATE, {
        node: { kind: 'PRODUCT', name: '无源产品', nameEn: 'No Source' },
        source: { note: 'x' },
      });
      expect(codes(noSource)).toEqual(['BAD_USER_INPUT']);
      expect(noSource.body.errors?.[0]?.extensions?.argument).toBe('source');
    });

    it('keeps personal answers and sessions out of the shared cache; writes invalidate it', async () => {
      const q = '{ node(id: "product:island") { name version } }';
      const first = await gql(url, q);
      const second = await gql(url, q);
      expect(second.headers.get('x-cache')).toBe('HIT');
      expect(second.body).toEqual(first.body);
      const alice = new Session(url);
      await alice.login('alice');
      expect((await alice.gql(q)).headers.get('x-cache')).toBeNull();
      expect((await gql(url, '{ viewer { name } }')).headers.get('x-cache')).toBeNull();
      expect((await gql(url, '{ viewer { name } }')).headers.get('x-cache')).toBeNull();
      const v = first.body.data?.node.version;
      const r = await alice.gql(UPDATE, { id: 'product:island', v, patch: { name: '孤岛新产品' }, source: SOURCE });
      expect(r.body.errors).toBeUndefined();
      const third = await gql(url, q);
      expect(third.headers.get('x-cache')).toBe('MISS');
      expect(third.body.data?.node).toEqual({ name: '孤岛新产品', version: v + 1 });
    });
  });
}

export type { GqlResponse };
