/**
 * The pieces that keep a large answer from holding the event loop, against the real schema and
 * store: the answer-size estimate stays near what is then sent; a paced execution gives the
 * same answer while letting other work run between its slices; the sliced serialiser writes
 * exactly what JSON.stringify writes.
 */
import fc from 'fast-check';
import { execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Q } from '../../client/src/lib/queries';
import { generateDataset } from '../../server/generator';
import { estimateFor, GraphSizeCache } from '../../server/graphql/budget';
import { PreparedOperations } from '../../server/graphql/operations';
import { Pace } from '../../server/graphql/pace';
import { requestStore } from '../../server/graphql/request-store';
import { protection } from '../../server/graphql/rules';
import { executableSchema } from '../../server/graphql/schema';
import { jsonParts } from '../../server/http/json-writer';
import { MemoryStore } from '../../server/store/memory';
import { harbin, mini } from '../support/fixtures';

const schema = executableSchema();
const operations = new PreparedOperations(schema, protection(false).validationRules);

async function estimateAndRun(store: MemoryStore, query: string, variables: Record<string, unknown> = {}) {
  const prepared = operations.get(query, undefined);
  if (!prepared) throw new Error(`does not prepare: ${query.slice(0, 80)}`);
  const coerced = operations.coerce(prepared, variables) as Record<string, unknown>;
  const sizes = await new GraphSizeCache().sizes(store, store.cacheToken());
  const estimate = await estimateFor(schema, prepared, coerced, requestStore(store), sizes);
  const result = await prepared.run({ store }, variables);
  return { estimate, result, bytes: Buffer.byteLength(JSON.stringify(result)) };
}

describe('the answer-size estimate', () => {
  // Data-sized answers (the gap report, a supply chain, whole subgraphs) are estimated from the
  // data's own counts; arguments only bound the others (a `limit` of 500 is an upper bound).
  const dataSized: [string, string, Record<string, unknown>][] = [
    ['gap report', Q.gaps, {}],
    ['subgraph', Q.subgraph, { limit: 20_000 }],
    ['clusters and zones', Q.subgraph, { kinds: ['CLUSTER', 'ZONE'] }],
    ['nodes', Q.nodes, { ids: ['product:minicar', 'cluster:auto', 'zone:haping-road'] }],
  ];

  it.each(dataSized)(
    'on the Harbin data, the %s is estimated at no less than it is and under 3× it',
    async (_n, q, v) => {
      const { estimate, bytes } = await estimateAndRun(new MemoryStore(await harbin()), q, v);
      expect(estimate.bytes).toBeGreaterThanOrEqual(bytes * 0.9);
      expect(estimate.bytes).toBeLessThan(bytes * 3);
    },
  );

  it('on a generated graph, the gap report and the whole graph stay within 3× of what they are', async () => {
    const store = new MemoryStore(generateDataset('S', 2));
    for (const [q, v] of [
      [Q.gaps, {}],
      [Q.subgraph, { limit: 20_000 }],
    ] as const) {
      const { estimate, bytes } = await estimateAndRun(store, q, v);
      expect(estimate.bytes).toBeGreaterThanOrEqual(bytes * 0.9);
      expect(estimate.bytes).toBeLessThan(bytes * 3);
    }
  });

  it('names the root fields by size, largest first', async () => {
    const store = new MemoryStore(await mini());
    const { estimate } = await estimateAndRun(
      store,
      '{ small: node(id: "product:a") { id } big: gaps { id explanation } }',
    );
    expect(estimate.fields.map((f) => f.key)).toEqual(['big', 'small']);
  });
});

describe('paced execution', () => {
  it('gives the same answer as unpaced execution, letting other work run between its slices', async () => {
    const store = new MemoryStore(await harbin());
    const document = parse(Q.subgraph);
    const plain = await execute({ schema, document, contextValue: { store }, variableValues: { limit: 20_000 } });
    let ranBetween = 0;
    let ticker: NodeJS.Immediate | undefined;
    const tick = () => {
      ranBetween++;
      ticker = setImmediate(tick);
    };
    ticker = setImmediate(tick);
    // 64 KB an element: a slice per turn is a few elements.
    const pace = new Pace(new Map(), 64 * 1024);
    const paced = await execute({
      schema,
      document,
      contextValue: { store, pace },
      variableValues: { limit: 20_000 },
    });
    clearImmediate(ticker);
    expect(paced).toEqual(plain);
    // 221 nodes and 403 edges at 6 a turn: some hundred turns, each letting the ticker run.
    expect(ranBetween).toBeGreaterThan(50);
  });
});

describe('sliced serialisation', () => {
  it('writes what JSON.stringify writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parts = jsonParts({ data: value });
        const text = parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join('');
        expect(text).toBe(JSON.stringify({ data: value }));
      }),
      { numRuns: 500 },
    );
  });

  it('skips undefined members and writes null for undefined elements, as JSON.stringify does', () => {
    const value = { errors: undefined, data: { a: [1, undefined, { b: undefined, c: 2 }], d: 'x' } };
    const text = jsonParts(value)
      .map((p) => (typeof p === 'string' ? p : JSON.stringify(p)))
      .join('');
    expect(text).toBe(JSON.stringify(value));
  });
});
