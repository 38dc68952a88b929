/**
 * The display cap: past `cap` drawn elements (nodes + edges), nodes are grouped by the cluster
 * they belong to (MEMBER_OF, FOCUSES_ON) or else the zone they sit in (LOCATED_IN), and the
 * largest groups are drawn as one aggregate node each — "汽车集群 (1,234)" — until the drawing
 * fits. Edges touching an aggregate are summed into one link per pair of ends.
 *
 * Only as many groups collapse as needed, largest first, so small groups stay readable. Groups
 * the user opened stay open while they fit; when they cannot all fit, the oldest close first.
 * Pure: the same result and open list always give the same drawing.
 */
import type { ApiEdge, ApiNode, NodeKind, RelType } from './types';

/** Drawn elements at most (nodes + edges), the order of magnitude Neo4j Bloom draws. */
export const DISPLAY_CAP = 10_000;
export const AGGREGATE_PREFIX = 'agg:';

export interface Aggregate {
  /** `agg:` + the group key. */
  id: string;
  /** The anchor's id (a cluster or zone), or `kind:<KIND>` for nodes with neither. */
  key: string;
  /** The cluster or zone the group is named after, when it is in the result. */
  anchor: ApiNode | null;
  kind: NodeKind;
  /** Node ids inside, anchor included. */
  members: string[];
}

/** Edges between the same two drawn ends, at least one of them an aggregate, summed. */
export interface AggregateLink {
  id: string;
  source: string;
  target: string;
  /** The most frequent relationship type among the summed edges. */
  type: RelType;
  count: number;
}

export interface DisplayGraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  aggregates: Aggregate[];
  links: AggregateLink[];
  /** Node id → the aggregate drawing it, for every collapsed node. */
  collapsedIn: Map<string, string>;
  /** Open groups that had to be closed because they did not fit under the cap. */
  closed: string[];
}

export interface DisplayOptions {
  cap?: number;
  /** Group keys the user opened, oldest first. */
  open?: readonly string[];
  /** Node ids that must stay drawn individually (the selection, a path being shown). */
  pinned?: readonly string[];
}

export const aggregateId = (key: string): string => AGGREGATE_PREFIX + key;
export const isAggregateId = (id: string): boolean => id.startsWith(AGGREGATE_PREFIX);

/** Which group each node belongs to; deterministic (the smallest anchor id wins). */
export function groupNodes(nodes: readonly ApiNode[], edges: readonly ApiEdge[]): Map<string, string> {
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  const best = new Map<string, { rank: number; key: string }>();
  const offer = (id: string, rank: number, key: string) => {
    const cur = best.get(id);
    if (!cur || rank < cur.rank || (rank === cur.rank && key < cur.key)) best.set(id, { rank, key });
  };
  for (const e of edges) {
    const s = kindOf.get(e.source);
    const t = kindOf.get(e.target);
    if (!s || !t) continue;
    if (e.type === 'MEMBER_OF' && t === 'CLUSTER') offer(e.source, 0, e.target);
    else if (e.type === 'FOCUSES_ON' && s === 'CLUSTER' && t === 'PRODUCT') offer(e.target, 0, e.source);
    else if (e.type === 'LOCATED_IN' && t === 'ZONE' && s !== 'CLUSTER') offer(e.source, 1, e.target);
  }
  const groups = new Map<string, string>();
  for (const n of nodes) {
    if (n.kind === 'CLUSTER' || n.kind === 'ZONE') groups.set(n.id, n.id);
    else groups.set(n.id, best.get(n.id)?.key ?? `kind:${n.kind}`);
  }
  return groups;
}

