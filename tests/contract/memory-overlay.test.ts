/**
 * The memory store's overlay of edits (the internal API issue 15 builds on) held to the whole
 * GraphStore contract: stores whose graphs were put together, in part or in full, through
 * `upsertNode` / `addEdge` (in a shuffled order, with elements removed and put back, and with a
 * compaction in between) must answer exactly as the contract pins.
 */
import { describe, expect, it } from 'vitest';
import { questions } from '../../bench/answers';
import { InvalidInputError, NotFoundError } from '../../server/domain/errors';
import type { Dataset } from '../../server/domain/model';
import { generateDataset, Random } from '../../server/generator';
import { MemoryStore } from '../../server/store/memory';
import { mini } from '../support/fixtures';
import { defineGraphStoreContract } from './graph-store.contract';

function shuffle<T>(rng: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** A memory store whose `load` builds `built` of the dataset and edits the rest in. */
class ThroughEdits extends MemoryStore {
  constructor(
    private readonly built: number,
    private readonly compactHalfway: boolean,
  ) {
    super();
  }

  override async load(d: Dataset): Promise<void> {
    // Refused before anything changes, as a real load refuses it.
    const home = d.meta?.homeZoneId;
    if (home !== undefined && !d.nodes.some((n) => n.id === home && n.kind === 'ZONE'))
      throw new InvalidInputError(`meta.homeZoneId names no zone: ${String(home)}`, 'homeZoneId');
    const rng = new Random(7);
    const nodes = shuffle(rng, [...d.nodes]);
    const first = new Set(nodes.slice(0, Math.floor(nodes.length * this.built)).map((n) => n.id));
    const builtEdges = d.edges.filter((e) => first.has(e.source) && first.has(e.target));
    await super.load({ nodes: d.nodes.filter((n) => first.has(n.id)), edges: builtEdges });
    const rest = nodes.filter((n) => !first.has(n.id));
    for (const node of rest.slice(0, rest.length >> 1)) this.upsertNode(node);
    if (this.compactHalfway) this.compact();
    for (const node of rest.slice(rest.length >> 1)) this.upsertNode(node);
    const edited = new Set(builtEdges.map((e) => e.id));
    for (const edge of shuffle(
      rng,
      d.edges.filter((e) => !edited.has(e.id)),
    ))
      this.addEdge(edge);
    // Some built edges and nodes go and come back: rows rewritten, numbers reused.
    for (const edge of builtEdges.filter((_, i) => i % 5 === 0)) {
      this.removeEdge(edge.id);
      this.addEdge(edge);
    }
    for (const node of d.nodes.filter((n, i) => first.has(n.id) && i % 4 === 0)) {
      const removed = new Set(this.removeNode(node.id));
      this.upsertNode(node);
      for (const edge of d.edges) if (removed.has(edge.id)) this.addEdge(edge);
    }
    if (typeof home === 'string') this.setHomeZoneId(home);
  }
}

defineGraphStoreContract('memory, every element edited in', async () => new ThroughEdits(0, false));
defineGraphStoreContract(
  'memory, half built and half edited in, compacted between',
  async () => new ThroughEdits(0.5, true),
);

/** Every answer, JSON with keys sorted (objects built through edits may order their keys otherwise). */
async function answers(store: MemoryStore, d: Dataset): Promise<string[]> {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
          )
        : v;
  const out: string[] = [];
  for (const [kind, args, ask] of questions(d, 3, 40)) {
    const answer = await ask(store).then(
      (a) => JSON.stringify(sorted(a)),
      (e: Error) => `${e.name}: ${e.message}`,
    );
    out.push(`${kind} ${JSON.stringify(args)} ${answer}`);
  }
  return out;
}

