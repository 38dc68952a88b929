/**
 * The in-memory graph: a graphology MultiDirectedGraph keyed by the domain ids, with the
 * indexes the queries need built once per load (search keys, sorted adjacency).
 */
import Graph from 'graphology';
import type { Dataset, GraphEdge, GraphNode, RelType, Source } from '../../domain/model';
import { compareStrings } from '../semantics/order';
import { searchKeys } from '../semantics/search';
import type { StoredNode } from '../types';
import { SearchIndex } from './search-index';

export type NodeAttributes = { node: GraphNode };
export type EdgeAttributes = { edge: GraphEdge };
export type DomainGraph = Graph<NodeAttributes, EdgeAttributes>;

/** One step from a node: the edge taken and the node reached. */
export interface Step {
  edge: GraphEdge;
  other: string;
  /** true when the step follows the edge from source to target. */
  forward: boolean;
}

export class IndexedGraph {
  readonly graph: DomainGraph;
  /** Adjacency sorted by (other node id, edge id), both directions, for deterministic walks. */
  private readonly steps = new Map<string, Step[]>();

  readonly search: SearchIndex;

  constructor(dataset: Dataset) {
    const graph: DomainGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
    const sources = new SourceInterner();
    const entries = [];
    for (const given of dataset.nodes) {
      const node = { ...given, sources: sources.intern(given.sources) };
      graph.addNode(node.id, { node });
      entries.push({ id: node.id, kind: node.kind, name: node.name, keys: searchKeys(node) });
    }
    for (const given of dataset.edges) {
      // Memory per relationship: the endpoints reuse the nodes' id strings (a parsed file holds
      // a copy of each), and identical source lists are stored once.
      const source = graph.hasNode(given.source) ? graph.getNodeAttribute(given.source, 'node').id : given.source;
      const target = graph.hasNode(given.target) ? graph.getNodeAttribute(given.target, 'node').id : given.target;
      const edge: GraphEdge = {
        id: given.id,
        type: given.type,
        source,
        target,
        status: given.status,
        sources: sources.intern(given.sources),
      };
      graph.addDirectedEdgeWithKey(edge.id, source, target, { edge });
    }
    this.graph = graph;
    this.search = new SearchIndex(entries);
  }

  has(id: string): boolean {
    return this.graph.hasNode(id);
  }

  node(id: string): StoredNode | null {
    if (!this.graph.hasNode(id)) return null;
    return { ...this.graph.getNodeAttribute(id, 'node'), degree: this.graph.degree(id) };
  }

  mustNode(id: string): StoredNode {
    const n = this.node(id);
    if (!n) throw new Error(`internal: missing node ${id}`);
    return n;
  }

  edge(id: string): GraphEdge {
    return this.graph.getEdgeAttribute(id, 'edge');
  }

  stepsFrom(id: string): readonly Step[] {
    let list = this.steps.get(id);
    if (!list) {
      list = [];
      for (const e of this.graph.outEdges(id)) {
        list.push({ edge: this.edge(e), other: this.graph.target(e), forward: true });
      }
      for (const e of this.graph.inEdges(id)) {
        list.push({ edge: this.edge(e), other: this.graph.source(e), forward: false });
      }
      list.sort((a, b) => compareStrings(a.other, b.other) || compareStrings(a.edge.id, b.edge.id));
      this.steps.set(id, list);
    }
    return list;
  }

  /** Steps restricted to some relationship types and, optionally, one direction. */
  stepsBy(id: string, types: readonly RelType[] | null, direction: 'out' | 'in' | 'both' = 'both'): readonly Step[] {
    // Unfiltered walks (the ALL lens, nearest) take the cached list as is: no copy per visit of a hub.
    if (!types && direction === 'both') return this.stepsFrom(id);
    return this.stepsFrom(id).filter(
      (s) => (!types || types.includes(s.edge.type)) && (direction === 'both' || (direction === 'out') === s.forward),
    );
  }

  /** Nodes reached by one relationship type in one direction, sorted by id. */
  related(id: string, type: RelType, direction: 'out' | 'in'): string[] {
    return this.stepsBy(id, [type], direction).map((s) => s.other);
  }
}

/** One shared array per distinct list of sources (a generated graph has one for all elements). */
class SourceInterner {
  private readonly byJson = new Map<string, Source[]>();
  private lastGiven: Source[] | null = null;
  private lastShared: Source[] | null = null;

  intern(given: Source[]): Source[] {
    if (given === this.lastGiven && this.lastShared) return this.lastShared;
    const key = JSON.stringify(given);
    let shared = this.byJson.get(key);
    if (!shared) {
      shared = given;
      this.byJson.set(key, shared);
    }
    this.lastGiven = given;
    this.lastShared = shared;
    return shared;
  }
}
