/**
 * The cross-check (bench/crosscheck.ts, `npm run crosscheck`) at size S against the real Neo4j:
 * every question of bench/answers.ts, over every query kind the GraphStore offers and its
 * refusals, answered identically by the memory store and by Neo4j. The comparison itself is
 * shown to notice a difference (two memory stores holding graphs one relationship apart).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareStores, formatCrosscheck } from '../../bench/crosscheck';
import type { Dataset } from '../../server/domain/model';
import { generateDataset } from '../../server/generator';
import { MemoryStore } from '../../server/store/memory';
import { Neo4jStore } from '../../server/store/neo4j';
import { neo4jConfig, requireNeo4jInCi } from './connection';

requireNeo4jInCi();

const GRAPH_STORE_QUERIES = [
  'overview',
  'clusters',
  'zones',
  'nodes',
  'node',
  'search',
  'between',
  'neighborCounts',
  'neighborhood',
  'supplyChain',
  'paths',
  'partners',
  'gaps',
  'subgraph',
  'dump',
];

describe.skipIf(!neo4jConfig)('crosscheck memory ↔ Neo4j at S', () => {
  let dataset: Dataset;
  const memory = new MemoryStore();
  const neo4j = neo4jConfig ? new Neo4jStore(neo4jConfig, { dropGraceMs: 0 }) : null;

  beforeAll(async () => {
    dataset = generateDataset('S', 3);
    await memory.load(dataset);
    await neo4j?.load(dataset);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([memory.close(), neo4j?.close()]);
  });

  it('answers every question of every query kind identically', async () => {
    const report = await compareStores(dataset, memory, neo4j!, { seed: 3, count: 30, size: 'S' });
    expect(report.kinds.map((k) => k.kind)).toEqual(expect.arrayContaining([...GRAPH_STORE_QUERIES, 'refusals']));
    for (const k of report.kinds) expect(k.asked, k.kind).toBeGreaterThan(0);
    expect(report.differences, formatCrosscheck(report)).toEqual([]);
  }, 300_000);

  it('notices when two stores answer differently', async () => {
    const other = new MemoryStore();
    // One INPUT_TO fewer: supply chains, paths, partners and gaps through it change.
    const dropped = dataset.edges.findIndex((e) => e.type === 'INPUT_TO');
    await other.load({ ...dataset, edges: dataset.edges.filter((_, i) => i !== dropped) });
    const report = await compareStores(dataset, memory, other, { seed: 3, count: 30 });
    expect(report.kinds.find((k) => k.kind === 'dump')?.differ).toBe(1);
    expect(report.kinds.find((k) => k.kind === 'overview')?.differ).toBe(1);
  });
});
