/**
 * Scale-out (README "Scale-out"): two server processes, as `npm start` runs them, on one machine
 * against one Neo4j, reached over real HTTP. They answer every query kind identically; they keep
 * no per-user state (no cookie, no session: a person whose requests alternate between them, as
 * behind a round-robin proxy, gets the answers one process alone gives); and a load through any
 * process — here a third party, as the CLI does — reaches both at once, because each reads the
 * current generation and the version stamp from the database, not from its own memory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../server/domain/model';
import { Neo4jStore } from '../../server/store/neo4j';
import { neo4jConfig, requireNeo4jInCi } from '../neo4j/connection';
import { harbin, mini } from '../support/fixtures';
import { type ServerProcess, startServerProcess } from '../support/process';

requireNeo4jInCi();

const QUERIES: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  { name: 'overview', query: '{ overview { nodeCount edgeCount nodesByKind { kind count } } }' },
  { name: 'search', query: '{ search(text: "哈飞") { id name kind } }' },
  { name: 'clusters', query: '{ clusters { id name } }' },
  {
    name: 'neighborhood',
    query: 'query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id } edges { id } truncated } }',
    variables: { id: 'enterprise:hafei-auto' },
  },
  {
    name: 'supplyChain',
    query: 'query($id: ID!) { supplyChain(productId: $id) { nodes { id } edges { id type } } }',
    variables: { id: 'product:minicar' },
  },
  {
    name: 'paths',
    query: 'query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length nodes { id } } }',
    variables: { a: 'institution:hit', b: 'enterprise:hafei-auto' },
  },
  {
    name: 'partners',
    query: 'query($id: ID!) { partners(productId: $id) { role score node { id } reason } }',
    variables: { id: 'product:minicar' },
  },
  { name: 'gaps', query: '{ gaps { kind severity explanation product { id } cluster { id } } }' },
];

async function ask(url: string, q: (typeof QUERIES)[number]) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables ?? {} }),
  });
  return { status: res.status, cookie: res.headers.get('set-cookie'), body: await res.json() };
}

async function loadAndSettle(d: Dataset) {
  const loader = new Neo4jStore(neo4jConfig!, { dropGraceMs: 0 });
  try {
    await loader.load(d);
  } finally {
    await loader.close();
  }
}

describe.skipIf(!neo4jConfig)('two server processes against one Neo4j', () => {
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    await loadAndSettle(await harbin());
    const env = {
      NEO4J_URI: neo4jConfig!.uri,
      NEO4J_USER: neo4jConfig!.user,
      NEO4J_PASSWORD: neo4jConfig!.password,
      NEO4J_DATABASE: neo4jConfig!.database,
    };
    servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
  });

  it('are two processes on two ports, both on the Neo4j store', async () => {
    const [a, b] = servers;
    expect(a!.child.pid).not.toBe(b!.child.pid);
    expect(a!.url).not.toBe(b!.url);
    for (const s of servers) {
      const ready = await (await fetch(`${s.url}/readyz`)).json();
      expect(JSON.stringify(ready)).toContain('neo4j');
    }
  });

  it('answer every query kind identically, with no cookie', async () => {
    const [a, b] = servers;
    for (const q of QUERIES) {
      const [x, y] = [await ask(a!.url, q), await ask(b!.url, q)];
      expect(x.status, q.name).toBe(200);
      expect(x.body.errors, q.name).toBeUndefined();
      expect(y.body, q.name).toEqual(x.body);
      expect([x.cookie, y.cookie], q.name).toEqual([null, null]);
    }
    // Not vacuous: the answers hold the Harbin graph.
    const search = await ask(a!.url, QUERIES[1]!);
    expect(search.body.data.search.map((n: { id: string }) => n.id)).toContain('enterprise:hafei-auto');
  });

  it('give a person whose requests alternate between them the answers one process gives', async () => {
    const [a, b] = servers;
    const alone = [];
    for (const q of QUERIES) alone.push((await ask(a!.url, q)).body);
    const alternating = [];
    for (const [i, q] of QUERIES.entries()) alternating.push((await ask((i % 2 ? a : b)!.url, q)).body);
    expect(alternating).toEqual(alone);
  });

  it('both answer from a graph loaded by a third party as soon as it is switched in', async () => {
    const [a, b] = servers;
    const overview = QUERIES[0]!;
    const before = (await ask(a!.url, overview)).body.data.overview.nodeCount;
    const small = await mini();
    await loadAndSettle(small);
    for (const s of [a, b]) {
      const after = (await ask(s!.url, overview)).body.data.overview;
      expect(after.nodeCount).toBe(small.nodes.length);
      expect(after.nodeCount).not.toBe(before);
    }
    await loadAndSettle(await harbin());
    expect((await ask(b!.url, overview)).body.data.overview.nodeCount).toBe(before);
  });
});
