/**
 * Everything the client has loaded for the current view, whether or not it is drawn one by one:
 * the display cap (lib/aggregate) derives what is drawn from it, so nothing loaded is lost when
 * a group is drawn as an aggregate.
 */
import type { ApiEdge, ApiNode, Subgraph } from './types';

export class LoadedGraph {
  private readonly nodeMap = new Map<string, ApiNode>();
  private readonly edgeMap = new Map<string, ApiEdge>();

  get nodes(): ApiNode[] {
    return [...this.nodeMap.values()];
  }

  get edges(): ApiEdge[] {
    return [...this.edgeMap.values()];
  }

  get size(): number {
    return this.nodeMap.size + this.edgeMap.size;
  }

  node(id: string): ApiNode | undefined {
    return this.nodeMap.get(id);
  }

  edge(id: string): ApiEdge | undefined {
    return this.edgeMap.get(id);
  }

  /** Every loaded relationship with both ends in `ids`, in load order. */
  edgesAmong(ids: ReadonlySet<string>): ApiEdge[] {
    const out: ApiEdge[] = [];
    for (const e of this.edgeMap.values()) if (ids.has(e.source) && ids.has(e.target)) out.push(e);
    return out;
  }

  has(id: string): boolean {
    return this.nodeMap.has(id) || this.edgeMap.has(id);
  }

  replace(sg: Pick<Subgraph, 'nodes' | 'edges'>): void {
    this.nodeMap.clear();
    this.edgeMap.clear();
    this.merge(sg);
  }

  /** Adds what is new; returns the ids of the nodes and edges it added. */
  merge(sg: Pick<Subgraph, 'nodes' | 'edges'>): string[] {
    const added: string[] = [];
    for (const n of sg.nodes)
      if (!this.nodeMap.has(n.id)) {
        this.nodeMap.set(n.id, n);
        added.push(n.id);
      }
    for (const e of sg.edges)
      if (!this.edgeMap.has(e.id)) {
        this.edgeMap.set(e.id, e);
        added.push(e.id);
      }
    return added;
  }

  /** Adds or replaces each node and relationship (their state after a change). */
  put(sg: Pick<Subgraph, 'nodes' | 'edges'>): void {
    for (const n of sg.nodes) this.nodeMap.set(n.id, n);
    for (const e of sg.edges) this.edgeMap.set(e.id, e);
  }

  /** Forgets nodes and relationships (deleted); a node's relationships go with it. */
  remove(ids: Iterable<string>): void {
    const gone = new Set(ids);
    for (const id of gone) {
      this.nodeMap.delete(id);
      this.edgeMap.delete(id);
    }
    for (const [id, e] of this.edgeMap) if (gone.has(e.source) || gone.has(e.target)) this.edgeMap.delete(id);
  }
}
