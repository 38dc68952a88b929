/**
 * Neighbourhoods, supply chains, nearest nodes and k paths against Neo4j.
 *
 * Breadth-first walks run one parameterised query per level (`queries/expand`), bounded by the
 * depth caps (≤ 6 levels), and sort each level in TypeScript: that reproduces the memory store's
 * level order, ties and truncation exactly, which one variable-length match cannot promise
 * (and is cheaper than Neo4j's SHORTEST on these graphs, measured).
 */
import type { NodeKind, RelType } from '../../domain/model';
import { byId, compareStrings } from '../semantics/order';
import type { Direction, Subgraph } from '../types';
import type { Executor } from './executor';
import { toEdge, toNode } from './rows';

export type Dir = 'out' | 'in' | 'both';
export interface Walk {
  types: readonly RelType[] | null;
  direction: Dir;
  kinds?: readonly NodeKind[] | null;
}
export type Level = { id: string; kind: NodeKind | null }[];
/** Walks already done within one request (gaps() repeats walks from the same cluster). */
export type WalkMemo = Map<string, { depth: number; levels: Promise<Level[]> }>;

/**
 * Levels of a breadth-first walk from `start`: levels[d] holds the nodes first reached at depth
 * d, by id (levels[0] is the start). A memoised deeper walk answers a shallower one.
 */
export async function levels(
  db: Executor,
  start: string,
  walk: Walk,
  maxDepth: number,
  memo?: WalkMemo,
): Promise<Level[]> {
  const key = JSON.stringify([start, walk.types, walk.direction, walk.kinds ?? null]);
  const held = memo?.get(key);
  if (held && held.depth >= maxDepth) return (await held.levels).slice(0, maxDepth + 1);
  const found = walkLevels(db, start, walk, maxDepth);
  memo?.set(key, { depth: maxDepth, levels: found });
  return found;
}

async function walkLevels(db: Executor, start: string, walk: Walk, maxDepth: number): Promise<Level[]> {
  const out: Level[] = [[{ id: start, kind: null }]];
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < maxDepth && frontier.length > 0; d++) {
    const rows = await db.read('queries/expand', {
      frontier,
      types: walk.types ? [...walk.types] : null,
      direction: walk.direction,
      kinds: walk.kinds ? [...walk.kinds] : null,
      exclude: [...seen],
    });
    const level = rows.sort((a, b) => compareStrings(a.id, b.id));
    frontier = level.map((r) => r.id);
    for (const id of frontier) seen.add(id);
    if (level.length > 0) out.push(level);
  }
  return out;
}

const reachedIds = (list: Level[]) => list.flatMap((level) => level.map((n) => n.id));

/** The nodes given and every edge among them whose type is allowed; nodes and edges by id. */
export async function induced(
  db: Executor,
  ids: string[],
  relTypes: readonly RelType[] | null,
  total: number,
): Promise<Subgraph> {
  const keep = [...new Set(ids)];
  const [nodeRows, edgeRows] = await Promise.all([
    db.read('queries/nodes', { ids: keep }),
    db.read('queries/induced-edges', { ids: keep, types: relTypes ? [...relTypes] : null }),
  ]);
  return {
    nodes: nodeRows.map((r) => toNode(r.node)).sort(byId),
    edges: edgeRows.map((r) => toEdge(r.edge)).sort(byId),
    truncated: total > keep.length,
    total,
  };
}

export async function neighborhood(
  db: Executor,
  id: string,
  a: { depth: number; kinds: NodeKind[] | null; relTypes: RelType[] | null; limit: number },
): Promise<Subgraph> {
  const reached = reachedIds(await levels(db, id, { types: a.relTypes, direction: 'both', kinds: a.kinds }, a.depth));
  return induced(db, reached.slice(0, a.limit), a.relTypes, reached.length);
}

/** Products reached along INPUT_TO (upstream: against it), their producers and the links among them. */
export async function supplyChain(db: Executor, productId: string, a: { direction: Direction; maxDepth: number }) {
  const products = new Set([productId]);
  const walk = async (direction: 'in' | 'out') => {
    for (const p of reachedIds(await levels(db, productId, { types: ['INPUT_TO'], direction }, a.maxDepth)))
      products.add(p);
  };
  if (a.direction !== 'DOWNSTREAM') await walk('in');
  if (a.direction !== 'UPSTREAM') await walk('out');
  const producers = await db.read('queries/producers', { ids: [...products] });
  const enterprises = new Set(producers.map((r) => r.id));
  const ids = [...products, ...enterprises];
  return induced(db, ids, ['INPUT_TO', 'PRODUCES', 'SUPPLIES'], ids.length);
}

/** Nodes of a kind within maxHops of `from` (any relationship, either way), with their distance. */
export async function nearest(db: Executor, from: string, kind: NodeKind, maxHops: number, memo?: WalkMemo) {
  const reached = await levels(db, from, { types: null, direction: 'both' }, maxHops, memo);
  return reached.flatMap((level, distance) =>
    distance === 0 ? [] : level.filter((n) => n.kind === kind).map((n) => ({ id: n.id, distance })),
  );
}