describe('the overlay answers every query as a graph built from the same data', () => {
  const d = generateDataset('S', 3);

  it('after every element is edited in, some removed and put back, with a compaction between', async () => {
    const edited = new ThroughEdits(0.3, true);
    await edited.load(d);
    expect(edited.overlayStats().addedEdges).toBeGreaterThan(100);
    expect(await answers(edited, d)).toEqual(await answers(new MemoryStore(d), d));
  });

  it('after edits that change the graph: nodes removed and renamed, relationships removed', async () => {
    const store = new MemoryStore(d);
    const rng = new Random(5);
    const products = d.nodes.filter((n) => n.kind === 'PRODUCT');
    const enterprises = d.nodes.filter((n) => n.kind === 'ENTERPRISE');
    for (let i = 0; i < 15; i++) {
      const id = rng.pick(enterprises).id;
      if ((await store.node(id)) !== null) store.removeNode(id);
    }
    for (const p of products.slice(0, 10)) store.upsertNode({ ...p, name: `${p.name}改`, aliases: ['新别名'] });
    const dumped = await store.dump();
    for (const e of dumped.edges.filter((_, i) => i % 7 === 0)) store.removeEdge(e.id);
    const content = await store.dump();
    expect(content.nodes.length).toBeLessThan(d.nodes.length);
    const rebuilt = new MemoryStore(content);
    expect(await answers(store, content)).toEqual(await answers(rebuilt, content));
    store.compact();
    expect(store.overlayStats()).toEqual({ nodes: 0, addedEdges: 0, removedEdges: 0, garbage: 0 });
    expect(await answers(store, content)).toEqual(await answers(rebuilt, content));
  });
});

describe('the edit API', () => {
  const src = [{ quote: 'q', section: 's', stated: true }];
  const fresh = async () => new MemoryStore(await mini());

  it('refuses what a dataset could not hold, with typed errors, and then changes nothing', async () => {
    const store = await fresh();
    const token = store.cacheToken();
    const before = await store.dump();
    expect(() => store.upsertNode({ id: 'product:x', kind: 'PRODUCT', nameEn: 'X', sources: src })).toThrow(
      InvalidInputError,
    );
    expect(() => store.upsertNode({ id: 'zone:x', kind: 'PRODUCT', name: '某', nameEn: 'X', sources: src })).toThrow(
      InvalidInputError,
    );
    const edge = { type: 'INPUT_TO' as const, source: 'product:a', target: 'product:b', sources: src };
    expect(() => store.addEdge(edge)).toThrow(InvalidInputError); // a second INPUT_TO a → b
    expect(() => store.addEdge({ ...edge, target: 'product:ghost' })).toThrow(InvalidInputError);
    expect(() => store.addEdge({ ...edge, target: 'product:a' })).toThrow(InvalidInputError);
    expect(() => store.addEdge({ ...edge, type: 'PRODUCES' })).toThrow(InvalidInputError); // PRODUCT cannot produce
    expect(() => store.addEdge({ ...edge, target: 'product:c', id: 'product:a-[INPUT_TO]->product:b' })).toThrow(
      InvalidInputError,
    );
    // A product with INPUT_TO relationships cannot become an enterprise.
    const b = (await mini()).nodes.find((n) => n.id === 'product:b');
    expect(() => store.upsertNode({ ...b, id: 'product:b', kind: 'ENTERPRISE' })).toThrow(InvalidInputError);
    expect(() => store.removeEdge('product:a-[INPUT_TO]->product:nope')).toThrow(NotFoundError);
    expect(() => store.removeNode('product:nope')).toThrow(NotFoundError);
    expect(store.cacheToken()).toBe(token);
    expect(await store.dump()).toEqual(before);
  });

  it('applies edits at once: queries, degrees, search and the cache token see them', async () => {
    const store = await fresh();
    const token = store.cacheToken();
    store.upsertNode({ id: 'product:new', kind: 'PRODUCT', name: '新零件', nameEn: 'New part', sources: src });
    expect(store.cacheToken()).not.toBe(token);
    const added = store.addEdge({ type: 'INPUT_TO', source: 'product:new', target: 'product:d', sources: src });
    expect(added).toMatchObject({ id: 'product:new-[INPUT_TO]->product:d', status: 'EXISTING' });
    expect((await store.node('product:d'))?.degree).toBe(
      ((await new MemoryStore(await mini()).node('product:d'))?.degree ?? 0) + 1,
    );
    expect((await store.search('新零件')).map((n) => n.id)).toEqual(['product:new']);
    expect((await store.supplyChain('product:d', { direction: 'UPSTREAM' })).nodes.map((n) => n.id)).toContain(
      'product:new',
    );
    expect(store.removeNode('product:new')).toEqual(['product:new-[INPUT_TO]->product:d']);
    expect(await store.search('新零件')).toEqual([]);
    expect(store.overlayStats()).toMatchObject({ nodes: 1, addedEdges: 1, removedEdges: 1 });
    store.compact();
    expect(await store.dump()).toEqual(await new MemoryStore(await mini()).dump());
  });
});
