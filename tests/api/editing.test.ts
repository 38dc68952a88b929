/**
 * Editing on the embedded store over real HTTP (the shared suite), and what only the workspace
 * file has: persistence across a restart, a kill -9 in the middle of change sets, the `user`
 * CLI, AUTH_REQUIRED and AUTH_PROXY_HEADER.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../server/workspace/workspace';
import { freshWorkspaces } from '../support/accounts';
import { MINI_FIXTURE } from '../support/fixtures';
import { codes, gql, testServer } from '../support/http';
import { defineEditingSuite, Session } from './editing.suite';

const freshWorkspace = freshWorkspaces('cg-editing-');
/** Other files the tests write (a backup, the CLI's workspace). */
const dir = mkdtempSync(join(tmpdir(), 'cg-editing-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

defineEditingSuite('memory store, workspace file', async () =>
  testServer({ config: { dataset: MINI_FIXTURE, workspace: await freshWorkspace() } }),
);

const SOURCE = { quote: '新建企业', section: '测试' };
const CREATE =
  'mutation($node: NodeInput!, $source: SourceInput!) { createNode(node: $node, source: $source) { id version } }';

describe('the workspace file', () => {
  it('keeps changes, versions and the audit trail across a restart', async () => {
    const workspace = await freshWorkspace();
    const first = await testServer({ config: { dataset: MINI_FIXTURE, workspace } });
    const alice = new Session(first.url);
    await alice.login('alice');
    await alice.gql(CREATE, { node: { kind: 'ENTERPRISE', name: '持久企业', nameEn: 'Durable Co' }, source: SOURCE });
    const upd = await alice.gql(
      'mutation { updateNode(id: "enterprise:durable-co", version: 1, patch: { aliases: ["持久"] }, source: { quote: "别名", section: "测试" }) { version } }',
    );
    expect(upd.body.data?.updateNode.version).toBe(2);
    const del = await alice.gql(
      'mutation { deleteNode(id: "enterprise:alpha", version: 1, source: { note: "已迁出", date: "2026-12-01" }) }',
    );
    expect(del.body.data?.deleteNode).toBe(true);
    await first.close();

    const second = await testServer({ config: { dataset: MINI_FIXTURE, workspace } });
    try {
      const r = await gql(
        second.url,
        '{ a: node(id: "enterprise:durable-co") { version aliases } b: node(id: "enterprise:alpha") { id } c: node(id: "product:b") { degree } }',
      );
      expect(r.body.data).toEqual({ a: { version: 2, aliases: ['持久'] }, b: null, c: { degree: 3 } });
      // Sessions live in the workspace too; so does the history, alpha's relationships removed with it.
      const again = new Session(second.url);
      again.cookie = alice.cookie;
      expect((await again.gql('{ viewer { name } }')).body.data?.viewer).toEqual({ name: 'alice' });
      const changes = await again.gql('{ changes(user: "alice", first: 100) { action elementId } }');
      expect(changes.body.data?.changes.map((c: { action: string }) => c.action)).toEqual([
        'DELETE_EDGE',
        'DELETE_EDGE',
        'DELETE_EDGE',
        'DELETE_NODE',
        'UPDATE_NODE',
        'CREATE_NODE',
      ]);
      // Reverting the deletion brings the node back with its relationships.
      const [deletion] =
        (await again.gql('{ changes(elementId: "enterprise:alpha") { id action } }')).body.data?.changes ?? [];
      expect(deletion.action).toBe('DELETE_NODE');
      const undo = await again.gql('mutation($id: ID!) { revertChange(id: $id) { action } }', { id: deletion.id });
      expect(undo.body.data?.revertChange).toEqual({ action: 'CREATE_NODE' });
      const back = await gql(second.url, '{ node(id: "enterprise:alpha") { degree version } }');
      expect(back.body.data?.node).toEqual({ degree: 3, version: 3 });
    } finally {
      await second.close();
    }
  });

  it('leaves the workspace before or after a change set when the process is killed -9 during one', async () => {
    const workspace = await freshWorkspace();
    const script = `
      import { openEmbedded } from './server/workspace/open';
      const { store } = await openEmbedded(${JSON.stringify(workspace)}, ${JSON.stringify(MINI_FIXTURE)});
      for (let set = 0; ; set++) {
        const changes = Array.from({ length: 200 }, (_, i) => ({
          action: 'CREATE_NODE',
          node: { kind: 'PRODUCT', name: '批量' + set + '-' + i, nameEn: 'bulk ' + set + ' ' + i },
        }));
        await store.applyChanges(changes, { note: 'bulk', date: '2026-12-01' }, 'loader');
        if (set === 2) process.stdout.write('three sets\\n');
      }
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => String(d).includes('three sets') && resolve());
      child.once('exit', (code) => reject(new Error(`the writer exited (${code}) before it was killed`)));
    });
    // Somewhere in a later set.
    await new Promise((r) => setTimeout(r, 37));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const ws = Workspace.open(workspace);
    try {
      const bulk = (
        ws.db.prepare("SELECT COUNT(*) AS n FROM elements WHERE id LIKE 'product:bulk-%'").get() as { n: number }
      ).n;
      const audited = (ws.db.prepare("SELECT COUNT(*) AS n FROM changes WHERE user = 'loader'").get() as { n: number })
        .n;
      expect(bulk).toBeGreaterThanOrEqual(600);
      expect(bulk % 200).toBe(0);
      expect(audited).toBe(bulk);
      expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      ws.close();
    }
    // And a server starts on it, with every committed node.
    const server = await testServer({ config: { dataset: MINI_FIXTURE, workspace } });
    try {
      const r = await gql(server.url, '{ overview { nodesByKind { kind count } } }');
      const products = r.body.data?.overview.nodesByKind.find((k: { kind: string }) => k.kind === 'PRODUCT').count;
      expect((products - 12) % 200).toBe(0);
      expect(products).toBeGreaterThanOrEqual(612);
    } finally {
      await server.close();
    }
  });
});

describe('export and backup of the workspace', () => {
  it('export writes the current graph, edits included; backup is a consistent copy', async () => {
    const workspace = await freshWorkspace();
    const server = await testServer({ config: { dataset: MINI_FIXTURE, workspace } });
    const alice = new Session(server.url);
    await alice.login('alice');
    await alice.gql(CREATE, { node: { kind: 'ENTERPRISE', name: '导出企业', nameEn: 'Exported Co' }, source: SOURCE });
    const cli = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], { encoding: 'utf8' });
    // While the server runs: a backup through SQLite, not a file copy.
    const copy = join(dir, 'backup.sqlite');
    expect(cli(['backup', '--out', copy, '--workspace', workspace]).status).toBe(0);
    await server.close();
    const exported = cli(['export', '--format', 'json', '--workspace', workspace]);
    expect(exported.status).toBe(0);
    const graph = JSON.parse(exported.stdout) as { nodes: { id: string; sources: { quote: string }[] }[] };
    const node = graph.nodes.find((n) => n.id === 'enterprise:exported-co');
    expect(node?.sources.map((s) => s.quote)).toEqual([SOURCE.quote]);
    expect(graph.nodes).toHaveLength(26);
    const restored = Workspace.open(copy);
    try {
      expect(restored.dataset().nodes.map((n) => n.id)).toContain('enterprise:exported-co');
      expect(restored.changeCount()).toBe(1);
    } finally {
      restored.close();
    }
  });
});

describe('accounts', () => {
  it('are managed with `npm run cli -- user`, the password read from standard input', async () => {
    const workspace = join(dir, 'cli.sqlite');
    const cli = (args: string[], input = '') =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', 'server/cli/main.ts', 'user', ...args, '--workspace', workspace],
        {
          input,
          encoding: 'utf8',
        },
      );
    expect(cli(['add', 'carol', '--role', 'editor'], 'a long secret\n').status).toBe(0);
    expect(cli(['add', 'carol', '--role', 'editor'], 'a long secret\n').status).toBe(1);
    expect(cli(['add', 'dan', '--role', 'boss'], 'a long secret\n').status).toBe(1);
    expect(cli(['add', 'dan'], 'short\n').status).toBe(1);
    const list = cli(['list']);
    expect(list.stdout).toMatch(/^carol\teditor\t/);
    const server = await testServer({ config: { dataset: MINI_FIXTURE, workspace } });
    try {
      const s = new Session(server.url);
      expect((await s.login('carol', 'a long secret')).body.data?.login).toEqual({ name: 'carol', role: 'EDITOR' });
      expect(cli(['passwd', 'carol'], 'another long secret\n').status).toBe(0);
      // A new password ends the old sessions; the stale cookie is cleared.
      const stale = s.cookie;
      expect((await s.gql('{ viewer { name } }')).body.data?.viewer).toBeNull();
      expect(s.cookie).toBe('');
      s.cookie = stale;
      expect(codes(await s.login('carol', 'a long secret'))).toEqual(['UNAUTHENTICATED']);
      expect((await s.login('carol', 'another long secret')).body.data?.login.name).toBe('carol');
      expect(cli(['remove', 'carol']).status).toBe(0);
      expect((await s.gql('{ viewer { name } }')).body.data?.viewer).toBeNull();
      expect(cli(['list']).stdout).toBe('');
    } finally {
      await server.close();
    }
  });

  it('AUTH_REQUIRED=1: reading needs a session, logging in does not', async () => {
    const workspace = await freshWorkspace();
    const server = await testServer({ config: { dataset: MINI_FIXTURE, workspace, authRequired: true } });
    try {
      const anonymous = await gql(server.url, '{ node(id: "product:a") { id } }');
      expect(anonymous.status).toBe(401);
      expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
      const s = new Session(server.url);
      expect((await s.login('vera')).body.data?.login.role).toBe('VIEWER');
      expect((await s.gql('{ node(id: "product:a") { id } }')).body.data?.node).toEqual({ id: 'product:a' });
    } finally {
      await server.close();
    }
  });

  it('AUTH_PROXY_HEADER trusts the proxy only when set, and only for existing accounts', async () => {
    const workspace = await freshWorkspace();
    const on = await testServer({ config: { dataset: MINI_FIXTURE, workspace, authProxyHeader: 'x-remote-user' } });
    try {
      const who = (name: string) =>
        gql(on.url, '{ viewer { name role } }', undefined, { headers: { 'x-remote-user': name } });
      expect((await who('alice')).body.data?.viewer).toEqual({ name: 'alice', role: 'EDITOR' });
      expect((await who('mallory')).body.data?.viewer).toBeNull();
    } finally {
      await on.close();
    }
    const off = await testServer({ config: { dataset: MINI_FIXTURE, workspace } });
    try {
      const r = await gql(off.url, '{ viewer { name } }', undefined, { headers: { 'x-remote-user': 'alice' } });
      expect(r.body.data?.viewer).toBeNull();
    } finally {
      await off.close();
    }
  });
});
