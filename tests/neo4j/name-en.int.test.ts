/**
 * Optional English names on Neo4j (issue 14): nodes without `nameEn` (as registry imports make
 * them) load, dump back without one, and the API answers their pinyin with `nameEnStated: false`,
 * as on the memory store; the gap report's English explanations use the same fallback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalDataset } from '../../server/dataset';
import type { Dataset, GraphNode } from '../../server/domain/model';
import type { RunningServer } from '../../server/http/server';
import { MemoryStore } from '../../server/store/memory';
import { Neo4jStore } from '../../server/store/neo4j';
import { mini } from '../support/fixtures';
import { gql, testServer } from '../support/http';
import { neo4jConfig, requireNeo4jInCi } from './connection';

requireNeo4jInCi();

const QUERY = `query($ids: [ID!]!) { nodes(ids: $ids) { id name nameEn nameEnStated } gaps { explanationEn } }`;

describe.skipIf(!neo4jConfig)('English names on Neo4j', () => {
  let store: Neo4jStore;
  let server: RunningServer;
  let memory: RunningServer;
  let dataset: Dataset;
  let unnamed: GraphNode[];

  beforeAll(async () => {
    const base = canonicalDataset(await mini());
    // Every product loses its English name, as a registry import's nodes have none.
    const nodes = base.nodes.map((n) => (n.kind === 'PRODUCT' ? { ...n, nameEn: undefined } : n));
    dataset = { ...base, nodes };
    unnamed = nodes.filter((n) => n.kind === 'PRODUCT');
    store = new Neo4jStore(neo4jConfig!);
    await store.load(dataset);
    server = await testServer({ store, config: { neo4j: neo4jConfig } });
    const mem = new MemoryStore();
    await mem.load(dataset);
    memory = await testServer({ store: mem });
  });
  afterAll(async () => {
    await server?.close();
    await memory?.close();
    await store?.close();
  });

  it('loads nodes without an English name and dumps them back without one', async () => {
    const dumped = await store.dump();
    for (const n of unnamed) expect(dumped.nodes.find((d) => d.id === n.id)?.nameEn, n.id).toBeUndefined();
  });

  it('answers the pinyin, says it is not stated, and explains gaps with it, as the memory store does', async () => {
    const ids = unnamed.slice(0, 4).map((n) => n.id);
    const neo = await gql(server.url, QUERY, { ids });
    const mem = await gql(memory.url, QUERY, { ids });
    expect(neo.body.errors).toBeUndefined();
    expect(neo.body.data).toEqual(mem.body.data);
    const first = neo.body.data?.nodes[0];
    expect(first).toEqual({ id: ids[0], name: '甲材料', nameEn: 'Jia Cai Liao', nameEnStated: false });
    const gaps: { explanationEn: string }[] = neo.body.data?.gaps ?? [];
    expect(gaps.length).toBeGreaterThan(0);
    const explanations = gaps.map((g) => g.explanationEn).join('\n');
    expect(explanations).not.toContain('undefined');
  });
});
