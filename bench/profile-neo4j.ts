/**
 * `npx tsx bench/profile-neo4j.ts [--size S|M|L] [--seed n]`
 *
 * PROFILEs each Neo4j query kind once, with the bench workload's first arguments, against the
 * graph the database holds (load it first: `npm run bench -- --size L --store neo4j` leaves
 * that size's graph loaded), and prints the db hits and rows of each plan with its most
 * expensive operators. The figures in docs/neo4j.md come from here. Reads only.
 */

import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { readConfig } from '../server/config';
import { generateDataset, SIZES, type Size } from '../server/generator';
import { cypher, type QueryName } from '../server/store/neo4j/queries';
import { searchNeedles } from '../server/store/semantics/search';
import { buildWorkload } from './workload';

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

function flatten(p: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(p);
  for (const c of p.children) flatten(c, out);
  return out;
}

/** Integral numbers as Cypher integers (as the executor sends them). */
function params(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(params);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, params(v)]));
  return value;
}

async function main() {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: 'L' }, seed: { type: 'string', default: '1' } },
  });
  const size = values.size.toUpperCase();
  if (!(size in SIZES)) throw new Error(`--size is one of ${Object.keys(SIZES).join(', ')}`);
  const config = readConfig().neo4j;
  if (!config) throw new Error('NEO4J_URI is not set');
  const d = generateDataset(size as Size, Number(values.seed));
  const w = buildWorkload(d, Number(values.seed));
  const [id = '', product = '', [from, to] = ['', '']] = [w.nodes[0], w.products[0], w.pairs[0]];
  const cases: [string, QueryName, Record<string, unknown>][] = [
    ['node', 'queries/node', { id }],
    ['search', 'queries/search', { needles: searchNeedles(w.searches[1] ?? ''), kinds: null, first: 20 }],
    ['neighborhood depth 1', 'queries/neighborhood', { id, depth: 1, types: null, kinds: null, room: 499 }],
    ['neighborhood depth 2', 'queries/neighborhood', { id, depth: 2, types: null, kinds: null, room: 499 }],
    ['supplyChain', 'queries/supply-chain', { id: product, up: true, down: true, maxDepth: 4 }],
    ['partners', 'queries/partners', { ids: [product] }],
    ['paths: bounds', 'queries/paths-bounds-both', { from, to, types: null, fromDepth: 2, toDepth: 2 }],
    ['neighborCounts', 'queries/neighbor-counts', { id }],
    ['overview', 'queries/overview', {}],
    ['gap facts', 'queries/gap-facts', {}],
  ];
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
  try {
    process.stdout.write(`PROFILE at ${size} (${d.nodes.length} nodes, ${d.edges.length} relationships)\n`);
    for (const [kind, name, p] of cases) {
      const r = await session.run(`PROFILE ${cypher(name)}`, params(p) as Record<string, unknown>);
      const ops = flatten(r.summary.profile as unknown as PlanNode);
      const hits = ops.reduce((s, o) => s + Number(o.dbHits), 0);
      const top = [...ops]
        .sort((a, b) => Number(b.dbHits) - Number(a.dbHits))
        .slice(0, 3)
        .map((o) => `${o.operatorType.replace(/@neo4j$/, '')} ${Number(o.dbHits)}`)
        .join(', ');
      process.stdout.write(
        `${kind.padEnd(22)} ${String(hits).padStart(9)} db hits  ${String(r.records.length).padStart(4)} rows  (${top})\n`,
      );
    }
  } finally {
    await session.close();
    await driver.close();
  }
}

main().catch((e) => {
  process.stderr.write(`profile failed: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
