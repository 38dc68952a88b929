/**
 * Mutation latency on the embedded store: a server on a workspace seeded with a generated graph
 * (`--size M` by default), an editor logged in, then single changes over real HTTP one after the
 * other — create an enterprise, link it to a product, rename it — and a read of a neighbourhood
 * between each, with a background stream of edits running during a second read-only pass.
 * `npx tsx bench/mutations.ts --size M --count 300`; prints p50/p95 per operation.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { Accounts } from '../server/auth/accounts';
import { toJson } from '../server/dataset';
import { generateDataset } from '../server/generator';
import { startServer } from '../server/http/server';
import { Workspace } from '../server/workspace/workspace';

const { values } = parseArgs({
  options: { size: { type: 'string', default: 'M' }, count: { type: 'string', default: '300' } },
});
const size = values.size as 'S' | 'M' | 'L';
const count = Number(values.count);
const dir = mkdtempSync(join(tmpdir(), 'cg-bench-mut-'));

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};

async function main() {
  const dataset = generateDataset(size, 1);
  const file = join(dir, 'graph.json');
  writeFileSync(file, toJson(dataset));
  const workspace = join(dir, 'ws.sqlite');
  const ws = Workspace.open(workspace);
  await new Accounts(ws).add('bench', 'EDITOR', 'bench password');
  ws.close();
  let t = performance.now();
  const server = await startServer({
    port: 0,
    logger: pino({ level: 'silent' }),
    config: { dataset: file, workspace, rateLimit: { windowMs: 60_000, max: 1e9 }, neo4j: null },
  });
  console.log(
    `size ${size}: ${dataset.nodes.length} nodes, ${dataset.edges.length} relationships; first start (seeding) ${Math.round(performance.now() - t)} ms`,
  );
  const login = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(name: "bench", password: "bench password") { name } }' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const post = async (query: string, variables: Record<string, unknown>, withCookie = true) => {
    const started = performance.now();
    const r = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(withCookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await r.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return performance.now() - started;
  };
  const product = dataset.nodes.find((n) => n.kind === 'PRODUCT')?.id as string;
  const source = { quote: '基准测试', section: 'bench' };
  const times: Record<string, number[]> = {
    createNode: [],
    createEdge: [],
    updateNode: [],
    read: [],
    readDuringEdits: [],
  };
  const read = '{ neighborhood(id: $id, depth: 1, limit: 200) { nodes { id } } }'.replace(
    '{ neighborhood',
    'query($id: ID!) { neighborhood',
  );
  for (let i = 0; i < count; i++) {
    const id = `enterprise:bench-${i}`;
    times.createNode?.push(
      await post('mutation($n: NodeInput!, $s: SourceInput!) { createNode(node: $n, source: $s) { id } }', {
        n: { id, kind: 'ENTERPRISE', name: `基准企业${i}`, nameEn: `Bench ${i}` },
        s: source,
      }),
    );
    times.createEdge?.push(
      await post('mutation($e: EdgeInput!, $s: SourceInput!) { createEdge(edge: $e, source: $s) { id } }', {
        e: { type: 'PRODUCES', source: id, target: product },
        s: source,
      }),
    );
    times.updateNode?.push(
      await post(
        'mutation($id: ID!, $p: NodePatch!, $s: SourceInput!) { updateNode(id: $id, version: 1, patch: $p, source: $s) { id } }',
        {
          id,
          p: { aliases: [`基准${i}`] },
          s: source,
        },
      ),
    );
    times.read?.push(await post(read, { id: product }, false));
  }
  // Reads while another client edits as fast as it can.
  let editing = true;
  const editor = (async () => {
    for (let i = 0; editing; i++)
      await post(
        'mutation($id: ID!, $v: Int!, $p: NodePatch!, $s: SourceInput!) { updateNode(id: $id, version: $v, patch: $p, source: $s) { id } }',
        {
          id: 'enterprise:bench-0',
          v: i + 2,
          p: { aliases: [`并发${i}`] },
          s: source,
        },
      );
  })();
  for (let i = 0; i < count; i++) times.readDuringEdits?.push(await post(read, { id: product }, false));
  editing = false;
  await editor;
  await server.close();
  t = performance.now();
  const again = await startServer({
    port: 0,
    logger: pino({ level: 'silent' }),
    config: { dataset: file, workspace, neo4j: null },
  });
  console.log(`restart from the workspace (with ${count * 3} changes): ${Math.round(performance.now() - t)} ms`);
  await again.close();
  for (const [name, xs] of Object.entries(times))
    console.log(
      `${name.padEnd(16)} p50 ${quantile(xs, 0.5).toFixed(1)} ms  p95 ${quantile(xs, 0.95).toFixed(1)} ms  (n=${xs.length})`,
    );
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));
