/**
 * Loading into Neo4j: a dump round-trips the canonical dataset, and a load that fails half-way
 * through its transaction (a dangling relationship, a constraint violation, an error thrown by
 * the importer) leaves the previous graph exactly as it was. Also checks that every registered
 * statement compiles on the server (EXPLAIN), like neo4j/graphql's TCK.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalDataset } from '../../server/dataset';
import { InvalidInputError } from '../../server/domain/errors';
import type { Dataset } from '../../server/domain/model';
import { Neo4jStore } from '../../server/store/neo4j';
import { Executor, type TxRun } from '../../server/store/neo4j/executor';
import { writeGraph } from '../../server/store/neo4j/import';
import { cypher, QUERY_NAMES } from '../../server/store/neo4j/queries';
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
  let store: Neo4jStore;
  let executor: Executor;
  let good: Dataset;

  beforeAll(async () => {
    store = new Neo4jStore(config);
    executor = new Executor(config);
    good = await mini();
    await store.load(good);
  });
  afterAll(async () => {
    await store.close();
    await executor.close();
  });

  it('dumps exactly the canonical dataset it loaded, byte for byte', async () => {
    expect(JSON.stringify(await store.dump())).toBe(JSON.stringify(expectedDump(good)));
    const h = await harbin();
    await store.load(h);
    expect(JSON.stringify(await store.dump())).toBe(JSON.stringify(expectedDump(h)));
    await store.load(good);
  });

  it('rolls back a load whose relationship names a missing node (MATCH finds nothing)', async () => {
    const [first] = good.edges;
    const bad: Dataset = {
      nodes: good.nodes.slice(0, 5),
      edges: [{ ...first!, id: 'dangling', target: 'product:gone' }],
    };
    await expect(executor.write((run) => writeGraph(run, bad))).rejects.toBeInstanceOf(InvalidInputError);
    expect(await store.dump()).toEqual(expectedDump(good));
  });

  it('rolls back a load that breaks the id constraint half-way', async () => {
    // Node writes MERGE on (label, id); the same id under a second kind label breaks the
    // uniqueness constraint on :Entity(id) after the first kind's batches are written.
    const last = good.nodes.at(-1)!;
    const clash = {
      ...last,
      kind: last.kind === 'ZONE' ? 'PRODUCT' : 'ZONE',
      zoneKind: 'DISTRICT',
      indicators: [],
    } as never;
    const twice: Dataset = { nodes: [...good.nodes, clash], edges: [] };
    await expect(executor.write((run) => writeGraph(run, twice))).rejects.toThrow();
    expect(await store.dump()).toEqual(expectedDump(good));
  });

  it('rolls back when the importer throws after some statements ran', async () => {
    let statements = 0;
    const failing =
      (run: TxRun): TxRun =>
      (name, params) => {
        if (++statements === 4) throw new Error('boom after three statements');
        return run(name, params);
      };
    await expect(executor.write((run) => writeGraph(failing(run), good))).rejects.toThrow('boom');
    expect(statements).toBe(4);
    expect(await store.dump()).toEqual(expectedDump(good));
  });

  it('refuses a dataset the memory store refuses too, before writing anything', async () => {
    const dangling: Dataset = { nodes: good.nodes, edges: [{ ...good.edges[0]!, target: 'product:gone' }] };
    await expect(store.load(dangling)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await store.dump()).toEqual(expectedDump(good));
  });

  it('compiles every registered statement on the server (EXPLAIN plans without running)', async () => {
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
    const session = driver.session({ database: config.database });
    try {
      for (const name of QUERY_NAMES) {
        await expect(session.run(`EXPLAIN ${cypher(name)}`), name).resolves.toBeDefined();
      }
    } finally {
      await session.close();
      await driver.close();
    }
  });
});
