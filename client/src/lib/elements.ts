/**
 * API results → Cytoscape elements. The API object rides along in `data.api` so the details
 * panel and the exporters read exactly what the server sent; what is drawn derives from it.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { Aggregate, AggregateLink, DisplayGraph } from './aggregate';
import { enumLabel, nodeName } from './i18n';
import { KIND_STYLE } from './theme';
import type { ApiEdge, ApiNode, Lang, Source, Subgraph } from './types';

export interface NodeData {
  id: string;
  label: string;
  kind: ApiNode['kind'];
  status: ApiNode['status'];
  tier?: string;
  /** Shape size in px (lib/sizing): the stylesheet and placement both read it. */
  size: number;
  api: ApiNode;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: ApiEdge['type'];
  status: ApiEdge['status'];
  /** Every source says the plan implies it (`stated: false`): drawn dotted and lighter. */
  implied: boolean;
  api: ApiEdge;
}

export function nodeElement(node: ApiNode, lang: Lang, size = KIND_STYLE[node.kind].size): ElementDefinition {
  const data: NodeData = {
    id: node.id,
    label: nodeName(lang, node),
    kind: node.kind,
    status: node.status,
    size,
    api: node,
  };
  if (node.tier) data.tier = node.tier;
  return { group: 'nodes', data };
}

/** Whether the plan only implies a relationship: it has sources and none of them is stated. */
export function isImplied(edge: { sources: readonly Source[] }): boolean {
  return edge.sources.length > 0 && edge.sources.every((s) => !s.stated);
}

export function edgeElement(edge: ApiEdge): ElementDefinition {
  const data: EdgeData = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    status: edge.status,
    implied: isImplied(edge),
    api: edge,
  };
  return { group: 'edges', data };
}

/** Elements of a subgraph; edges whose ends are missing from it are dropped (Cytoscape would throw). */
export function subgraphElements(sg: Pick<Subgraph, 'nodes' | 'edges'>, lang: Lang): ElementDefinition[] {
  const ids = new Set(sg.nodes.map((n) => n.id));
  return [
    ...dedupe(sg.nodes).map((n) => nodeElement(n, lang)),
    ...dedupe(sg.edges)
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map(edgeElement),
  ];
}

function dedupe<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    if (seen.has(i.id)) return false;
    seen.add(i.id);
    return true;
  });
}

/** An aggregate's label: the cluster or zone it is named after and how many nodes it holds. */
export function aggregateLabel(lang: Lang, a: Pick<Aggregate, 'anchor' | 'kind' | 'members'>): string {
  const name = a.anchor ? nodeName(lang, a.anchor) : enumLabel(lang, a.kind);
  return `${name} (${a.members.length.toLocaleString('en-US')})`;
}

export interface AggregateData {
  id: string;
  label: string;
  kind: Aggregate['kind'];
  status: 'EXISTING';
  tier?: string;
  aggregate: true;
  count: number;
  size: number;
  aggregateOf: Aggregate;
}

/** An aggregate's size: by the number of nodes it stands for, as the stylesheet drew it. */
export function aggregateSize(count: number): number {
  return Math.round(48 + 82 * Math.min(1, Math.max(0, (count - 1) / 1999)));
}

export function aggregateElement(a: Aggregate, lang: Lang): ElementDefinition {
  const data: AggregateData = {
    id: a.id,
    label: aggregateLabel(lang, a),
    kind: a.kind,
    status: 'EXISTING',
    aggregate: true,
    count: a.members.length,
    size: aggregateSize(a.members.length),
    aggregateOf: a,
  };
  if (a.anchor?.tier) data.tier = a.anchor.tier;
  return { group: 'nodes', data };
}

export function aggregateLinkElement(l: AggregateLink): ElementDefinition {
  const { id, source, target, type, count } = l;
  return { group: 'edges', data: { id, source, target, type, count, status: 'EXISTING', aggregate: true } };
}

/** Everything a display graph draws: plain nodes and edges, aggregates and summed links. */
export function displayElements(
  d: DisplayGraph,
  lang: Lang,
  sizes: ReadonlyMap<string, number> = new Map(),
): ElementDefinition[] {
  return [
    ...d.nodes.map((n) => nodeElement(n, lang, sizes.get(n.id))),
    ...d.aggregates.map((a) => aggregateElement(a, lang)),
    ...d.edges.map(edgeElement),
    ...d.links.map(aggregateLinkElement),
  ];
}

/** The API objects of the graph's elements, in graph order. */
export function graphContent(cy: Core, onlyVisible: boolean): { nodes: ApiNode[]; edges: ApiEdge[] } {
  // Aggregates carry no API object: exports list the nodes drawn one by one.
  const nodes = (onlyVisible ? cy.nodes().not('.filtered') : cy.nodes()).filter((n) => !!n.data('api'));
  const nodeIds = new Set(nodes.map((n) => n.id()));
  const edges = cy
    .edges()
    .filter(
      (e) =>
        !!e.data('api') &&
        (!onlyVisible || !e.hasClass('filtered')) &&
        nodeIds.has(e.source().id()) &&
        nodeIds.has(e.target().id()),
    );
  return {
    nodes: nodes.map((n) => n.data('api') as ApiNode),
    edges: edges.map((e) => e.data('api') as ApiEdge),
  };
}
