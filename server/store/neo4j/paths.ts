/**
 * k shortest simple paths against Neo4j, in the memory store's order: shortest first, then by
 * node-id sequence, then by edge-id sequence, one length at a time.
 *
 * Two breadth-first walks meet in the middle (from `from` forwards, from `to` backwards, each
 * half of maxHops deep, both in one read that returns only the nodes whose bounds matter) and
 * give, for every such node, the positions it can hold on a path of a given length; the
 * fixed-length query checks each position against its layer, so Neo4j expands only through
 * nodes that can lie on an answer (hubs included).
 */
import { lensRule } from '../semantics/lens';
import type { Lens, Path } from '../types';
import type { Executor } from './executor';
import { PATHS_BY_LENGTH } from './queries';
import { toEdge, toNode } from './rows';

export async function kPaths(
  db: Executor,
  from: string,
  to: string,
  a: { lens: Lens; maxHops: number; first: number; maxDegree: number | null },
): Promise<Path[]> {
  const rule = lensRule(a.lens);
  // Distances are exact up to each walk's depth; beyond it only a lower bound (depth + 1) is known.
  const fromDepth = Math.ceil(a.maxHops / 2);
  const toDepth = a.maxHops - fromDepth;
  const [row] = await db.read(rule.directed ? 'queries/paths-bounds-directed' : 'queries/paths-bounds-both', {
    from,
    to,
    types: rule.types ? [...rule.types] : null,
    fromDepth,
    toDepth,
  });
  const fromSource = new Map<string, number>([[from, 0]]);
  const toTarget = new Map<string, number>([[to, 0]]);
  for (const [id, df, dt] of row?.bounds ?? []) {
    if (df !== null) fromSource.set(id, df);
    if (dt !== null) toTarget.set(id, dt);
  }
  // Every path of length ≤ maxHops has a node both walks reached; the shortest is the least sum.
  let shortest = Number.POSITIVE_INFINITY;
  for (const [id, df] of fromSource) shortest = Math.min(shortest, df + (toTarget.get(id) ?? Number.POSITIVE_INFINITY));
  if (shortest > a.maxHops) return [];
  const hubs =
    a.maxDegree === null
      ? new Set<string>()
      : await hubsAmong(db, [...fromSource.keys(), ...toTarget.keys()], a.maxDegree);
  // Hubs the user asked to leave out are never a stop on the way (the ends are exempt). The
  // bounds were found through them, so they stay lower bounds: the layers allow too much,
  // never too little, and the fixed-length query finds only real paths.
  const bounds = [...new Set([...fromSource.keys(), ...toTarget.keys()])]
    .filter((id) => id === from || id === to || !hubs.has(id))
    .map((id) => ({
      id,
      df: fromSource.get(id) ?? fromDepth + 1,
      dt: toTarget.get(id) ?? toDepth + 1,
    }));

  const paths: Path[] = [];
  for (let length = Math.max(1, shortest); length <= a.maxHops && paths.length < a.first; length++) {
    const name = PATHS_BY_LENGTH[length - 1];
    if (!name) throw new Error(`internal: no paths statement for ${length} hops`);
    // layers[i]: nodes that can stand i hops along — at least df from `from`, dt before `to`.
    const layers: string[][] = Array.from({ length }, () => []);
    for (const { id, df, dt } of bounds) {
      for (let i = Math.max(1, df); i <= length - dt && i < length; i++) layers[i]?.push(id);
    }
    const rows = await db.read(name, {
      from,
      to,
      types: rule.types ? [...rule.types] : null,
      directed: rule.directed,
      layers,
      first: a.first - paths.length,
    });
    for (const r of rows)
      paths.push({ nodes: r.nodes.map(toNode), edges: r.edges.map(toEdge), length: r.edges.length });
  }
  return paths;
}

/** The ids among `ids` with more than `maxDegree` relationships. */
async function hubsAmong(db: Executor, ids: string[], maxDegree: number): Promise<Set<string>> {
  const rows = await db.read('queries/degrees', { ids: [...new Set(ids)] });
  return new Set(rows.filter((r) => r.degree > maxDegree).map((r) => r.id));
}
