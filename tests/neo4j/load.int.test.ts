/**
 * Loading into Neo4j by generations (docs/neo4j.md): a dump round-trips the canonical dataset;
 * a reader sees the previous graph, whole, while a load writes the next one batch by batch and
 * until its switch; a load that fails part-way (a dangling relationship, a constraint violation,
 * an error thrown between batches) leaves the previous graph answering and nothing of itself
 * behind; a killed load's leftovers and the older generations are dropped. Also checks that
 * every registered statement compiles on the server (EXPLAIN), like neo4j/graphql's TCK.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalDataset } from '../../server/dataset';
import { InvalidInputError } from '../../server/domain/errors';
import type { Dataset } from '../../server/domain/model';
import { Neo4jStore } from '../../server/store/neo4j';
import { Executor } from '../../server/store/neo4j/executor';
import { type LoadHooks, loadGeneration } from '../../server/store/neo4j/import';
import { cypher, QUERY_NAMES } from '../../server/store/neo4j/queries';
import { nodeProperties } from '../../server/store/neo4j/rows';
import { harbin, mini } from '../support/fixtures';
import { neo4jConfig, requireNeo4jInCi } from './connection';

requireNeo4jInCi();

/** The dataset as dump() must return it: canonical fields, nodes and edges by id, no meta. */
function expectedDump(d: Dataset): Dataset {
  const c = canonicalDataset(d);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...c.nodes].sort(byId), edges: [...c.edges].sort(byId) };
}

