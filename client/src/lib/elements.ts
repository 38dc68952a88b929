/**
 * API results → Cytoscape elements. The API object rides along in `data.api` so the details
 * panel and the exporters read exactly what the server sent; what is drawn derives from it.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { Aggregate, AggregateLink, DisplayGraph } from './aggregate';
import { enumLabel, nodeName } from './i18n';
import type { ApiEdge, ApiNode, Lang, Path, Subgraph } from './types';

export interface NodeData {
  id: string;
  label: string;
  kind: ApiNode['kind'];
  status: ApiNode['status'];
  tier?: string;
  api: ApiNode;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: ApiEdge['type'];
  status: ApiEdge['status'];
  api: ApiEdge;
}

export function nodeElement(node: ApiNode, lang: Lang): ElementDefinition {
  const data: NodeData = { id: node.id, label: nodeName(lang, node), kind: node.kind, status: node.status, api: node };
  if (node.tier) data.tier = node.tier;
  return { group: 'nodes', data };
}

export function edgeElement(edge: ApiEdge): ElementDefinition {
  const data: EdgeData = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    status: edge.status,
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

/**
 * Adds what is new in `sg` to the graph and returns the ids it added. Edges are added when
 * both ends are (or become) present, so expanding twice never duplicates anything.
 */
export function mergeSubgraph(cy: Core, sg: Pick<Subgraph, 'nodes' | 'edges'>, lang: Lang): string[] {
  const added: string[] = [];
  const defs: ElementDefinition[] = [];
  for (const n of dedupe(sg.nodes)) {
    if (cy.getElementById(n.id).empty()) {
      defs.push(nodeElement(n, lang));
      added.push(n.id);
    }
  }
  const present = (id: string) => !cy.getElementById(id).empty() || added.includes(id);
  for (const e of dedupe(sg.edges)) {
    if (cy.getElementById(e.id).empty() && present(e.source) && present(e.target)) {
      defs.push(edgeElement(e));
      added.push(e.id);
    }
  }
  cy.add(defs);
  return added;
}

/** Adds a path's nodes and edges (if absent) and returns the ids of all its elements. */
export function mergePath(cy: Core, path: Pick<Path, 'nodes' | 'edges'>, lang: Lang): string[] {
  mergeSubgraph(cy, path, lang);
  return [...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)];
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
  aggregateOf: Aggregate;
}

export function aggregateElement(a: Aggregate, lang: Lang): ElementDefinition {
  const data: AggregateData = {
    id: a.id,
    label: aggregateLabel(lang, a),
    kind: a.kind,
    status: 'EXISTING',
    aggregate: true,
    count: a.members.length,
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
export function displayElements(d: DisplayGraph, lang: Lang): ElementDefinition[] {
  return [
    ...d.nodes.map((n) => nodeElement(n, lang)),
    ...d.aggregates.map((a) => aggregateElement(a, lang)),
    ...d.edges.map(edgeElement),
    ...d.links.map(aggregateLinkElement),
  ];
}

/** Re-derives node labels after a language switch. */
export function relabel(cy: Core, lang: Lang): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const agg = n.data('aggregateOf') as Aggregate | undefined;
      n.data('label', agg ? aggregateLabel(lang, agg) : nodeName(lang, n.data('api') as ApiNode));
    });
  });
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
