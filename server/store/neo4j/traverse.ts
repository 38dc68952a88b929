/**
 * Neighbourhoods, supply chains, nearest nodes and breadth-first levels against Neo4j.
 *
 * A walk is one read: the walk statements (`queries/walk-*`, `queries/neighborhood`,
 * `queries/supply-chain`) match a variable-length pattern whose distinct end nodes with their
 * least depth Neo4j finds by a pruning breadth-first expand, so each node is visited once, at
 * its distance, as in the memory store. Levels are then sorted by id in TypeScript, which gives
 * the memory store's level order and ties. A neighbourhood and a supply chain are ONE round trip
 * each: ordered, cut and completed with the relationships among the kept nodes in Cypher, so
 * only the answer comes back, as tuples.
 */
import type { NodeKind, RelType } from '../../domain/model';
import * as args from '../args';
import { byId, compareStrings } from '../semantics/order';
import type { Direction, StoredNode, Subgraph } from '../types';
import type { Executor } from './executor';
import { WALK_BY_DIRECTION, WALK_MAX_DEPTH } from './queries';
import { type EdgeTuple, edgeTupleRow, type NodeTuple, nodeTupleRow, toEdge, toNode } from './rows';

export type Dir = 'out' | 'in' | 'both';
export interface Walk {
  types: readonly RelType[] | null;
  direction: Dir;
  /** Only nodes of this kind are reported (the walk still goes through every kind). */
  kind?: NodeKind | null;
}
export type Level = { id: string; kind: NodeKind | null }[];
/** Walks already done within one computation (the gap report repeats walks from the same cluster). */
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
  const key = JSON.stringify([start, walk.types, walk.direction, walk.kind ?? null]);
  const held = memo?.get(key);
  if (held && held.depth >= maxDepth) return (await held.levels).slice(0, maxDepth + 1);
  const found = walkLevels(db, start, walk, maxDepth);
  memo?.set(key, { depth: maxDepth, levels: found });
  return found;
}

async function walkLevels(db: Executor, start: string, walk: Walk, maxDepth: number): Promise<Level[]> {
  const out: Level[] = [[{ id: start, kind: null }]];
  if (maxDepth < 1) return out;
  if (maxDepth > WALK_MAX_DEPTH) throw new Error(`internal: no walk statement for ${maxDepth} hops`);
  const [row] = await db.read(WALK_BY_DIRECTION[walk.direction], {
    start,
    types: walk.types ? [...walk.types] : null,
    depth: maxDepth,
    kind: walk.kind ?? null,
  });
  const { ids = [], kinds = [], depths = [] } = row ?? {};
  const reached = ids.map((id, i) => ({ id, kind: kinds[i] ?? null, depth: depths[i] ?? 0 }));
  reached.sort((a, b) => a.depth - b.depth || compareStrings(a.id, b.id));
  for (const { id, kind, depth } of reached) {
    while (out.length <= depth) out.push([]);
    out[depth]?.push({ id, kind });
  }
  return out;
}

/** Nodes by id in the order asked for, repeats included, unknown ids left out (as in memory). */
export async function readNodes(db: Executor, ids: readonly string[]): Promise<StoredNode[]> {
  if (ids.length === 0) return [];
  const rows = await db.read('queries/nodes', { ids: [...new Set(ids)] });
  const found = new Map(rows.map((r) => [r.node.id, toNode(r.node)]));
  return ids.map((id) => found.get(id)).filter((n): n is StoredNode => n !== undefined);
}

/** The nodes given and every edge among them whose type is allowed; nodes and edges by id. */
export async function induced(
  db: Executor,
  ids: string[],
  relTypes: readonly RelType[] | null,
  total: number,
): Promise<Subgraph> {
  const keep = [...new Set(ids)];
  const [row] = await db.read('queries/induced', { ids: keep, types: relTypes ? [...relTypes] : null });
  return {
    nodes: (row?.nodes ?? []).map((t) => toNode(nodeTupleRow(t))).sort(byId),
    edges: (row?.edges ?? []).map((t) => toEdge(edgeTupleRow(t))).sort(byId),
    truncated: total > keep.length,
    total,
  };
}

/** The neighbourhood of `id`; NotFoundError when there is no such node (as `need` would throw). */
export async function neighborhood(
  db: Executor,
  id: string,
  a: { depth: number; kinds: NodeKind[] | null; relTypes: RelType[] | null; limit: number },
): Promise<Subgraph> {
  const [row] = await db.read('queries/neighborhood', {
    id,
    depth: a.depth,
    types: a.relTypes,
    kinds: a.kinds,
    room: a.limit - 1,
  });
  args.requireNode(row ? toNode(row.node) : null, 'id', id);
  if (!row) throw new Error('internal: requireNode let an unknown node through');
  return subgraphOf(row, row.total);
}

/** Tuples as a Subgraph: nodes and edges by id (the memory store's order). */
function subgraphOf(row: { nodes: NodeTuple[]; edges: EdgeTuple[] }, total: number): Subgraph {
  return {
    nodes: row.nodes.map((t) => toNode(nodeTupleRow(t))).sort(byId),
    edges: row.edges.map((t) => toEdge(edgeTupleRow(t))).sort(byId),
    truncated: total > row.nodes.length,
    total,
  };
}

/** Products reached along INPUT_TO (upstream: against it), their producers and the links among them. */
export async function supplyChain(db: Executor, productId: string, a: { direction: Direction; maxDepth: number }) {
  const [row] = await db.read('queries/supply-chain', {
    id: productId,
    up: a.direction !== 'DOWNSTREAM',
    down: a.direction !== 'UPSTREAM',
    maxDepth: a.maxDepth,
  });
  args.requireNode(row ? toNode(row.node) : null, 'productId', productId, 'PRODUCT');
  if (!row) throw new Error('internal: requireNode let an unknown node through');
  return subgraphOf(row, row.nodes.length);
}

/** Nodes of a kind within maxHops of `from` (any relationship, either way), with their distance. */
export async function nearest(db: Executor, from: string, kind: NodeKind, maxHops: number, memo?: WalkMemo) {
  const reached = await levels(db, from, { types: null, direction: 'both', kind }, maxHops, memo);
  return reached.flatMap((level, distance) => (distance === 0 ? [] : level.map((n) => ({ id: n.id, distance }))));
}