describe.skipIf(!neo4jConfig)('Neo4j load', () => {
  const config = neo4jConfig!;
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
  });
  let store: Neo4jStore;
  let executor: Executor;
  let good: Dataset;

  /** The generations present in the database, and the one the version node names. */
  async function generations(): Promise<{ present: number[]; current: number }> {
    const session = driver.session({ database: config.database });
    try {
      const present = await session.run('MATCH (n:Entity) RETURN DISTINCT n.gen AS gen ORDER BY gen');
      const current = await session.run("MATCH (v:GraphVersion {key: 'graph'}) RETURN v.gen AS gen");
      return { present: present.records.map((r) => r.get('gen')), current: current.records[0]?.get('gen') };
    } finally {
      await session.close();
    }
  }

  /** A load through a store of its own whose close waits for the drop of the older generations. */
  async function loadAndSettle(d: Dataset, hooks: LoadHooks = {}): Promise<void> {
    const loader = new Neo4jStore(config, { dropGraceMs: 0, loadHooks: hooks });
    try {
      await loader.load(d);
    } finally {
      await loader.close();
    }
  }

  beforeAll(async () => {
    store = new Neo4jStore(config, { dropGraceMs: 0 });
    executor = new Executor(config);
    good = await mini();
    await loadAndSettle(good);
  });
  afterAll(async () => {
    await store.close();
    await executor.close();
    await driver.close();
  });

  it('dumps exactly the canonical dataset it loaded, byte for byte', async () => {
    expect(JSON.stringify(await store.dump())).toBe(JSON.stringify(expectedDump(good)));
    const h = await harbin();
    await loadAndSettle(h);
    expect(JSON.stringify(await store.dump())).toBe(JSON.stringify(expectedDump(h)));
    await loadAndSettle(good);
  });

  it('answers from the previous graph, whole, while the next one is written and until the switch', async () => {
    const h = await harbin();
    const before = { dump: await store.dump(), overview: await store.overview(), search: await store.search('哈') };
    const seen: string[] = [];
    const oldAnswers = async (when: string) => {
      seen.push(when);
      expect(await store.dump(), when).toEqual(before.dump);
      expect(await store.overview(), when).toEqual(before.overview);
      expect(await store.search('哈'), when).toEqual(before.search);
    };
    // Batches of 40 nodes and 60 relationships: the Harbin graph goes in as many transactions.
    await loadAndSettle(h, {
      nodeBatch: 40,
      relBatch: 60,
      beforeBatch: ({ batch, kind }) => (batch % 3 === 1 ? oldAnswers(`before batch ${batch} (${kind})`) : undefined),
      beforeSwitch: () => oldAnswers('before the switch'),
    });
    expect(seen.length).toBeGreaterThan(5);
    expect(seen).toContain('before the switch');
    expect(await store.dump()).toEqual(expectedDump(h));
    await loadAndSettle(good);
    expect(await store.dump()).toEqual(expectedDump(good));
  });

  it('drops the older generations after the switch, and keeps only the current one', async () => {
    const { current: was } = await generations();
    await loadAndSettle(good);
    const after = await generations();
    expect(after.current).toBeGreaterThan(was);
    expect(after.present).toEqual([after.current]);
  });

  it('keeps the previous graph when a relationship names a missing node (and drops what it wrote)', async () => {
    const { current } = await generations();
    const [first] = good.edges;
    // loadGeneration directly: store.load would refuse this dataset before writing anything.
    const bad: Dataset = { nodes: good.nodes, edges: [...good.edges.slice(1), { ...first!, target: 'product:gone' }] };
    await expect(loadGeneration(executor, bad, { relBatch: 5 })).rejects.toBeInstanceOf(InvalidInputError);
    expect(await store.dump()).toEqual(expectedDump(good));
    expect(await generations()).toEqual({ present: [current], current });
  });

  it('keeps the previous graph when the id constraint breaks half-way', async () => {
    const { current } = await generations();
    // The same id under a second kind: the (gen, id) uniqueness constraint refuses the second kind's batch.
    const last = good.nodes.at(-1)!;
    const clash = {
      ...last,
      kind: last.kind === 'ZONE' ? 'PRODUCT' : 'ZONE',
      zoneKind: 'DISTRICT',
      indicators: [],
    } as never;
    await expect(loadGeneration(executor, { nodes: [...good.nodes, clash], edges: good.edges })).rejects.toThrow();
    expect(await store.dump()).toEqual(expectedDump(good));
    expect(await generations()).toEqual({ present: [current], current });
  });

  it('keeps the previous graph when the load fails between batches', async () => {
    const { current } = await generations();
    const h = await harbin();
    const failing = new Neo4jStore(config, {
      dropGraceMs: 0,
      loadHooks: {
        nodeBatch: 50,
        relBatch: 50,
        beforeBatch: ({ batch }) => {
          if (batch === 7) throw new Error('boom after seven batches');
        },
      },
    });
    try {
      await expect(failing.load(h)).rejects.toThrow('boom');
    } finally {
      await failing.close();
    }
    expect(await store.dump()).toEqual(expectedDump(good));
    expect(await generations()).toEqual({ present: [current], current });
  });

  it("drops a killed load's leftovers with the next load's older generations", async () => {
    // A load killed after its claim and one batch: its generation is written in part, never switched.
    const [claim] = await executor.writeOne('import/claim', {});
    const gen = claim!.gen;
    const rows = good.nodes.slice(0, 4).map((n) => ({ ...nodeProperties(n), gen }));
    await executor.writeOne('import/nodes-enterprise', { gen, rows });
    expect((await generations()).present).toContain(gen);
    expect(await store.dump()).toEqual(expectedDump(good));
    await loadAndSettle(good);
    const after = await generations();
    expect(after.current).toBeGreaterThan(gen);
    expect(after.present).toEqual([after.current]);
  });

  it('refuses a dataset the memory store refuses too, before writing anything', async () => {
    const { current } = await generations();
    const dangling: Dataset = { nodes: good.nodes, edges: [{ ...good.edges[0]!, target: 'product:gone' }] };
    await expect(store.load(dangling)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await store.dump()).toEqual(expectedDump(good));
    expect(await generations()).toEqual({ present: [current], current });
  });

  it('edits only the current generation while an older one is present; the next switch clears their audit trail', async () => {
    // Two generations present: loadGeneration switches but does not drop the one before.
    await loadAndSettle(good);
    await loadGeneration(executor, good);
    const { present, current } = await generations();
    expect(present.length).toBe(2);
    const source = { quote: '改名', document: '简报', section: '一' };
    const version = await store.versionOf({ id: 'product:a' });
    await store.applyChanges(
      [
        { action: 'UPDATE_NODE', id: 'product:a', version, patch: { name: '代际改名' } },
        { action: 'CREATE_NODE', node: { kind: 'PRODUCT', name: '代际新品', nameEn: 'Gen Product' } },
        { action: 'CREATE_EDGE', edge: { type: 'INPUT_TO', source: 'product:gen-product', target: 'product:a' } },
      ],
      source,
      'alice',
    );
    expect((await store.node('product:a'))?.name).toBe('代际改名');
    expect((await store.changes({})).length).toBe(3);
    const session = driver.session({ database: config.database });
    try {
      const names = await session.run(
        "MATCH (n:Entity {id: 'product:a'}) RETURN n.gen AS gen, n.name AS name ORDER BY gen",
      );
      const old = good.nodes.find((n) => n.id === 'product:a')?.name;
      expect(names.records.map((r) => [r.get('gen'), r.get('name')])).toEqual([
        [present[0], old],
        [current, '代际改名'],
      ]);
      const made = await session.run(
        "MATCH (n:Entity {id: 'product:gen-product'})-[:INPUT_TO]->(m:Entity {id: 'product:a'}) RETURN n.gen AS a, m.gen AS b",
      );
      expect(made.records.map((r) => [r.get('a'), r.get('b')])).toEqual([[current, current]]);
    } finally {
      await session.close();
    }
    await loadAndSettle(good);
    expect(await store.dump()).toEqual(expectedDump(good));
    expect(await store.changes({})).toEqual([]);
  });

  it('compiles every registered statement on the server (EXPLAIN plans without running)', async () => {
    const session = driver.session({ database: config.database });
    try {
      for (const name of QUERY_NAMES) {
        await expect(session.run(`EXPLAIN ${cypher(name)}`), name).resolves.toBeDefined();
      }
    } finally {
      await session.close();
    }
  });
});