export function displayGraph(
  nodes: readonly ApiNode[],
  edges: readonly ApiEdge[],
  opts: DisplayOptions = {},
): DisplayGraph {
  const cap = opts.cap ?? DISPLAY_CAP;
  const present = new Set(nodes.map((n) => n.id));
  const drawnEdges = edges.filter((e) => present.has(e.source) && present.has(e.target));
  const plain = { nodes: [...nodes], edges: drawnEdges, aggregates: [], links: [], collapsedIn: new Map(), closed: [] };
  if (nodes.length + drawnEdges.length <= cap) return plain;

  const groupOf = groupNodes(nodes, drawnEdges);
  const members = new Map<string, string[]>();
  for (const n of nodes) {
    const key = groupOf.get(n.id) as string;
    const list = members.get(key);
    if (list) list.push(n.id);
    else members.set(key, [n.id]);
  }
  const pinnedKeys = new Set((opts.pinned ?? []).map((id) => groupOf.get(id)).filter((k) => k !== undefined));
  const open = (opts.open ?? []).filter((k) => members.has(k) && !pinnedKeys.has(k));
  const bySize = (a: string, b: string) =>
    (members.get(b)?.length ?? 0) - (members.get(a)?.length ?? 0) || (a < b ? -1 : 1);
  // Collapse order: closed groups largest first, then open ones oldest first, pinned ones last.
  const held = new Set([...open, ...pinnedKeys]);
  const candidates = [...members.keys()].filter((k) => !held.has(k) && (members.get(k)?.length ?? 0) > 1);
  const order = [...candidates.sort(bySize), ...open, ...[...pinnedKeys].sort(bySize)];

  const count = (k: number) => measure(nodes, drawnEdges, groupOf, new Set(order.slice(0, k)));
  // Collapsing a group never adds elements, so the count falls with k: binary search the least k.
  let lo = 0;
  let hi = order.length;
  if (count(hi) > cap) lo = hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (count(mid) <= cap) hi = mid;
    else lo = mid + 1;
  }
  const collapsed = new Set(order.slice(0, lo));
  return build(nodes, drawnEdges, groupOf, members, collapsed, {
    closed: open.filter((k) => collapsed.has(k)),
  });
}

/** Nodes + edges drawn when the groups in `collapsed` are aggregates. */
function measure(
  nodes: readonly ApiNode[],
  edges: readonly ApiEdge[],
  groupOf: Map<string, string>,
  collapsed: Set<string>,
): number {
  let n = collapsed.size;
  for (const node of nodes) if (!collapsed.has(groupOf.get(node.id) as string)) n++;
  const pairs = new Set<string>();
  let plainEdges = 0;
  for (const e of edges) {
    const a = endOf(e.source, groupOf, collapsed);
    const b = endOf(e.target, groupOf, collapsed);
    if (a === e.source && b === e.target) plainEdges++;
    else if (a !== b) pairs.add(a < b ? `${a}|${b}` : `${b}|${a}`);
  }
  return n + plainEdges + pairs.size;
}

function endOf(id: string, groupOf: Map<string, string>, collapsed: Set<string>): string {
  const key = groupOf.get(id) as string;
  return collapsed.has(key) ? aggregateId(key) : id;
}

function build(
  nodes: readonly ApiNode[],
  edges: readonly ApiEdge[],
  groupOf: Map<string, string>,
  members: Map<string, string[]>,
  collapsed: Set<string>,
  extra: { closed: string[] },
): DisplayGraph {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const collapsedIn = new Map<string, string>();
  const aggregates: Aggregate[] = [...collapsed].sort().map((key) => {
    const ids = members.get(key) ?? [];
    for (const id of ids) collapsedIn.set(id, aggregateId(key));
    const anchor = byId.get(key) ?? null;
    const kind = anchor?.kind ?? ((key.startsWith('kind:') ? key.slice(5) : 'ENTERPRISE') as NodeKind);
    return { id: aggregateId(key), key, anchor, kind, members: ids };
  });
  const linkTypes = new Map<string, { source: string; target: string; types: Map<RelType, number> }>();
  const plainEdges: ApiEdge[] = [];
  for (const e of edges) {
    const a = endOf(e.source, groupOf, collapsed);
    const b = endOf(e.target, groupOf, collapsed);
    if (a === e.source && b === e.target) plainEdges.push(e);
    else if (a !== b) {
      const [source, target] = a < b ? [a, b] : [b, a];
      const id = `${AGGREGATE_PREFIX}${source}|${target}`;
      const link = linkTypes.get(id) ?? { source, target, types: new Map() };
      link.types.set(e.type, (link.types.get(e.type) ?? 0) + 1);
      linkTypes.set(id, link);
    }
  }
  const links: AggregateLink[] = [...linkTypes].map(([id, l]) => {
    const ranked = [...l.types].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const count = ranked.reduce((s, [, c]) => s + c, 0);
    return { id, source: l.source, target: l.target, type: ranked[0]?.[0] ?? 'COOPERATES_WITH', count };
  });
  return {
    nodes: nodes.filter((n) => !collapsedIn.has(n.id)),
    edges: plainEdges,
    aggregates,
    links,
    collapsedIn,
    closed: extra.closed,
  };
}

/** Drawn element count of a display graph (what the cap bounds). */
export function drawnCount(d: DisplayGraph): number {
  return d.nodes.length + d.edges.length + d.aggregates.length + d.links.length;
}
