/**
 * Explore filters: which kinds, tiers, zones, relationship types and statuses stay visible.
 *
 * `hiddenIds` is a pure function of the graph content and the filter, so it is tested in Node;
 * the graph view toggles the `filtered` class on what it returns, and only where it changes.
 */
import {
  type ApiEdge,
  type ApiNode,
  CLUSTER_TIERS,
  type ClusterTier,
  NODE_KINDS,
  type NodeKind,
  REL_TYPES,
  type RelType,
  STATUSES,
  type Status,
} from './types';

export interface FilterState {
  kinds: NodeKind[];
  tiers: ClusterTier[];
  /** Zone ids; empty means every zone. */
  zones: string[];
  relTypes: RelType[];
  statuses: Status[];
}

export function defaultFilters(): FilterState {
  return {
    kinds: [...NODE_KINDS],
    tiers: [...CLUSTER_TIERS],
    zones: [],
    relTypes: [...REL_TYPES],
    statuses: [...STATUSES],
  };
}

export function isDefaultFilters(f: FilterState): boolean {
  const d = defaultFilters();
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  return (
    same(f.kinds, d.kinds) &&
    same(f.tiers, d.tiers) &&
    f.zones.length === 0 &&
    same(f.relTypes, d.relTypes) &&
    same(f.statuses, d.statuses)
  );
}

/**
 * Ids of nodes and edges the filter hides.
 * - kind and status apply to every node; tier only to clusters.
 * - a zone filter keeps the chosen zones, the zones PART_OF them, and nodes LOCATED_IN a kept zone;
 *   other zones and nodes known to sit elsewhere are hidden, while nodes with no location in the
 *   graph (products, say) stay, because the filter cannot say they are outside.
 * - an edge is hidden when its type or status is off or either end is hidden.
 */
export function hiddenIds(nodes: readonly ApiNode[], edges: readonly ApiEdge[], f: FilterState): Set<string> {
  const hidden = new Set<string>();
  for (const n of nodes) {
    if (!f.kinds.includes(n.kind) || !f.statuses.includes(n.status)) hidden.add(n.id);
    else if (n.kind === 'CLUSTER' && n.tier && !f.tiers.includes(n.tier)) hidden.add(n.id);
  }
  if (f.zones.length > 0) {
    const keptZones = new Set(f.zones);
    // Sub-zones of a chosen zone, transitively (parks inside a concentration area).
    for (let grew = true; grew; ) {
      grew = false;
      for (const e of edges) {
        if (e.type === 'PART_OF' && keptZones.has(e.target) && !keptZones.has(e.source)) {
          keptZones.add(e.source);
          grew = true;
        }
      }
    }
    const located = new Map<string, string[]>();
    for (const e of edges) {
      if (e.type === 'LOCATED_IN') located.set(e.source, [...(located.get(e.source) ?? []), e.target]);
    }
    for (const n of nodes) {
      if (n.kind === 'ZONE') {
        if (!keptZones.has(n.id)) hidden.add(n.id);
        continue;
      }
      const where = located.get(n.id);
      if (where && !where.some((z) => keptZones.has(z))) hidden.add(n.id);
    }
  }
  for (const e of edges) {
    if (
      !f.relTypes.includes(e.type) ||
      !f.statuses.includes(e.status) ||
      hidden.has(e.source) ||
      hidden.has(e.target)
    ) {
      hidden.add(e.id);
    }
  }
  return hidden;
}

/** Returns a copy of `list` with `value` added or removed. */
export function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  const rest = list.filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}
