/**
 * The scene: which nodes are on the canvas and where. The relationships drawn are every loaded
 * relationship among them (the explorer loads them with `between`), so a scene is just its nodes,
 * their positions, the pinned ones and how each expand grew it (what collapse takes back).
 *
 * Plain serialisable data, changed only by the pure functions below (the reducer calls them).
 */
import { isAggregateId } from './aggregate';
import type { NodeKind, RelType } from './types';

export type SceneBase = { kind: 'overview' } | { kind: 'chain'; productId: string } | { kind: 'whole' };

export interface Expansion {
  id: string;
  relTypes: RelType[] | null;
  kinds: NodeKind[] | null;
  /** The nodes this expand put on the canvas (not those already there). */
  added: string[];
  /** The neighbours it showed that were on the canvas already (collapse of another keeps them). */
  also: string[];
  /** Neighbours shown of how many there are (an expand is capped). */
  shown: number;
  total: number;
}

export type Positions = Record<string, [x: number, y: number]>;

export interface Scene {
  base: SceneBase;
  /** Node ids on the canvas (aggregates too), in the order they came. */
  nodes: string[];
  positions: Positions;
  /** Nodes no layout moves. */
  pinned: string[];
  expansions: Expansion[];
  /** Aggregates the user opened (display cap), oldest first. */
  open: string[];
}

export function emptyScene(base: SceneBase = { kind: 'overview' }): Scene {
  return { base, nodes: [], positions: {}, pinned: [], expansions: [], open: [] };
}

export function sameBase(a: SceneBase, b: SceneBase): boolean {
  return a.kind === b.kind && (a.kind !== 'chain' || (b.kind === 'chain' && a.productId === b.productId));
}

/** Adds `ids` (those not there yet) with their positions; nodes already there keep theirs. */
export function addNodes(scene: Scene, ids: readonly string[], positions: Positions): Scene {
  const present = new Set(scene.nodes);
  const fresh: string[] = [];
  for (const id of ids) {
    if (present.has(id)) continue;
    present.add(id);
    fresh.push(id);
  }
  const next: Positions = { ...scene.positions };
  for (const id of fresh) {
    const p = positions[id];
    if (p) next[id] = p;
  }
  return { ...scene, nodes: [...scene.nodes, ...fresh], positions: next };
}

/** Records an expand of `id` that showed `reached`: the new ones join the scene. */
export function expand(
  scene: Scene,
  e: Omit<Expansion, 'added' | 'also'> & { reached: readonly string[] },
  positions: Positions,
): Scene {
  const present = new Set(scene.nodes);
  const added = e.reached.filter((id) => !present.has(id) && id !== e.id);
  const also = e.reached.filter((id) => present.has(id) && id !== e.id);
  const { reached: _, ...rest } = e;
  return { ...addNodes(scene, added, positions), expansions: [...scene.expansions, { ...rest, added, also }] };
}

/** Moves nodes (a drag, a layout) and aggregates (drawn in their place); unknown ids are ignored. */
export function move(scene: Scene, positions: Positions): Scene {
  const next: Positions = { ...scene.positions };
  const present = new Set(scene.nodes);
  for (const [id, p] of Object.entries(positions)) if (present.has(id) || isAggregateId(id)) next[id] = p;
  return { ...scene, positions: next };
}

/** Takes `ids` off the canvas, with their pins and what they alone brought. */
export function remove(scene: Scene, ids: Iterable<string>): Scene {
  const gone = new Set(ids);
  if (gone.size === 0) return scene;
  const positions: Positions = {};
  for (const [id, p] of Object.entries(scene.positions)) if (!gone.has(id)) positions[id] = p;
  return {
    ...scene,
    nodes: scene.nodes.filter((id) => !gone.has(id)),
    positions,
    pinned: scene.pinned.filter((id) => !gone.has(id)),
    expansions: scene.expansions
      .filter((e) => !gone.has(e.id))
      .map((e) => ({
        ...e,
        added: e.added.filter((id) => !gone.has(id)),
        also: e.also.filter((id) => !gone.has(id)),
      })),
  };
}

export function keepOnly(scene: Scene, ids: Iterable<string>): Scene {
  const keep = new Set(ids);
  return remove(
    scene,
    scene.nodes.filter((id) => !keep.has(id)),
  );
}

/**
 * Takes back the expands of `id`: the nodes they added leave, unless pinned or brought by
 * another expand that stays; the expands of nodes that leave are taken back with them.
 */
export function collapse(scene: Scene, id: string): Scene {
  const pinned = new Set(scene.pinned);
  const dropped = new Set<number>();
  const leaving = new Set<string>();
  let frontier = [id];
  while (frontier.length) {
    const next: string[] = [];
    scene.expansions.forEach((e, i) => {
      if (dropped.has(i) || !frontier.includes(e.id)) return;
      dropped.add(i);
      for (const n of e.added) if (!pinned.has(n) && n !== id && !leaving.has(n)) next.push(n);
    });
    // A node another remaining expand also showed stays.
    const keptBy = new Set(scene.expansions.flatMap((e, i) => (dropped.has(i) ? [] : [...e.added, ...e.also])));
    frontier = next.filter((n) => !keptBy.has(n));
    for (const n of frontier) leaving.add(n);
  }
  const kept = { ...scene, expansions: scene.expansions.filter((_, i) => !dropped.has(i)) };
  return remove(kept, leaving);
}

export function isExpanded(scene: Scene, id: string): boolean {
  return scene.expansions.some((e) => e.id === id);
}

export function setPinned(scene: Scene, ids: readonly string[], on: boolean): Scene {
  const present = new Set(scene.nodes);
  const rest = scene.pinned.filter((id) => !ids.includes(id));
  return { ...scene, pinned: on ? [...rest, ...ids.filter((id) => present.has(id))] : rest };
}

/** The last expand of `id`, with its cut (for "N more"). */
export function lastExpansion(scene: Scene, id: string): Expansion | undefined {
  return [...scene.expansions].reverse().find((e) => e.id === id);
}
