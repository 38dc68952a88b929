/**
 * Lint acknowledgements (`lint: { ack: [{ rule, reason }] }` on a node, an indicator or an edge):
 * validation moves them off the elements into `Dataset.lintAcks`, so the graph the stores load is
 * the plan's facts alone, and the JSON export puts them back where the file had them.
 */
import type { Dataset, GraphEdge, GraphNode, Indicator, LintAck } from '../../domain/model';

export type AckIndex = Map<string, LintAck[]>;

/** The key of an element's acknowledgements: a node or edge id, or `nodeId#indicatorKey`. */
export const ackKey = {
  node: (id: string) => id,
  edge: (id: string) => id,
  indicator: (nodeId: string, key: string) => `${nodeId}#${key}`,
};

type WithLint = { lint?: { ack: LintAck[] } };

function take(into: AckIndex, key: string, element: WithLint): void {
  if (element.lint) into.set(key, element.lint.ack);
  delete element.lint;
}

/** Moves a validated node's acknowledgements (its own and its indicators') into `into`. */
export function detachNodeAcks(into: AckIndex, node: GraphNode): void {
  take(into, ackKey.node(node.id), node);
  if ('indicators' in node)
    for (const ind of node.indicators) take(into, ackKey.indicator(node.id, ind.key), ind as Indicator & WithLint);
}

export function detachEdgeAcks(into: AckIndex, edge: GraphEdge): void {
  take(into, ackKey.edge(edge.id), edge);
}

/** A canonical dataset with each element's acknowledgements written back as its last field. */
export function attachAcks(d: Dataset, acks: AckIndex | undefined): Dataset {
  if (!acks || acks.size === 0) return d;
  const put = <T extends object>(element: T, key: string): T => {
    const ack = acks.get(key);
    return ack ? { ...element, lint: { ack: ack.map((a) => ({ rule: a.rule, reason: a.reason })) } } : element;
  };
  const nodes = d.nodes.map((n) => {
    const withIndicators =
      'indicators' in n ? { ...n, indicators: n.indicators.map((i) => put(i, ackKey.indicator(n.id, i.key))) } : n;
    return put(withIndicators, ackKey.node(n.id));
  });
  return { ...d, nodes, edges: d.edges.map((e) => put(e, ackKey.edge(e.id))) };
}
